import type { LegendItem } from './metrics.ts';

export function Legend({
  items,
  title,
  definition,
}: {
  items: LegendItem[];
  title: string;
  definition: string;
}) {
  return (
    <div className="legend" data-testid="map-legend">
      <span className="legend-title" title={definition}>
        {title}
      </span>
      {items.map((item) => (
        <span key={item.label} className="legend-item">
          <span className="swatch" style={{ background: item.color }} />
          {item.label}
        </span>
      ))}
    </div>
  );
}
