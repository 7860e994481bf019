import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { MapColumns } from '../api/types.ts';
import { buildFileTree, findDirectory } from './file-tree.ts';
import { LayoutCache } from './layout-cache.ts';
import { packColors } from './pixel-fill.ts';
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
  /** Also draw generated, vendored and minified files (left out by default, as in every total). */
  showAll?: boolean;
}

/** Categories that are not authored code: the overview and the report leave them out too. */
const unauthored = new Set(['generated', 'vendored', 'minified']);

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
  const tooltip = useRef<HTMLDivElement>(null);
  const hovered = useRef<Laid | null>(null);
  const [painted, setPainted] = useState({ ms: 0, at: 0 });
  const showAll = props.showAll ?? false;
  const tree = useMemo(
    () =>
      buildFileTree(
        columns.path,
        columns.code_lines,
        showAll ? undefined : (file) => !unauthored.has(columns.category[file] ?? ''),
      ),
    [columns, showAll],
  );
  const shownCount = useMemo(
    () => tree.leaves().filter((leaf) => leaf.data.file !== undefined).length,
    [tree],
  );
  const zoomed = useMemo(() => findDirectory(tree, zoom), [tree, zoom]);
  const layouts = useMemo(() => new LayoutCache(height), [tree]);
  const laid = useMemo(() => (width > 0 ? layouts.get(zoomed, width) : null), [zoomed, width, layouts]);
  useEffect(() => (width > 0 ? layouts.prepareChildren(zoomed, width) : undefined), [zoomed, width, layouts]);
  const coloring = useMemo(
    () =>
      overlay
        ? overlayColoring(columns, overlay)
        : metricOf(metric).coloring(columns, Date.parse(props.headAt)),
    [columns, metric, overlay, props.headAt],
  );

  const colors = useMemo(() => packColors(columns.path.length, coloring.colorOf), [columns, coloring]);

  useEffect(() => {
    const context = prepare(canvas.current, width);
    if (!context || !laid) return;
    const start = performance.now();
    drawMap(context, laid, width, height, colors);
    const end = performance.now();
    // Exposed on the element: the benchmark reads when and how fast the map painted.
    setPainted({ ms: Math.round(end - start), at: Math.round(end) });
  }, [laid, colors, width]);

  const selected = useMemo(() => (laid && file ? nodeOfPath(laid, file) : null), [laid, file]);
  // Hover is drawn straight onto the overlay canvas and the tooltip, outside React: a move costs a
  // hit test and two small paints, never a render of the map.
  const paintHighlight = useCallback(() => {
    const context = prepare(highlight.current, width);
    if (!context) return;
    const nodes = [hovered.current, selected].filter((n): n is Laid => !!n);
    drawHighlight(context, width, height, nodes);
  }, [selected, width]);
  useEffect(() => {
    hovered.current = null;
    paintHighlight();
    showTooltip(tooltip.current, null);
  }, [laid, paintHighlight]);

  const pointAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const describe = (file: number): string[] => [
    `${columns.code_lines[file]} lines · ${columns.changes[file]} changes · complexity ${columns.complexity[file] ?? '–'}`,
    `${overlay ? 'departures' : metricOf(metric).label}: ${coloring.describe(file)}`,
  ];
  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    if (!laid) return;
    const { x, y } = pointAt(event);
    const node = fileAt(laid, x, y);
    if (node !== hovered.current) {
      hovered.current = node;
      paintHighlight();
    }
    const file = node?.data.file;
    showTooltip(
      tooltip.current,
      file === undefined || !node
        ? null
        : { x: Math.min(x + 12, width - 260), y: y + 12, lines: [node.data.path, ...describe(file)] },
    );
  };
  const onLeave = () => {
    hovered.current = null;
    paintHighlight();
    showTooltip(tooltip.current, null);
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

  return (
    <div
      className="map"
      data-testid="hotspot-map"
      data-file-count={columns.path.length}
      data-shown-count={shownCount}
      data-render-ms={painted.ms}
      data-painted-at={painted.at}
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
          onMouseLeave={onLeave}
          onClick={onClick}
          onDoubleClick={onDoubleClick}
        />
        <canvas ref={highlight} className="map-highlight" />
        <div className="tooltip" data-testid="map-tooltip" ref={tooltip} hidden>
          <div className="tooltip-path" />
          <div />
          <div />
        </div>
      </div>
      <Legend
        items={coloring.legend}
        title={overlay ? 'Departure simulation' : metricOf(metric).label}
        definition={overlay ? '' : metricOf(metric).definition}
      />
    </div>
  );
}

/** Shows the tooltip at a point with one line per child, as text; or hides it. */
function showTooltip(
  element: HTMLDivElement | null,
  content: { x: number; y: number; lines: string[] } | null,
): void {
  if (!element) return;
  element.hidden = content === null;
  if (!content) return;
  element.style.left = `${content.x}px`;
  element.style.top = `${content.y}px`;
  content.lines.forEach((line, i) => {
    const child = element.children[i];
    if (child) child.textContent = line;
  });
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
