import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineTable, double, int, text, textList, timestamptz } from '../src/schema/index.ts';
import { decodeColumns, decodeRow } from '../src/store/index.ts';

const sample = defineTable({
  name: 'sample',
  doc: 'A query shape for the decoder tests.',
  key: ['path'],
  columns: {
    path: text.required('A path.'),
    lines: int.required('Lines.'),
    score: double.nullable('A score.'),
    changed_at: timestamptz.nullable('A time.'),
    tags: textList.required('Tags.'),
  },
});

const rowsSql = `
SELECT * FROM (VALUES
  ('a.ts', 3, 1.5, TIMESTAMPTZ '2025-01-02 03:04:05+00', ['x']),
  ('b.ts', 40, NULL, NULL, []::VARCHAR[])
) t(path, lines, score, changed_at, tags) ORDER BY path`;

describe('decodeColumns: a result read as columns, checked against the schema value by value', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  const read = async (sql: string) =>
    (await (await instance.connect()).runAndReadAll(sql)).getColumnsObjectJS();

  it('gives the same values as decoding row by row, one array per column', async () => {
    const connection = await instance.connect();
    const result = await connection.runAndReadAll(rowsSql);
    const columns = decodeColumns(sample, result.getColumnsObjectJS());
    expect(columns).toEqual({
      path: ['a.ts', 'b.ts'],
      lines: [3, 40],
      score: [1.5, null],
      changed_at: [new Date('2025-01-02T03:04:05Z'), null],
      tags: [['x'], []],
    });
    const rows = result.getRowObjectsJS().map((row) => decodeRow(sample, row));
    expect(rows.map((row) => row.lines)).toEqual(columns.lines);
  });

  it('refuses a NULL in a required column, a value of the wrong type, and a missing column', async () => {
    await expect(
      read(`SELECT NULL::VARCHAR AS path, 1 AS lines, 1.0 AS score, NULL AS changed_at, [] AS tags`).then(
        (raw) => decodeColumns(sample, raw),
      ),
    ).rejects.toThrow('sample.path is NULL');
    await expect(
      read(`SELECT 'a' AS path, 'many' AS lines, 1.0 AS score, NULL AS changed_at, [] AS tags`).then((raw) =>
        decodeColumns(sample, raw),
      ),
    ).rejects.toThrow('sample.lines is not int: many');
    await expect(
      read(`SELECT 'a' AS path, 1 AS lines, 1.0 AS score, NULL AS changed_at`).then((raw) =>
        decodeColumns(sample, raw),
      ),
    ).rejects.toThrow('sample.tags is missing');
  });
});
