import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Summary } from '../schema/summary.ts';
import { csvTable } from './csv-cell.ts';

/** The detail tables as CSV text, by file name. */
export function renderCsvTables(summary: Summary): Record<string, string> {
  return {
    'hotspots.csv': objectsCsv(summary.tables.hotspots),
    'files.csv': objectsCsv(summary.tables.files),
    'people.csv': objectsCsv(summary.tables.people),
  };
}

/** Writes one CSV file per table into `dir` (created when missing); returns the paths written. */
export async function writeCsvTables(summary: Summary, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const [name, text] of Object.entries(renderCsvTables(summary))) {
    await writeFile(join(dir, name), text);
    written.push(join(dir, name));
  }
  return written;
}

type Cell = string | number | boolean | null;

/** Columns are the JSON field names, in schema order, so the CSV reads with the JSON schema. */
function objectsCsv<T extends object>(rows: readonly T[]): string {
  const head = rows[0] ? Object.keys(rows[0]) : [];
  return csvTable(
    head,
    rows.map((row) => Object.values(row).map(toCell)),
  );
}

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}
