import { defineTable, double, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const coupledFileRow = defineTable({
  name: 'coupled_file',
  doc: 'A file that changed in the same commits as a given one (shared commits touching more than 30 files left out).',
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
WITH mine AS (
  SELECT fc.sha FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
  WHERE fc.repo_id = $repo AND fc.path = $path AND NOT c.is_merge
),
together AS (
  SELECT fc.sha, fc.path FROM file_changes fc JOIN mine USING (sha) WHERE fc.repo_id = $repo
),
small AS (SELECT sha FROM together GROUP BY sha HAVING count(*) <= 30),
shared AS (
  SELECT path, count(*)::INTEGER AS shared_commits FROM together JOIN small USING (sha)
  WHERE path <> $path GROUP BY path HAVING count(*) >= 2
),
-- Revisions of the candidates only: one pass over the changes, filtered by a small set of paths.
revisions AS (
  SELECT fc.path, count(*) AS n FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
  WHERE fc.repo_id = $repo AND NOT c.is_merge AND fc.path IN (SELECT path FROM shared)
  GROUP BY fc.path
)
SELECT s.path, s.shared_commits,
  round(s.shared_commits / ((r.n + (SELECT count(*) FROM mine)) / 2.0), 4) AS degree
FROM shared s JOIN revisions r USING (path)
JOIN files f ON f.repo_id = $repo AND f.path = s.path
ORDER BY degree DESC, shared_commits DESC, s.path
LIMIT $limit`,
);
