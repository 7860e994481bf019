import React, { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';

type Metric = { id: string; label: string; value: number | null; trend?: number; unit?: string };
type Filter = { query: string; onlyAlerts: boolean; sort: 'label' | 'value' };
type Action =
  | { type: 'loaded'; metrics: Metric[] }
  | { type: 'failed'; error: string }
  | { type: 'filter'; patch: Partial<Filter> }
  | { type: 'reset' };

interface State {
  metrics: Metric[];
  error: string | null;
  loading: boolean;
  filter: Filter;
}

const initialState: State = {
  metrics: [],
  error: null,
  loading: true,
  filter: { query: '', onlyAlerts: false, sort: 'label' },
};

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, metrics: action.metrics, loading: false, error: null };
    case 'failed':
      return { ...state, loading: false, error: action.error };
    case 'filter':
      return { ...state, filter: { ...state.filter, ...action.patch } };
    case 'reset':
      return initialState;
    default:
      return state;
  }
}

export function formatValue(metric: Metric): string {
  if (metric.value === null) return '—';
  const rounded = Math.abs(metric.value) >= 100 ? Math.round(metric.value) : metric.value.toFixed(1);
  return metric.unit ? `${rounded} ${metric.unit}` : String(rounded);
}

const isAlert = (metric: Metric) =>
  metric.value !== null && metric.trend !== undefined && metric.trend < -0.1;

function TrendBadge({ trend }: { trend?: number }) {
  if (trend === undefined) return null;
  const direction = trend > 0 ? 'up' : trend < 0 ? 'down' : 'flat';
  return (
    <span className={`badge badge-${direction}`} title={trend ? `${(trend * 100).toFixed(0)}%` : undefined}>
      {direction === 'up' && '▲'}
      {direction === 'down' && '▼'}
      {direction === 'flat' && '•'}
    </span>
  );
}

export const MetricCard: React.FC<{
  metric: Metric;
  selected?: boolean;
  onSelect?: (id: string) => void;
}> = ({ metric, selected = false, onSelect }) => {
  const handleClick = useCallback(() => onSelect?.(metric.id), [metric.id, onSelect]);
  const alert = isAlert(metric);
  return (
    <div
      className={selected ? 'card card-selected' : alert ? 'card card-alert' : 'card'}
      onClick={handleClick}
      aria-pressed={selected && !!onSelect}
    >
      <h3>{metric.label}</h3>
      <p className="value">{formatValue(metric)}</p>
      {metric.trend !== undefined && <TrendBadge trend={metric.trend} />}
      {alert && selected && <strong>Needs attention</strong>}
      {alert || <small>ok</small>}
    </div>
  );
};

function useMetrics(url: string, refreshMs = 30_000) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const aborter = useRef<AbortController | null>(null);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      aborter.current?.abort();
      aborter.current = new AbortController();
      try {
        const response = await fetch(url, { signal: aborter.current.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const metrics: Metric[] = await response.json();
        if (!cancelled) dispatch({ type: 'loaded', metrics });
      } catch (error) {
        if (!cancelled && (error as Error).name !== 'AbortError') {
          dispatch({ type: 'failed', error: (error as Error).message || 'failed' });
        }
      }
    }
    load();
    const timer = refreshMs > 0 ? setInterval(load, refreshMs) : null;
    return () => {
      cancelled = true;
      aborter.current?.abort();
      if (timer) clearInterval(timer);
    };
  }, [url, refreshMs]);

  return [state, dispatch] as const;
}

export default function Dashboard({ url, title = 'Metrics' }: { url: string; title?: string }) {
  const [state, dispatch] = useMetrics(url);
  const [selected, setSelected] = useState<string | null>(null);

  const visible = useMemo(() => {
    const query = state.filter.query.trim().toLowerCase();
    const filtered = state.metrics.filter(
      (m) => (!query || m.label.toLowerCase().includes(query)) && (!state.filter.onlyAlerts || isAlert(m)),
    );
    return filtered.sort((a, b) =>
      state.filter.sort === 'label'
        ? a.label.localeCompare(b.label)
        : (b.value ?? -Infinity) - (a.value ?? -Infinity),
    );
  }, [state.metrics, state.filter]);

  const selectedMetric = visible.find((m) => m.id === selected);

  if (state.loading && state.metrics.length === 0) {
    return <p className="loading">Loading…</p>;
  }

  return (
    <section>
      <header>
        <h2>{title}</h2>
        <input
          value={state.filter.query}
          onChange={(event) => dispatch({ type: 'filter', patch: { query: event.target.value } })}
          placeholder="Filter"
        />
        <label>
          <input
            type="checkbox"
            checked={state.filter.onlyAlerts}
            onChange={(event) => dispatch({ type: 'filter', patch: { onlyAlerts: event.target.checked } })}
          />
          Alerts only
        </label>
        <button
          onClick={() => dispatch({ type: 'reset' })}
          disabled={!state.filter.query && !state.filter.onlyAlerts}
        >
          Reset
        </button>
      </header>
      {state.error && <p className="error">{state.error}</p>}
      {visible.length === 0 ? (
        <p>No metrics{state.filter.query ? ` match “${state.filter.query}”` : ''}.</p>
      ) : (
        <div className="grid">
          {visible.map((metric) => (
            <MetricCard
              key={metric.id}
              metric={metric}
              selected={metric.id === selected}
              onSelect={(id) => setSelected((current) => (current === id ? null : id))}
            />
          ))}
        </div>
      )}
      {selectedMetric && (
        <aside>
          <h3>{selectedMetric.label}</h3>
          {selectedMetric.trend !== undefined ? (
            <TrendBadge trend={selectedMetric.trend} />
          ) : (
            <em>no trend</em>
          )}
        </aside>
      )}
    </section>
  );
}

export class ErrorBoundary extends React.Component<{
  fallback?: React.ReactNode;
  children: React.ReactNode;
}> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: { componentStack?: string }) {
    if (process.env.NODE_ENV !== 'production') {
      console.error(error, info.componentStack ?? '');
    }
  }

  render() {
    const { error } = this.state;
    if (error) {
      return this.props.fallback ?? <pre>{error.message}</pre>;
    }
    return this.props.children;
  }
}
