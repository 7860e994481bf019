import { useEffect } from 'react';
import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { ViewState } from '../state/url-state.ts';
import { MapView } from './MapView.tsx';
import { PeopleView } from './PeopleView.tsx';
import { CouplingView } from './CouplingView.tsx';
import { TrendsView } from './TrendsView.tsx';
import { DependenciesView } from './DependenciesView.tsx';

export interface ViewProps {
  state: ViewState;
  update(change: Partial<ViewState>, replace?: boolean): void;
}

const tabs = [
  { view: 'map', label: 'Hotspot map' },
  { view: 'people', label: 'People' },
  { view: 'coupling', label: 'Coupling' },
  { view: 'trends', label: 'Trends' },
  { view: 'dependencies', label: 'Dependencies' },
] as const;

export function RepoPage({ state, update }: ViewProps) {
  const overview = useFetch('overview', api.overview);
  const showsMap = !tabs.some((tab) => tab.view !== 'map' && tab.view === state.view);
  // The map is the slowest answer: ask for it now, not once the overview has come back.
  useEffect(() => {
    if (showsMap) void api.map(state.repo, state.window).catch(() => undefined);
  }, [showsMap, state.repo, state.window]);
  const repo =
    overview.state === 'ready' ? overview.data.repos.find((r) => r.repo_id === state.repo) : undefined;
  if (overview.state === 'loading') return <p>Loading…</p>;
  if (overview.state === 'error') return <p className="error">{overview.message}</p>;
  if (!repo) return <p className="error">No repository {state.repo} in this deal.</p>;
  return (
    <section>
      <h1>{repo.name}</h1>
      <p className="muted">
        at {repo.head_sha.slice(0, 12)} ({repo.head_at.slice(0, 10)}) · {repo.commit_count} commits ·{' '}
        {repo.file_count} files · truck factor {repo.truck_factor ?? '–'}
      </p>
      <nav className="tabs">
        {tabs.map((tab) => (
          <button
            key={tab.view}
            type="button"
            data-testid={`tab-${tab.view}`}
            className={state.view === tab.view ? 'active' : ''}
            onClick={() => update({ view: tab.view })}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      {state.view === 'people' ? (
        <PeopleView state={state} update={update} headAt={repo.head_at} />
      ) : state.view === 'coupling' ? (
        <CouplingView state={state} update={update} />
      ) : state.view === 'trends' ? (
        <TrendsView state={state} update={update} />
      ) : state.view === 'dependencies' ? (
        <DependenciesView state={state} update={update} />
      ) : (
        <MapView state={state} update={update} headAt={repo.head_at} />
      )}
    </section>
  );
}
