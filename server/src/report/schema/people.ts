import { Type } from '@sinclair/typebox';

export const KeyPerson = Type.Object({
  rank: Type.Integer(),
  personId: Type.String(),
  name: Type.String(),
  status: Type.String(),
  repos: Type.Array(Type.String()),
  knowledge: Type.Number({ description: 'Σ `people.knowledge` over their repos.' }),
  filesAuthored: Type.Integer(),
  hotspotFilesAuthored: Type.Integer(),
  lastCommitAt: Type.Union([Type.String(), Type.Null()]),
});

const Concentration = Type.Object({
  repoId: Type.String(),
  people: Type.Integer(),
  top1Share: Type.Number({ description: 'Knowledge share of the person ranked 1.' }),
  top3Share: Type.Number({ description: 'Knowledge share of the three people ranked first.' }),
});

const OrphanedScope = Type.Object({
  repoId: Type.String(),
  scope: Type.String(),
  files: Type.Integer(),
  orphanedFiles: Type.Integer(),
  lines: Type.Integer(),
  orphanedLines: Type.Integer(),
});

const ImpactRow = Type.Object({
  repoId: Type.String(),
  scope: Type.String(),
  files: Type.Integer(),
  lines: Type.Integer(),
  orphanedFilesBefore: Type.Integer(),
  orphanedFilesAfter: Type.Integer(),
  orphanedLinesBefore: Type.Integer(),
  orphanedLinesAfter: Type.Integer(),
});

const TruckFactorAfter = Type.Object({
  repoId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Integer(),
  after: Type.Integer(),
});

export const PeopleSection = Type.Object({
  keyPeople: Type.Array(KeyPerson, {
    description: 'The deal’s people ranked by knowledge (active first to retain).',
  }),
  concentration: Type.Array(Concentration),
  orphaned: Type.Array(OrphanedScope, {
    description: 'Repos, then directories with the most orphaned lines.',
  }),
  offboarding: Type.Object({
    leaving: Type.Array(Type.Object({ personId: Type.String(), name: Type.String() }), {
      description: 'The two active people with the most knowledge across the deal.',
    }),
    truckFactors: Type.Array(TruckFactorAfter),
    impacts: Type.Array(ImpactRow, { description: 'Repos, then their top-level directories.' }),
  }),
});
