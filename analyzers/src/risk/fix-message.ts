/**
 * What makes a commit a defect fix, matched case-insensitively (RE2, as DuckDB runs it) against its
 * subject and body: a fix word, or an issue reference (`#123`, `GH-123`) standing on its own.
 * GitHub's squash-merge suffix `(#123)` at the end of the subject is removed first: it names the
 * pull request, not an issue, and would make every squashed commit a fix.
 */
export const fixWordPattern =
  '\\b(fix|fixes|fixed|fixing|bug|bugs|bugfix|bugfixes|hotfix|hotfixes|patch|patches|patched|revert|reverts|reverted)\\b';

export const issueReferencePattern = '(^|[^0-9a-z_&/])(#|gh-)[0-9]+\\b';

export const fixMessagePattern = `${fixWordPattern}|${issueReferencePattern}`;

export const squashSuffixPattern = '\\s*\\(#[0-9]+\\)\\s*$';

export const fixPatternParams = { fix_pattern: fixMessagePattern, squash_suffix: squashSuffixPattern };
