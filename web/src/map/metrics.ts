import { scaleLinear, scaleOrdinal } from 'd3-scale';
import type { MapColumns } from '../api/types.ts';

export interface LegendItem {
  color: string;
  label: string;
}

/** How one metric colours the map: a colour per file, a legend, and the value shown on hover. */
export interface MetricColoring {
  colorOf(file: number): string;
  legend: LegendItem[];
  describe(file: number): string;
}

export interface Metric {
  key: string;
  label: string;
  definition: string;
  coloring(columns: MapColumns, headAt: number): MetricColoring;
}

export const noData = '#d9d9d9';
const stepCount = 32;
const low = '#fdebd6';
const high = '#b30000';

function sequential(
  values: (number | null)[],
  describe: (v: number) => string,
  reverse = false,
): MetricColoring {
  let max = 0;
  for (const v of values) if (v !== null && v > max) max = v;
  const scale = scaleLinear<string>()
    .domain([0, max || 1])
    .range(reverse ? [high, low] : [low, high])
    .clamp(true);
  // 32 shades: few enough that the canvas paints files in a handful of batches, too many to tell apart.
  const steps = Array.from({ length: stepCount }, (_, i) => scale(((max || 1) * i) / (stepCount - 1)));
  return {
    colorOf: (file) => {
      const v = values[file];
      return v === null || v === undefined
        ? noData
        : (steps[Math.round((v / (max || 1)) * (stepCount - 1))] ?? noData);
    },
    legend: [
      { color: scale(0), label: describe(0) },
      { color: scale((max || 1) / 2), label: describe((max || 1) / 2) },
      { color: scale(max || 1), label: describe(max || 1) },
      { color: noData, label: 'no data' },
    ],
    describe: (file) => {
      const v = values[file];
      return v === null || v === undefined ? 'no data' : describe(v);
    },
  };
}

const palette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#d62728',
];

function mainDeveloper(columns: MapColumns): MetricColoring {
  const lines = new Map<string, number>();
  columns.main_dev.forEach(
    (dev, i) => dev && lines.set(dev, (lines.get(dev) ?? 0) + (columns.code_lines[i] ?? 0)),
  );
  const top = [...lines.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, palette.length)
    .map(([dev]) => dev);
  const scale = scaleOrdinal<string, string>().domain(top).range(palette);
  const colorOf = (file: number) => {
    const dev = columns.main_dev[file];
    return dev && top.includes(dev) ? scale(dev) : noData;
  };
  return {
    colorOf,
    legend: [
      ...top.map((dev) => ({ color: scale(dev), label: dev })),
      { color: noData, label: 'others / none' },
    ],
    describe: (file) => columns.main_dev[file] ?? 'none',
  };
}

const percent = (v: number) => `${Math.round(v * 100)}%`;
const whole = (v: number) => String(Math.round(v));

export const metrics: Metric[] = [
  {
    key: 'hotspot',
    label: 'Hotspot score',
    definition:
      'Change frequency in the window × complexity, over the repo’s highest × 100 (hotspots.score, 0-100).',
    coloring: (c) => sequential(c.hotspot_score, (v) => v.toFixed(1)),
  },
  {
    key: 'changes',
    label: 'Change frequency',
    definition: 'Non-merge commits that changed the file within the window (renames followed).',
    coloring: (c) => sequential(c.changes, whole),
  },
  {
    key: 'complexity',
    label: 'Complexity',
    definition: 'Sum of the cyclomatic complexity of the file’s functions.',
    coloring: (c) => sequential(c.complexity, whole),
  },
  {
    key: 'coverage',
    label: 'Coverage',
    definition: 'Line coverage from a report (red = uncovered). Files without a report: grey.',
    coloring: (c) => sequential(c.coverage, percent, true),
  },
  {
    key: 'main-dev',
    label: 'Main developer',
    definition: 'The person who added the most lines to the file.',
    coloring: (c) => mainDeveloper(c),
  },
  {
    key: 'orphaned',
    label: 'Orphaned knowledge',
    definition: 'Red: none of the file’s DOA authors (degree of authorship) is still active.',
    coloring: (c) => ({
      colorOf: (file) =>
        c.is_orphaned[file] === true ? high : c.is_orphaned[file] === false ? '#9ecae1' : noData,
      legend: [
        { color: high, label: 'orphaned' },
        { color: '#9ecae1', label: 'has an active author' },
        { color: noData, label: 'not authored code' },
      ],
      describe: (file) => (c.is_orphaned[file] === null ? 'n/a' : c.is_orphaned[file] ? 'orphaned' : 'owned'),
    }),
  },
  {
    key: 'age',
    label: 'Code age',
    definition: 'Months since the file last changed, at the pinned commit (dark = old).',
    coloring: (c, headAt) =>
      sequential(
        c.last_changed_at.map((at) =>
          at === null ? null : Math.max(0, (headAt - Date.parse(at)) / 2_629_800_000),
        ),
        (v) => `${Math.round(v)} months`,
      ),
  },
  {
    key: 'risk',
    label: 'Risk',
    definition: 'Risk score 0–100 of the risk stage: hotspot, complexity, coverage and knowledge factors.',
    coloring: (c) => sequential(c.risk, (v) => v.toFixed(2)),
  },
];

export function metricOf(key: string): Metric {
  return metrics.find((m) => m.key === key) ?? metrics[0]!;
}
