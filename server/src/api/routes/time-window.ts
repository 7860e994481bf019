import { Type } from '@sinclair/typebox';

export const windows = { all: 0, '3m': 3, '6m': 6, '12m': 12, '24m': 24 } as const;

export const windowSchema = Type.Union(
  Object.keys(windows).map((w) => Type.Literal(w)),
  { default: '12m', description: 'How far back change counts go, from the pinned commit: `all` or months.' },
);

const monthsOf = new Map<string, number>(Object.entries(windows));

export function windowMonths(window: string): number {
  return monthsOf.get(window) ?? 12;
}
