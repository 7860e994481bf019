import { openDeal } from '@diligent/analyzers/deal';

const overviewSql = `
SELECT r.name, r.head_sha, r.commit_count,
  (SELECT people FROM people_summary p WHERE p.repo_id = r.repo_id) AS people,
  (SELECT active_people FROM people_summary p WHERE p.repo_id = r.repo_id) AS active,
  (SELECT truck_factor FROM truck_factor t WHERE t.repo_id = r.repo_id AND t.scope = 'repo') AS truck_factor,
  (SELECT count(*) FROM files f WHERE f.repo_id = r.repo_id) AS files,
  (SELECT min(authored_at) FROM commits c WHERE c.repo_id = r.repo_id) AS first_commit
FROM repos r WHERE r.repo_id = $repo_id`;

const topChurnSql = `
SELECT path, count(*) AS commits, sum(added) + sum(deleted) AS churn
FROM file_changes WHERE repo_id = $repo_id
GROUP BY path ORDER BY commits DESC, churn DESC, path LIMIT 5`;

/** A few lines a person reads after `diligent demo`, and how to go further. */
export async function printDemoSummary(dbDir: string, repoId: string): Promise<void> {
  const reader = await openDeal(dbDir);
  try {
    const [overview] = (await reader.run(overviewSql, { repo_id: repoId })).getRowObjectsJS();
    const top = (await reader.run(topChurnSql, { repo_id: repoId })).getRowObjectsJS();
    const lines = [
      `${String(overview?.name)} @ ${String(overview?.head_sha).slice(0, 12)}`,
      `  ${String(overview?.commit_count)} commits by ${String(overview?.people)} people (${String(overview?.active)} active), ${String(overview?.files)} files`,
      `  truck factor ${String(overview?.truck_factor)}`,
      '  most changed files:',
      ...top.map(
        (r) =>
          `    ${String(r.commits).padStart(4)} commits  ${String(r.churn).padStart(6)} lines  ${String(r.path)}`,
      ),
      `database: ${dbDir} (try: pnpm diligent query "SELECT * FROM people")`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await reader.close();
  }
}
