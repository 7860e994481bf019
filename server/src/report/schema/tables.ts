import { Type } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer | typeof Type.Boolean>>(
  t: T,
) => Type.Union([t, Type.Null()]);

export const FileRow = Type.Object({
  repoId: Type.String(),
  path: Type.String(),
  language: Nullable(Type.String()),
  category: Nullable(Type.String()),
  codeLines: Nullable(Type.Integer()),
  cyclomaticMax: Nullable(Type.Integer()),
  cognitiveMax: Nullable(Type.Integer()),
  measureStatus: Type.String(),
  revisions: Nullable(
    Type.Integer({ description: 'NULL for files people metrics leave out (generated, vendored, ...).' }),
  ),
  changesLastYear: Nullable(Type.Integer()),
  mainDeveloper: Nullable(Type.String()),
  authors: Nullable(Type.Integer()),
  isHotspot: Nullable(Type.Boolean()),
  isOrphaned: Nullable(Type.Boolean()),
  riskScore: Type.Union([Type.Number(), Type.Null()]),
  riskRank: Nullable(Type.Integer()),
});

export const HotspotRow = Type.Object({
  repoId: Type.String(),
  window: Type.String(),
  rank: Type.Integer(),
  path: Type.String(),
  score: Type.Number({ description: '`hotspots.score`: 0 to 100 in its repo.' }),
  windowCommits: Type.Integer(),
  fixCommits: Type.Integer(),
  authors: Type.Integer(),
  complexity: Type.Integer(),
  complexitySource: Type.String(),
  codeLines: Type.Integer(),
  isTop: Type.Boolean({ description: 'Among the top 5%.' }),
});

export const PersonRow = Type.Object({
  repoId: Type.String(),
  knowledgeRank: Type.Integer(),
  personId: Type.String(),
  name: Type.String(),
  status: Type.String(),
  commits: Type.Integer(),
  firstCommitAt: Nullable(Type.String()),
  lastCommitAt: Nullable(Type.String()),
  commitsLastYear: Type.Integer(),
  filesAuthored: Type.Integer(),
  hotspotFilesAuthored: Type.Integer(),
  linesAuthored: Type.Integer(),
  knowledgeShare: Type.Number(),
});

/** The detail behind the summary, one row per hotspot, file and person: the `csv` format's tables. */
export const DetailTables = Type.Object({
  hotspots: Type.Array(HotspotRow, { description: 'Every file changed in its repo’s configured window.' }),
  files: Type.Array(FileRow, { description: 'Every file of the pinned trees.' }),
  people: Type.Array(PersonRow, { description: 'Every person of every repo.' }),
});
