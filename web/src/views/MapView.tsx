import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { MapColumns } from '../api/types.ts';
import { HotspotMap } from '../map/HotspotMap.tsx';
import { metrics, metricOf } from '../map/metrics.ts';
import type { ViewProps } from './RepoPage.tsx';
import { FilePanel } from './FilePanel.tsx';

export const windowLabels: Record<string, string> = {
  '6m': '6 months',
  '1y': '1 year',
  all: 'all history',
};

export function WindowSelect({ value, onChange }: { value: string; onChange(window: string): void }) {
  return (
    <label>
      Window{' '}
      <select data-testid="window-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {Object.entries(windowLabels).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function useMapColumns(repo: string, window: string) {
  return useFetch(`map:${repo}:${window}`, () => api.map(repo, window));
}

export function MapView({ state, update, headAt }: ViewProps & { headAt: string }) {
  const map = useMapColumns(state.repo, state.window);
  return (
    <div className="map-view">
      <div className="controls">
        <label>
          Colour{' '}
          <select
            data-testid="metric-select"
            value={state.metric}
            onChange={(e) => update({ metric: e.target.value }, true)}
            title={metricOf(state.metric).definition}
          >
            {metrics.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <WindowSelect value={state.window} onChange={(window) => update({ window }, true)} />
        <label title="Left out by default, as in every total: lock files, vendored and minified code.">
          <input
            type="checkbox"
            data-testid="show-all"
            checked={state.all === '1'}
            onChange={(e) => update({ all: e.target.checked ? '1' : '' }, true)}
          />{' '}
          Generated and vendored files
        </label>
      </div>
      {map.state === 'loading' && <p>Loading the map…</p>}
      {map.state === 'error' && <p className="error">{map.message}</p>}
      {map.state === 'ready' && (
        <div className="map-layout">
          <HotspotMap
            columns={map.data}
            headAt={headAt}
            metric={state.metric}
            zoom={state.zoom}
            file={state.file}
            showAll={state.all === '1'}
            onZoom={(zoom) => update({ zoom })}
            onSelect={(file, zoom) => update(zoom === undefined ? { file } : { file, zoom })}
          />
          <aside className="side">
            {state.file ? (
              <FilePanel
                repo={state.repo}
                path={state.file}
                onClose={() => update({ file: '' })}
                onOpen={(file) => update({ file })}
              />
            ) : (
              <TopHotspots columns={map.data} onSelect={(file) => update({ file })} />
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

function TopHotspots({ columns, onSelect }: { columns: MapColumns; onSelect(path: string): void }) {
  const top = useMemo(
    () =>
      columns.path
        .map((path, i) => ({
          path,
          score: columns.hotspot_score[i] ?? 0,
          rank: columns.hotspot_rank[i] ?? null,
          changes: columns.changes[i] ?? 0,
          lines: columns.code_lines[i] ?? 0,
        }))
        .filter((f): f is typeof f & { rank: number } => f.rank !== null)
        .sort((a, b) => a.rank - b.rank)
        .slice(0, 15),
    [columns],
  );
  return (
    <div data-testid="top-hotspots">
      <h2>Top hotspots</h2>
      <p className="muted">
        Changed often in the window and complex (score 100 = the top hotspot). Click one for its details.
      </p>
      <ol className="hotspots">
        {top.map((f, i) => (
          <li key={f.path}>
            <button
              type="button"
              className="link"
              data-testid={`hotspot-${i}`}
              onClick={() => onSelect(f.path)}
            >
              {f.path}
            </button>{' '}
            <span className="muted">
              {f.score.toFixed(1)} · {f.changes} changes · {f.lines} lines
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
