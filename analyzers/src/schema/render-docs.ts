import { duckdbTypeOf } from './column.ts';
import type { Table } from './table.ts';

const header = `# Database schema

Generated from \`analyzers/src/schema\` by \`pnpm docs\`; CI fails when this file is stale.

Each analyzed repository is stored in its own DuckDB file (\`<db>/repos/<repo_id>.duckdb\`).
\`diligent query\` and the server attach them all read-only and expose each table below as one view
over every repo of the deal.
`;

function renderTable(table: Table): string {
  const rows = Object.entries(table.columns).map(
    ([name, col]) =>
      `| \`${name}\` | ${duckdbTypeOf[col.kind]} | ${col.nullable ? 'yes' : 'no'} | ${col.doc} |`,
  );
  return [
    `## \`${table.name}\``,
    '',
    table.doc,
    '',
    `Key: ${table.key.map((k) => `\`${k}\``).join(', ')}`,
    '',
    '| column | type | null | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function renderSchemaDocs(tables: readonly Table[]): string {
  return [header.trimEnd(), ...tables.map(renderTable)].join('\n\n') + '\n';
}
