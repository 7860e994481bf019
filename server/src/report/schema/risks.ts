import { Type } from '@sinclair/typebox';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const RiskItem = Type.Object({
  rank: Type.Integer({ description: 'Rank across the repos of the report, by score.' }),
  repoId: Type.String(),
  path: Type.String(),
  score: Type.Number({ description: '`file_risk.score`: 0 to 100.' }),
  explanation: Type.String({
    description: 'The risk stage’s sentence: changes, complexity, who knows it, tests.',
  }),
  hotspotScore: Type.Number(),
  windowCommits: Type.Integer({ description: 'Changes in the configured window.' }),
  fixCommits: Type.Integer({ description: 'Of those, defect fixes.' }),
  codeLines: Type.Integer(),
  cyclomaticMax: Type.Union([Type.Integer(), Type.Null()]),
  authors: Type.Integer({ description: 'DOA authors.' }),
  activeAuthors: Type.Integer({ description: 'DOA authors still active.' }),
  mainAuthor: Type.Union([Type.String(), Type.Null()]),
  coverageBasis: Type.Union([Type.String(), Type.Null()], {
    description: '`measured`, `estimated` or NULL.',
  }),
  lineCoverage: NullableNumber,
});

export const TopRisks = Type.Object({
  source: Type.String({ description: 'Table the ranking comes from, and how it is ranked.' }),
  items: Type.Array(RiskItem),
});
