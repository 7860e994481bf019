import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { RepoLanguage, RepoOverview } from '../api/types.ts';
import { useFetch } from '../api/use-fetch.ts';
import { formatNumber, formatPercent } from './format.ts';
import { LanguageBar } from './LanguageBar.tsx';

type SortKey = keyof RepoOverview;

const columns: { key: SortKey; label: string; title: string; render(r: RepoOverview): string }[] = [
  {
    key: 'code_lines',
    label: 'Code lines',
    title: 'Lines of code at the pinned commit (cloc rules).',
    render: (r) => formatNumber(r.code_lines),
  },
  {
    key: 'file_count',
    label: 'Files',
    title: 'Files in the tree at the pinned commit.',
    render: (r) => formatNumber(r.file_count),
  },
  {
    key: 'commit_count',
    label: 'Commits',
    title: 'Commits reachable from the pinned commit.',
    render: (r) => formatNumber(r.commit_count),
  },
  {
    key: 'active_people',
    label: 'Active',
    title: 'Contributors still active.',
    render: (r) => formatNumber(r.active_people),
  },
  {
    key: 'former_people',
    label: 'Former',
    title: 'Contributors no longer active.',
    render: (r) => formatNumber(r.former_people),
  },
  {
    key: 'truck_factor',
    label: 'Truck factor',
    title: 'Fewest people whose departure leaves over half the files without an author.',
    render: (r) => formatNumber(r.truck_factor),
  },
  {
    key: 'hotspot_concentration',
    label: 'Hotspot concentration',
    title: 'Share of the window’s file changes landing in the top 5% of hotspots (hotspot_summary).',
    render: (r) =>
      r.hotspot_concentration === null
        ? '–'
        : `${formatPercent(r.hotspot_concentration)} (${r.hotspot_window ?? ''})`,
  },
  {
    key: 'orphaned_lines_share',
    label: 'Orphaned code',
    title: 'Share of authored code lines with no active author.',
    render: (r) => formatPercent(r.orphaned_lines_share),
  },
  {
    key: 'measured_coverage',
    label: 'Coverage (measured)',
    title: 'Line coverage from coverage reports.',
    render: (r) => formatPercent(r.measured_coverage),
  },
  {
    key: 'estimated_coverage',
    label: 'Tested (estimate)',
    title: 'Share of source files reached by a test file (estimate, not a measurement).',
    render: (r) => formatPercent(r.estimated_coverage),
  },
  {
    key: 'red_flags',
    label: 'Red flags',
    title: 'Red flags raised by the risk stage.',
    render: (r) => formatNumber(r.red_flags),
  },
];

/** The deal at a glance: one row per repo, sortable by any figure. */
export function Overview({ open }: { open(repo: string): void }) {
  const loaded = useFetch('overview', api.overview);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'code_lines',
    descending: true,
  });
  const rows = useMemo(() => {
    if (loaded.state !== 'ready') return [];
    return [...loaded.data.repos].sort(
      (a, b) => compare(a[sort.key], b[sort.key]) * (sort.descending ? -1 : 1),
    );
  }, [loaded, sort]);
  if (loaded.state === 'loading') return <p>Loading the deal…</p>;
  if (loaded.state === 'error') return <p className="error">{loaded.message}</p>;
  const languages = (repo: string): RepoLanguage[] => loaded.data.languages.filter((l) => l.repo_id === repo);
  const header = (key: SortKey, label: string, title: string) => (
    <th key={key} title={title}>
      <button
        type="button"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : true })}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <section data-testid="deal-overview">
      <h1>Deal overview</h1>
      <p className="muted">
        {rows.length} repositories. Click a repository to open its hotspot map; click a column to sort.
      </p>
      <table className="grid">
        <thead>
          <tr>
            {header('name', 'Repository', 'Repository name')}
            <th>Languages</th>
            {columns.map((c) => header(c.key, c.label, c.title))}
          </tr>
        </thead>
        <tbody>
          {rows.map((repo) => (
            <tr key={repo.repo_id} data-testid={`repo-row-${repo.repo_id}`}>
              <td>
                <button type="button" className="link" onClick={() => open(repo.repo_id)}>
                  {repo.name}
                </button>
              </td>
              <td>
                <LanguageBar languages={languages(repo.repo_id)} />
              </td>
              {columns.map((c) => (
                <td key={c.key} className="num">
                  {c.render(repo)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
