export function Breadcrumb({ zoom, onZoom }: { zoom: string; onZoom(zoom: string): void }) {
  const parts = zoom ? zoom.split('/') : [];
  return (
    <nav className="breadcrumb" data-testid="map-breadcrumb">
      <button type="button" onClick={() => onZoom('')}>
        (root)
      </button>
      {parts.map((part, i) => (
        <span key={parts.slice(0, i + 1).join('/')}>
          {' / '}
          <button type="button" onClick={() => onZoom(parts.slice(0, i + 1).join('/'))}>
            {part}
          </button>
        </span>
      ))}
      <span className="hint"> (double-click a file to zoom into its directory)</span>
    </nav>
  );
}
