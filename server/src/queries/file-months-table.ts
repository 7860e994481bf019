import { createTableSql, defineTable, int, text, timestamptz } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';

/**
 * Not stored by the analysis: built in memory when the server starts, from `file_changes` and
 * `commits`, sorted by (repo_id, path) so that DuckDB's min/max per row group (zone maps) skip all
 * but the row groups of the one file a file panel asks for. Scanning the ~1M changes of a
 * 100k-commit repo per request took hundreds of milliseconds.
 */
export const fileMonths = defineTable({
  name: 'explorer_file_months',
  doc: 'Non-merge changes to each file under its current path, per calendar month (UTC) of commit time.',
  key: ['repo_id', 'path', 'month'],
  columns: {
    repo_id: text.required('Repo.'),
    path: text.required('Path the change was made under.'),
    month: text.nullable('`YYYY-MM`; NULL for commits without a commit time.'),
    commits: int.required('Non-merge commits that changed the file that month.'),
    added: int.required('Lines added.'),
    deleted: int.required('Lines deleted.'),
    first_changed_at: timestamptz.nullable('First of those commits.'),
    last_changed_at: timestamptz.nullable('Last of those commits.'),
  },
});

const fill = `
INSERT INTO ${fileMonths.name}
SELECT fc.repo_id, fc.path, strftime(c.committed_at AT TIME ZONE 'UTC', '%Y-%m') AS month,
  count(*)::INTEGER, coalesce(sum(fc.added), 0)::INTEGER, coalesce(sum(fc.deleted), 0)::INTEGER,
  min(c.committed_at), max(c.committed_at)
FROM file_changes fc JOIN commits c ON c.repo_id = fc.repo_id AND c.sha = fc.sha
WHERE NOT c.is_merge
GROUP BY ALL
ORDER BY fc.repo_id, fc.path, month`;

/** Creates and fills the table in the reader's in-memory database (once, before serving). */
export async function buildFileMonths(reader: DealReader): Promise<void> {
  await reader.run(createTableSql(fileMonths));
  await reader.run(fill);
}
