import { Type, type Static } from '@sinclair/typebox';
import { Appendix } from './appendix.ts';
import { IsoTime } from './common.ts';
import { AreaSummary } from './executive.ts';
import { PeopleSection } from './people.ts';
import { TopRisks } from './risks.ts';
import { DetailTables } from './tables.ts';

/** Bumped on any change a reader of the JSON would notice; docs/report-schema.json is generated from it. */
export const summaryVersion = 1;

export const Summary = Type.Object(
  {
    schema: Type.Literal('diligent-report'),
    version: Type.Literal(summaryVersion),
    toolVersion: Type.String(),
    asOf: Type.Union([IsoTime, Type.Null()], {
      description: 'Latest analysis time of the repos: the data is as of then.',
    }),
    repoIds: Type.Array(Type.String()),
    deal: AreaSummary,
    repos: Type.Array(AreaSummary),
    topRisks: TopRisks,
    people: PeopleSection,
    appendix: Appendix,
    tables: DetailTables,
  },
  {
    $id: 'urn:diligent:report:1',
    title: 'Diligent report',
    description: 'The diligence summary of a deal; every report format is rendered from it.',
  },
);

export type Summary = Static<typeof Summary>;
export type AreaSummary = Static<typeof AreaSummary>;
