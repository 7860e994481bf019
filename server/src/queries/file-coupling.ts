import { defineTable, double, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const coupledFileRow = defineTable({
  name: 'coupled_file',
  doc: 'A file that changed in the same commits as a given one (commits touching more than 30 files left out).',
  key: ['path'],
  columns: {
    path: text.required('The other file (still in the tree).'),
    shared_commits: int.required('Commits that changed both.'),
    degree: double.required(
      'Shared commits over the mean of the two files’ commits (code-maat coupling degree).',
    ),
  },
});

export const fileCouplingQuery = defineQuery<
  typeof coupledFileRow,
  { repo: string; path: string; limit: number }
>(
  coupledFileRow,
  `
WITH commits_of AS (
  SELECT fc.sha, fc.path FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
  WHERE fc.repo_id = $repo AND NOT c.is_merge
),
sizes AS (SELECT sha FROM commits_of GROUP BY sha HAVING count(*) <= 30),
mine AS (SELECT sha FROM commits_of JOIN sizes USING (sha) WHERE path = $path),
revisions AS (SELECT path, count(*) AS n FROM commits_of JOIN sizes USING (sha) GROUP BY path),
shared AS (
  SELECT o.path, count(*)::INTEGER AS shared_commits
  FROM commits_of o JOIN mine USING (sha) WHERE o.path <> $path GROUP BY o.path
)
SELECT s.path, s.shared_commits,
  round(s.shared_commits / ((r.n + (SELECT n FROM revisions WHERE path = $path)) / 2.0), 4) AS degree
FROM shared s JOIN revisions r USING (path)
JOIN files f ON f.repo_id = $repo AND f.path = s.path
WHERE s.shared_commits >= 2
ORDER BY degree DESC, shared_commits DESC, s.path
LIMIT $limit`,
);
