import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { CouplingPair } from '../api/types.ts';
import type { ViewProps } from './RepoPage.tsx';
import { formatPercent } from './format.ts';

/** A component is a file's first two directories (`services/billing`). */
function componentOf(path: string): string {
  const parts = path.split('/');
  return parts.length <= 2 ? (parts.length === 1 ? '(root)' : parts[0]!) : parts.slice(0, 2).join('/');
}

export function CouplingView({ state, update }: ViewProps) {
  const pairs = useFetch(`coupling:${state.repo}`, () => api.coupling(state.repo));
  if (pairs.state !== 'ready') return <p>{pairs.state === 'error' ? pairs.message : 'Loading coupling…'}</p>;
  const open = (file: string) => update({ view: 'map', file });
  return (
    <div data-testid="coupling-view" className="coupling">
      <div>
        <h2>Strongest pairs</h2>
        <p className="muted">
          Files that change in the same commits (commits touching over 30 files left out). Degree = shared
          commits ÷ mean of their commits.
        </p>
        <table className="grid small">
          <thead>
            <tr>
              <th>File</th>
              <th>Changes with</th>
              <th>Degree</th>
              <th>Shared</th>
            </tr>
          </thead>
          <tbody>
            {pairs.data.slice(0, 40).map((p) => (
              <tr key={`${p.path_a}|${p.path_b}`}>
                <td>
                  <button type="button" className="link" onClick={() => open(p.path_a)}>
                    {p.path_a}
                  </button>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => open(p.path_b)}>
                    {p.path_b}
                  </button>
                </td>
                <td className="num">{formatPercent(p.degree)}</td>
                <td className="num">{p.shared_commits}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ComponentMatrix pairs={pairs.data} />
    </div>
  );
}

function ComponentMatrix({ pairs }: { pairs: CouplingPair[] }) {
  const { components, cells, max } = useMemo(() => {
    const totals = new Map<string, number>();
    for (const p of pairs) {
      const a = componentOf(p.path_a);
      const b = componentOf(p.path_b);
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      totals.set(key, (totals.get(key) ?? 0) + p.shared_commits);
    }
    const names = [...new Set([...totals.keys()].flatMap((k) => k.split('\u0000')))].sort().slice(0, 20);
    return { components: names, cells: totals, max: Math.max(1, ...totals.values()) };
  }, [pairs]);
  const color = scaleLinear<string>().domain([0, max]).range(['#f7fbff', '#08306b']);
  const size = 22;
  const label = 150;
  const value = (a: string, b: string) => cells.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0;
  return (
    <div>
      <h2>Component matrix</h2>
      <p className="muted">
        Shared commits between components (first two directories) among the pairs above.
      </p>
      <svg
        width={label + components.length * size + 90}
        height={label + components.length * size + 10}
        data-testid="component-matrix"
      >
        {components.map((c, i) => (
          <g key={c}>
            <text x={label - 4} y={label + i * size + size * 0.7} textAnchor="end" fontSize={10}>
              {c}
            </text>
            <text
              transform={`translate(${label + i * size + size * 0.7},${label - 4}) rotate(-60)`}
              fontSize={10}
            >
              {c}
            </text>
            {components.map((d, j) => (
              <rect
                key={d}
                x={label + j * size}
                y={label + i * size}
                width={size - 1}
                height={size - 1}
                fill={value(c, d) ? color(value(c, d)) : '#fafafa'}
              >
                <title>{`${c} ↔ ${d}: ${value(c, d)} shared commits`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
