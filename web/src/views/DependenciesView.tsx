import { useState } from 'react';
import { api, type DependencyFilter } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { ViewProps } from './RepoPage.tsx';
import { LicenseFindings } from './LicenseFindings.tsx';

const pageSize = 100;
const noFilter: DependencyFilter = { search: '', ecosystem: '', scope: '', direct: '' };
const ecosystems = ['npm', 'pypi', 'golang', 'maven', 'cargo', 'gem', 'composer', 'nuget'];

/** The repo's dependencies (`dependencies`), filtered and paged by the server, and its license findings. */
export function DependenciesView({ state }: ViewProps) {
  const [filter, setFilter] = useState(noFilter);
  const [offset, setOffset] = useState(0);
  const key = `dependencies:${state.repo}:${JSON.stringify(filter)}:${offset}`;
  const page = useFetch(key, () => api.dependencies(state.repo, filter, pageSize, offset));
  const change = (next: Partial<DependencyFilter>) => {
    setFilter({ ...filter, ...next });
    setOffset(0);
  };
  return (
    <div data-testid="dependencies-view">
      <LicenseFindings repo={state.repo} />
      <h2>Dependencies</h2>
      <div className="controls">
        <input
          data-testid="dependency-search"
          placeholder="name contains…"
          value={filter.search}
          onChange={(e) => change({ search: e.target.value })}
        />
        <Choice
          label="Ecosystem"
          value={filter.ecosystem}
          options={ecosystems}
          onChange={(ecosystem) => change({ ecosystem })}
        />
        <Choice
          label="Scope"
          value={filter.scope}
          options={['runtime', 'dev', 'optional']}
          onChange={(scope) => change({ scope })}
        />
        <Choice
          label="Kind"
          value={filter.direct}
          options={['direct', 'transitive']}
          onChange={(direct) => change({ direct })}
        />
      </div>
      {page.state === 'loading' && <p>Loading dependencies…</p>}
      {page.state === 'error' && <p className="error">{page.message}</p>}
      {page.state === 'ready' && (
        <>
          <p className="muted" data-testid="dependency-count">
            {page.data.total} dependencies
            {page.data.total > pageSize ? `, ${offset + 1}–${offset + page.data.rows.length} shown` : ''}
          </p>
          <table className="grid small" data-testid="dependency-table">
            <thead>
              <tr>
                <th>Ecosystem</th>
                <th>Name</th>
                <th>Version</th>
                <th>Kind</th>
                <th>Scope</th>
                <th>Manifest</th>
                <th>License</th>
              </tr>
            </thead>
            <tbody>
              {page.data.rows.map((d) => (
                <tr key={`${d.manifest_path}|${d.ecosystem}|${d.name}|${d.version ?? ''}`}>
                  <td>{d.ecosystem}</td>
                  <td>{d.name}</td>
                  <td>{d.version ?? '–'}</td>
                  <td>{d.is_direct ? 'direct' : 'transitive'}</td>
                  <td>{d.scope}</td>
                  <td>{d.manifest_path}</td>
                  <td>{d.license === null ? '–' : `${d.license} (${d.license_class ?? 'unknown'})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="controls">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - pageSize))}
            >
              Previous
            </button>
            <button
              type="button"
              disabled={offset + pageSize >= page.data.total}
              onClick={() => setOffset(offset + pageSize)}
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function Choice(props: { label: string; value: string; options: string[]; onChange(value: string): void }) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid={`dependency-${props.label.toLowerCase()}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">any</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
