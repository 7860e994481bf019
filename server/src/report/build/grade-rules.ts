import type { Static } from '@sinclair/typebox';
import type { Grade } from '../schema/common.ts';

export type GradeRow = Static<typeof Grade>;
type Letter = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * One rule per area: a number and four cut-offs between A and E. The rules are documented in
 * docs/metrics.md ("Report grades"); each grade carries its rule with the number filled in, so a
 * reader can check it by hand.
 */
interface GradeRule {
  area: string;
  /** What the number is, e.g. "truck factor". */
  measure: string;
  /** Cut-offs for A, B, C, D; `higherIsBetter` says which way they run. */
  cutoffs: readonly [number, number, number, number];
  higherIsBetter: boolean;
  percent?: boolean;
}

export const gradeRules = {
  keyPeople: { area: 'key-people', measure: 'truck factor', cutoffs: [4, 3, 2, 1], higherIsBetter: true },
  orphanedCode: {
    area: 'orphaned-code',
    measure: 'share of code lines with no active author',
    cutoffs: [0.1, 0.25, 0.4, 0.6],
    higherIsBetter: false,
    percent: true,
  },
  activity: {
    area: 'activity',
    measure: 'commits in the 6 months before the pinned commit over the 6 before those',
    cutoffs: [1.25, 0.75, 0.5, 0.25],
    higherIsBetter: true,
    percent: true,
  },
  concentration: {
    area: 'change-concentration',
    measure: 'share of the window’s file changes in the top 5% hotspot files',
    cutoffs: [0.25, 0.4, 0.55, 0.7],
    higherIsBetter: false,
    percent: true,
  },
  testing: {
    area: 'testing',
    measure: 'measured line coverage, else the share of source files a test reaches',
    cutoffs: [0.8, 0.6, 0.4, 0.2],
    higherIsBetter: true,
    percent: true,
  },
  dataQuality: {
    area: 'data-quality',
    measure: 'data-quality warnings (a shallow clone counts 100)',
    cutoffs: [0, 10, 50, 99],
    higherIsBetter: false,
  },
} as const satisfies Record<string, GradeRule>;

export function grade(rule: GradeRule, value: number | null, why?: string): GradeRow {
  if (value === null)
    return { area: rule.area, grade: 'n/a', value: null, rule: `${rule.measure}: ${why ?? 'no data'}` };
  const letters: Letter[] = ['A', 'B', 'C', 'D'];
  const index = rule.cutoffs.findIndex((cut) => (rule.higherIsBetter ? value >= cut : value <= cut));
  const letter: Letter = index === -1 ? 'E' : (letters[index] ?? 'E');
  return {
    area: rule.area,
    grade: letter,
    value,
    rule: `${rule.measure} = ${show(rule, value)} → ${letter} (${scale(rule)})`,
  };
}

function scale(rule: GradeRule): string {
  const sign = rule.higherIsBetter ? '≥' : '≤';
  const parts = rule.cutoffs.map((cut, i) => `${'ABCD'[i]} ${sign} ${show(rule, cut)}`);
  return `${parts.join(', ')}, else E`;
}

function show(rule: GradeRule, value: number): string {
  return rule.percent ? `${Math.round(value * 1000) / 10}%` : String(Math.round(value * 100) / 100);
}
