import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { allTables, columnNames, createTableSql, fileChanges } from '../src/schema/index.ts';
import { toolVersion } from '../src/version.ts';

describe('schema: the one source of truth', () => {
  it('derives DDL in declared column order, quoting every name', () => {
    expect(createTableSql(fileChanges)).toBe(
      [
        'CREATE TABLE file_changes (',
        '  "repo_id" VARCHAR NOT NULL,',
        '  "sha" VARCHAR NOT NULL,',
        '  "path" VARCHAR NOT NULL,',
        '  "old_path" VARCHAR,',
        '  "added" INTEGER,',
        '  "deleted" INTEGER,',
        '  "is_binary" BOOLEAN NOT NULL',
        ')',
      ].join('\n'),
    );
  });

  it('keys every table by its own columns, repo first', () => {
    for (const table of allTables) {
      const names: string[] = columnNames(table);
      expect(table.key.every((k) => names.includes(k))).toBe(true);
      expect(columnNames(table)[0]).toBe('repo_id');
    }
  });

  it('records the analyzers package version', async () => {
    const pkg: unknown = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg).toMatchObject({ version: toolVersion });
  });
});
