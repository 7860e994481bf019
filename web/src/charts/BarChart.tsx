import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
  label: string;
  value: number;
}

/** A small SVG bar chart (scales from d3-scale); labels every few bars so they never collide. */
export function BarChart({
  bars,
  height = 120,
  width = 420,
  color = '#4c78a8',
  title,
}: {
  bars: Bar[];
  height?: number;
  width?: number;
  color?: string;
  title: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.label))
    .range([30, width - 4])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - 18, 4]);
  const every = Math.max(1, Math.ceil(bars.length / 8));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title}>
        {y.ticks(3).map((t) => (
          <g key={t}>
            <line x1={30} x2={width - 4} y1={y(t)} y2={y(t)} stroke="#eee" />
            <text x={26} y={y(t) + 3} textAnchor="end" fontSize={9} fill="#666">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => (
          <g key={b.label}>
            <rect
              x={x(b.label)}
              y={y(b.value)}
              width={x.bandwidth()}
              height={Math.max(0, height - 18 - y(b.value))}
              fill={color}
            >
              <title>{`${b.label}: ${b.value}`}</title>
            </rect>
            {i % every === 0 && (
              <text
                x={(x(b.label) ?? 0) + x.bandwidth() / 2}
                y={height - 5}
                textAnchor="middle"
                fontSize={9}
                fill="#666"
              >
                {b.label}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
