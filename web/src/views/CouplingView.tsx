import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import type { ComponentPair } from '../api/types.ts';
import { WindowSelect } from './MapView.tsx';
import type { ViewProps } from './RepoPage.tsx';

export function CouplingView({ state, update }: ViewProps) {
  const key = `${state.repo}:${state.window}`;
  const pairs = useFetch(`coupling:${key}`, () => api.coupling(state.repo, state.window));
  const components = useFetch(`component-coupling:${key}`, () =>
    api.componentCoupling(state.repo, state.window),
  );
  if (pairs.state !== 'ready') return <p>{pairs.state === 'error' ? pairs.message : 'Loading coupling…'}</p>;
  const open = (file: string) => update({ view: 'map', file });
  return (
    <div data-testid="coupling-view" className="coupling">
      <div>
        <h2>Strongest pairs</h2>
        <div className="controls">
          <WindowSelect value={state.window} onChange={(window) => update({ window }, true)} />
        </div>
        <p className="muted">
          Files that change in the same commits (commits touching over 30 files left out), at least 5 shared
          commits and a degree of 30%. Degree = shared commits ÷ mean of their commits.
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
                <td className="num">{p.degree}%</td>
                <td className="num">{p.shared_commits}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {components.state === 'ready' && <ComponentMatrix pairs={components.data} />}
    </div>
  );
}

function ComponentMatrix({ pairs }: { pairs: ComponentPair[] }) {
  const { components, cells, max } = useMemo(() => {
    const totals = new Map<string, number>();
    for (const p of pairs) totals.set(`${p.component_a}\u0000${p.component_b}`, p.shared_commits);
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
        Shared commits between coupled components (directories cut to two levels), strongest 200 pairs.
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
