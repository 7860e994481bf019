import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { Departures } from '../api/types.ts';
import { HotspotMap } from '../map/HotspotMap.tsx';
import type { ViewProps } from './RepoPage.tsx';
import { useMapColumns } from './MapView.tsx';
import { formatDate, formatNumber, formatPercent } from './format.ts';
import { Identities } from './Identities.tsx';

/** People, knowledge and the off-boarding simulation (pick people, see what they alone know). */
export function PeopleView({ state, update, headAt }: ViewProps & { headAt: string }) {
  const people = useFetch(`people:${state.repo}`, () => api.people(state.repo));
  const truckFactors = useFetch(`tf:${state.repo}`, () => api.truckFactor(state.repo));
  const map = useMapColumns(state.repo, state.window);
  const [picked, setPicked] = useState<string[]>([]);
  const [simulation, setSimulation] = useState<Departures | null>(null);
  const [error, setError] = useState('');
  const overlay = useMemo(
    () => (simulation ? new Map(simulation.orphaned.map((o) => [o.path, o.state])) : undefined),
    [simulation],
  );

  if (people.state !== 'ready') return <p>{people.state === 'error' ? people.message : 'Loading people…'}</p>;
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const simulate = () => {
    setError('');
    api
      .departures(state.repo, picked)
      .then(setSimulation, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const change = simulation?.truckFactors.find((t) => t.scope === 'repo');
  const impact = simulation?.impacts.find((i) => i.scope === 'repo');
  return (
    <div className="people-view" data-testid="people-view">
      <div className="people-layout">
        <div>
          <h2>Key people</h2>
          <p className="muted">
            Ranked by knowledge: files they author, weighted by recent change and how much those files are
            imported.
          </p>
          <table className="grid" data-testid="people-table">
            <thead>
              <tr>
                <th title="Pick people for the off-boarding simulation">Leave?</th>
                <th>#</th>
                <th>Person</th>
                <th>Status</th>
                <th title="Share of the repo's knowledge weight they author">Knowledge</th>
                <th>Files authored</th>
                <th>Hotspots authored</th>
                <th>Commits</th>
                <th>Last commit</th>
              </tr>
            </thead>
            <tbody>
              {people.data.rows.map((p) => (
                <tr key={p.person_id}>
                  <td>
                    <input
                      type="checkbox"
                      data-testid={`leave-${p.person_id}`}
                      checked={picked.includes(p.person_id)}
                      onChange={() => toggle(p.person_id)}
                    />
                  </td>
                  <td className="num">{p.knowledge_rank}</td>
                  <td title={p.email}>{p.name}</td>
                  <td className={p.status === 'former' ? 'former' : ''}>{p.status}</td>
                  <td className="num">{formatPercent(p.knowledge_share)}</td>
                  <td className="num">{formatNumber(p.files_authored)}</td>
                  <td className="num">{formatNumber(p.hotspot_files_authored)}</td>
                  <td className="num">{formatNumber(p.commit_count)}</td>
                  <td>{formatDate(p.last_commit_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="primary"
            data-testid="simulate"
            disabled={picked.length === 0}
            onClick={simulate}
          >
            Simulate {picked.length} departure{picked.length === 1 ? '' : 's'}
          </button>
          {simulation && (
            <button
              type="button"
              onClick={() => {
                setSimulation(null);
                setPicked([]);
              }}
            >
              Clear
            </button>
          )}
          {error && <p className="error">{error}</p>}
        </div>
        <div className="tf-box">
          <h2>Truck factor</h2>
          {truckFactors.state === 'ready' && (
            <table className="grid small">
              <tbody>
                {truckFactors.data.map((t) => (
                  <tr key={t.scope}>
                    <td>{t.scope === 'repo' ? 'whole repo' : t.scope}</td>
                    <td className="num" data-testid={t.scope === 'repo' ? 'truck-factor-before' : undefined}>
                      {t.truck_factor}
                    </td>
                    <td className="muted">{t.people.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {change && impact && (
            <div className="simulation" data-testid="simulation-result">
              <p>
                If {simulation?.leaving.map((l) => l.name).join(' and ')} leave: truck factor{' '}
                <strong>{change.before.truckFactor}</strong> →{' '}
                <strong data-testid="truck-factor-after">{change.after.truckFactor}</strong>
              </p>
              <p>
                Orphaned files <strong>{impact.orphaned_files_before}</strong> →{' '}
                <strong data-testid="orphaned-after">{impact.orphaned_files_after}</strong> of{' '}
                {impact.file_count} ({formatNumber(impact.orphaned_lines_after)} of{' '}
                {formatNumber(impact.line_count)} lines).
              </p>
            </div>
          )}
        </div>
      </div>
      {map.state === 'ready' && (
        <HotspotMap
          columns={map.data}
          headAt={headAt}
          metric={simulation ? 'orphaned' : 'main-dev'}
          zoom={state.zoom}
          file={state.file}
          overlay={overlay}
          onZoom={(zoom) => update({ zoom })}
          onSelect={(file) => update({ file, view: 'map' })}
        />
      )}
      <Identities repo={state.repo} />
    </div>
  );
}
