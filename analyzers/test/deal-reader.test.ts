import { copyFile, mkdir } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, type TempRepo } from '@diligent/fixtures';
import { basic, renamesBinariesMerges } from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../src/analyze/index.ts';
import { commits } from '../src/schema/index.ts';
import { openLocalRepo } from '../src/source/index.ts';
import { DealReader, repoFilePath, reposDir } from '../src/store/index.ts';
import { tempDir, type TempDir } from '@diligent/fixtures';

describe('DealReader: several repos, one set of tables', () => {
  let db: TempDir;
  let repos: TempRepo[];
  let reader: DealReader;
  beforeAll(async () => {
    db = await tempDir();
    repos = await Promise.all([gitdir(basic), gitdir(renamesBinariesMerges)]);
    for (const [i, repo] of repos.entries()) {
      await analyzeRepo(await openLocalRepo(repo.dir), { dbDir: db.path, name: `repo-${i}` });
    }
    reader = await DealReader.open(db.path);
  });
  afterAll(async () => {
    await reader.close();
    await Promise.all([db.cleanup(), ...repos.map((r) => r.cleanup())]);
  });

  it('shows every repo in each table', async () => {
    const rows = (
      await reader.run('SELECT repo_id, count(*)::INT AS n FROM commits GROUP BY 1 ORDER BY 1')
    ).getRowObjectsJS();
    expect(rows.map((r) => r.repo_id)).toEqual(['repo-0', 'repo-1']);
    expect(rows[0]?.n).toBe(8);
  });

  it('decodes rows through the schema', async () => {
    const [row] = await reader.rows(
      commits,
      "SELECT * FROM commits WHERE repo_id = 'repo-0' ORDER BY authored_at LIMIT 1",
    );
    expect(row?.authored_at).toEqual(new Date('2023-01-02T08:00:00Z'));
    expect(row?.parents).toEqual([]);
  });

  it('cannot write, nor read or write files outside the deal', async () => {
    await expect(reader.run("DELETE FROM commits WHERE repo_id = 'repo-0'")).rejects.toThrow();
    await expect(reader.run("COPY (SELECT 1) TO '/tmp/diligent-leak.csv'")).rejects.toThrow(
      /external access|disabled/i,
    );
    await expect(reader.run("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(
      /external access|disabled/i,
    );
    await expect(reader.run("ATTACH '/tmp/other.duckdb' AS x")).rejects.toThrow();
    await expect(reader.run('SET enable_external_access = true')).rejects.toThrow();
  });

  it('reads a repo analyzed by an older version: a missing column is NULL, a missing table empty', async () => {
    const deal = await tempDir();
    await mkdir(reposDir(deal.path), { recursive: true });
    await copyFile(repoFilePath(db.path, 'repo-0'), repoFilePath(deal.path, 'old'));
    await copyFile(repoFilePath(db.path, 'repo-1'), repoFilePath(deal.path, 'new'));
    const old = await DuckDBInstance.create(repoFilePath(deal.path, 'old'));
    const connection = await old.connect();
    await connection.run("UPDATE repos SET repo_id = 'old'");
    await connection.run('UPDATE files SET repo_id = $id', { id: 'old' });
    await connection.run('ALTER TABLE files DROP COLUMN measure_status');
    await connection.run('DROP TABLE hotspots');
    connection.closeSync();
    old.closeSync();
    const mixed = await DealReader.open(deal.path);
    const files = await mixed.run(
      'SELECT repo_id, count(*)::INT AS n, count(measure_status)::INT AS measured FROM files GROUP BY 1 ORDER BY 1',
    );
    const hotspots = await mixed.run('SELECT DISTINCT repo_id FROM hotspots');
    await mixed.close();
    await deal.cleanup();
    expect(files.getRowObjectsJS()).toEqual([
      { repo_id: 'old', n: 4, measured: 0 },
      { repo_id: 'repo-1', n: 17, measured: 17 },
    ]);
    expect(hotspots.getRowObjectsJS()).toEqual([{ repo_id: 'repo-1' }]);
  });

  it('opens an empty deal with empty tables', async () => {
    const empty = await tempDir();
    const emptyReader = await DealReader.open(empty.path);
    expect((await emptyReader.run('SELECT count(*)::INT AS n FROM file_changes')).getRowObjectsJS()).toEqual([
      { n: 0 },
    ]);
    await emptyReader.close();
    await empty.cleanup();
  });

  // A server stopped mid-request closes its reader under a running query: DuckDB closed then never
  // settles that query, and the process hangs (seen in the API benchmark).
  it('closes under a running query: stops it, lets the queued one settle, and closes', async () => {
    const empty = await tempDir();
    const closing = await DealReader.open(empty.path);
    const running = closing.query('SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3');
    const queued = closing.run('SELECT 42 AS n');
    await closing.close();
    await expect(running).rejects.toThrow(/Interrupted/);
    // The short one may finish or be caught by an interrupt, but it settles.
    const [settled] = await Promise.allSettled([queued]);
    expect(settled.status === 'fulfilled' ? 'finished' : String(settled.reason)).toMatch(
      /finished|Interrupted/,
    );
    await empty.cleanup();
  });
});
