import { Type, type TSchema } from '@sinclair/typebox';

/** A value that may be missing from the analysis: the report says why instead of inventing one. */
export function Availability<T extends TSchema>(data: T) {
  return Type.Union([
    Type.Object({ available: Type.Literal(true), source: Type.String({ description: 'Table read.' }), data }),
    Type.Object({
      available: Type.Literal(false),
      reason: Type.String({ description: 'Why the data is absent, in one sentence.' }),
    }),
  ]);
}

export const IsoTime = Type.String({ description: 'ISO 8601 time (UTC).' });

export const Letter = Type.Union(
  ['A', 'B', 'C', 'D', 'E', 'n/a'].map((grade) => Type.Literal(grade)),
  { description: 'A (best) to E (worst); `n/a` when the data is absent.' },
);

export const Grade = Type.Object({
  area: Type.String({ description: 'What is graded: `key-people`, `orphaned-code`, `activity`, ...' }),
  grade: Letter,
  value: Type.Union([Type.Number(), Type.Null()], { description: 'The number the rule was applied to.' }),
  rule: Type.String({ description: 'The rule that produced the grade, with the number filled in.' }),
});

export const Person = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  status: Type.String({ description: '`active` or `former` (docs/metrics.md, "Status").' }),
});
