import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { MapColumns } from '../api/types.ts';
import { buildFileTree, findDirectory } from './file-tree.ts';
import { layoutMap } from './layout.ts';
import { drawHighlight, drawMap, fileAt, nodeOfPath, type Laid } from './draw-map.ts';
import { metricOf, type MetricColoring } from './metrics.ts';
import { FileSearch } from './FileSearch.tsx';
import { Legend } from './Legend.tsx';
import { Breadcrumb } from './Breadcrumb.tsx';
import { useWidth } from './use-width.ts';

export interface MapProps {
  columns: MapColumns;
  headAt: string;
  metric: string;
  zoom: string;
  file: string;
  onZoom(zoom: string): void;
  onSelect(file: string, zoom?: string): void;
  /** Departure simulation: files orphaned after, by path (overrides the metric's colours). */
  overlay?: Map<string, string> | undefined;
}

const height = 560;

function overlayColoring(columns: MapColumns, overlay: Map<string, string>): MetricColoring {
  return {
    colorOf: (file) => {
      const state = overlay.get(columns.path[file] ?? '');
      return state === 'new' ? '#e4002b' : state === 'already' ? '#7a0019' : '#dcdcdc';
    },
    legend: [
      { color: '#e4002b', label: 'orphaned by the departures' },
      { color: '#7a0019', label: 'orphaned already' },
      { color: '#dcdcdc', label: 'still known' },
    ],
    describe: (file) => overlay.get(columns.path[file] ?? '') ?? 'still known',
  };
}

/** The zoomable treemap on canvas: area = lines of code, colour = the chosen metric. */
export function HotspotMap(props: MapProps) {
  const { columns, metric, zoom, file, overlay } = props;
  const [container, width] = useWidth();
  const canvas = useRef<HTMLCanvasElement>(null);
  const highlight = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<{ node: Laid; x: number; y: number } | null>(null);
  const [renderMs, setRenderMs] = useState(0);
  const tree = useMemo(() => buildFileTree(columns.path, columns.code_lines), [columns]);
  const zoomed = useMemo(() => findDirectory(tree, zoom), [tree, zoom]);
  const laid = useMemo(() => (width > 0 ? layoutMap(zoomed, width, height) : null), [zoomed, width]);
  const coloring = useMemo(
    () =>
      overlay
        ? overlayColoring(columns, overlay)
        : metricOf(metric).coloring(columns, Date.parse(props.headAt)),
    [columns, metric, overlay, props.headAt],
  );

  useEffect(() => {
    const context = prepare(canvas.current, width);
    if (!context || !laid) return;
    const start = performance.now();
    drawMap(context, laid, width, height, coloring.colorOf);
    setRenderMs(Math.round(performance.now() - start));
  }, [laid, coloring, width]);

  useEffect(() => {
    const context = prepare(highlight.current, width);
    if (!context || !laid) return;
    const selected = file ? nodeOfPath(laid, file) : null;
    drawHighlight(
      context,
      width,
      height,
      [hover?.node, selected].filter((n): n is Laid => !!n),
    );
  }, [laid, hover, file, width]);

  const pointAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    if (!laid) return;
    const { x, y } = pointAt(event);
    const node = fileAt(laid, x, y);
    setHover(node ? { node, x, y } : null);
  };
  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const { x, y } = pointAt(event);
    const node = laid && fileAt(laid, x, y);
    if (node) props.onSelect(node.data.path);
  };
  const onDoubleClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const { x, y } = pointAt(event);
    const node = laid && fileAt(laid, x, y);
    if (!node) return;
    const below = node.data.path.split('/').slice(0, (zoom ? zoom.split('/').length : 0) + 1);
    if (below.length < node.data.path.split('/').length) props.onZoom(below.join('/'));
  };

  const hovered = hover?.node.data.file;
  return (
    <div
      className="map"
      data-testid="hotspot-map"
      data-file-count={columns.path.length}
      data-render-ms={renderMs}
    >
      <div className="map-bar">
        <Breadcrumb zoom={zoom} onZoom={props.onZoom} />
        <FileSearch paths={columns.path} onPick={(path) => props.onSelect(path, parentOf(path))} />
      </div>
      <div className="map-canvas" ref={container}>
        <canvas
          ref={canvas}
          data-testid="map-canvas"
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
          onClick={onClick}
          onDoubleClick={onDoubleClick}
        />
        <canvas ref={highlight} className="map-highlight" />
        {hover && hovered !== undefined && (
          <div
            className="tooltip"
            data-testid="map-tooltip"
            style={{ left: Math.min(hover.x + 12, width - 260), top: hover.y + 12 }}
          >
            <div className="tooltip-path">{hover.node.data.path}</div>
            <div>
              {columns.code_lines[hovered]} lines · {columns.changes[hovered]} changes · complexity{' '}
              {columns.complexity[hovered] ?? '–'}
            </div>
            <div>
              {overlay ? 'departures' : metricOf(metric).label}: {coloring.describe(hovered)}
            </div>
          </div>
        )}
      </div>
      <Legend
        items={coloring.legend}
        title={overlay ? 'Departure simulation' : metricOf(metric).label}
        definition={overlay ? '' : metricOf(metric).definition}
      />
    </div>
  );
}

function parentOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** Sizes a canvas for the device's pixel ratio and returns its context in CSS pixels. */
function prepare(canvas: HTMLCanvasElement | null, width: number): CanvasRenderingContext2D | null {
  if (!canvas || width <= 0) return null;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext('2d');
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
