import { defineTable, double, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const couplingPairRow = defineTable({
  name: 'coupling_pair',
  doc: 'Two files of the tree that change together (commits touching more than 30 files left out).',
  key: ['path_a', 'path_b'],
  columns: {
    path_a: text.required('One file (the smaller path).'),
    path_b: text.required('The other.'),
    shared_commits: int.required('Commits that changed both.'),
    degree: double.required('Shared commits over the mean of their commits (code-maat coupling degree).'),
  },
});

export const couplingPairsQuery = defineQuery<
  typeof couplingPairRow,
  { repo: string; min_shared: number; limit: number; offset: number }
>(
  couplingPairRow,
  `
WITH changes AS (
  SELECT fc.sha, fc.path FROM file_changes fc
  JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
  JOIN files f ON f.repo_id = fc.repo_id AND f.path = fc.path
  WHERE fc.repo_id = $repo AND NOT c.is_merge
),
small AS (SELECT sha FROM changes GROUP BY sha HAVING count(*) <= 30),
kept AS (SELECT * FROM changes JOIN small USING (sha)),
revisions AS (SELECT path, count(*) AS n FROM kept GROUP BY path),
pairs AS (
  SELECT a.path AS path_a, b.path AS path_b, count(*)::INTEGER AS shared_commits
  FROM kept a JOIN kept b ON a.sha = b.sha AND a.path < b.path
  GROUP BY ALL HAVING count(*) >= $min_shared
)
SELECT p.path_a, p.path_b, p.shared_commits,
  round(p.shared_commits / ((ra.n + rb.n) / 2.0), 4) AS degree
FROM pairs p JOIN revisions ra ON ra.path = p.path_a JOIN revisions rb ON rb.path = p.path_b
ORDER BY degree DESC, shared_commits DESC, path_a, path_b
LIMIT $limit OFFSET $offset`,
);
