import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { commits, createTableSql, fileChanges } from '../../src/schema/index.ts';
import { createRiskCommits } from '../../src/risk/prepare/create-risk-commits.ts';

/** [subject, body, is a fix?] */
const messages: [string, string, boolean][] = [
  ['Fix crash on empty input', '', true],
  ['fixes the build', '', true],
  ['Fixed typo', '', true],
  ['Bugfix: wrong total', '', true],
  ['Hotfix for the release', '', true],
  ['Patch the parser', '', true],
  ['Revert "Add paging"', 'This reverts commit abc.', true],
  ['Handle nulls', 'Closes #45', true],
  ['Update GH-12 handling', '', true],
  ['Handle nulls (see #45)', '', true],
  ['A known BUG', '', true],
  // The squash-merge suffix names a pull request, not an issue.
  ['Add paging (#123)', '', false],
  ['Prefix names in fixtures', '', false],
  ['Debug logging', '', false],
  ['Add the debugger', '', false],
  ['Use UTF-8 everywhere', '', false],
  ['Colour #fff and &#38;', '', false],
  ['Support the issue tracker', 'See https://example.com/a#12', false],
];

describe('risk: which commit messages mark a defect fix', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(createTableSql(commits));
    await connection.run(createTableSql(fileChanges));
    for (const [i, [subject, body]] of messages.entries()) {
      await connection.run(
        `INSERT INTO commits VALUES ('r', $sha, [], false, 'a', 'A', 'a@x', 'A', 'a@x', NULL, NULL,
           'A', 'a@x', 'A', 'a@x', NULL, NULL, $subject, $body)`,
        { sha: `s${String(i).padStart(2, '0')}`, subject, body },
      );
    }
    await createRiskCommits(connection);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('matches fix words and issue references, not look-alikes', async () => {
    const reader = await connection.runAndReadAll('SELECT sha, is_fix FROM risk_commits ORDER BY sha');
    const got = reader.getRowObjectsJS().map((row) => row.is_fix);
    expect(got).toEqual(messages.map(([, , isFix]) => isFix));
  });
});
