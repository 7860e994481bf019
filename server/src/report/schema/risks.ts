import { Type } from '@sinclair/typebox';

export const RiskItem = Type.Object({
  rank: Type.Integer(),
  repoId: Type.String(),
  path: Type.String(),
  explanation: Type.String({ description: 'One sentence built from the numbers beside it.' }),
  changesLastYear: Type.Integer(),
  revisions: Type.Integer(),
  codeLines: Type.Integer(),
  cyclomaticMax: Type.Union([Type.Integer(), Type.Null()]),
  authors: Type.Integer({ description: 'DOA authors.' }),
  activeAuthors: Type.Integer({ description: 'DOA authors still active.' }),
  mainDeveloper: Type.Union([Type.String(), Type.Null()]),
  fanIn: Type.Integer(),
});

export const TopRisks = Type.Object({
  source: Type.String({ description: 'Table the ranking comes from, and how it is ranked.' }),
  items: Type.Array(RiskItem),
});
