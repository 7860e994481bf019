// The UI's view of the API: row types come from the same query shapes the server publishes
// (type-only imports, erased at build), with dates as the ISO strings JSON carries.
import type { RowOf, Table } from '@diligent/analyzers/schema';
import type { repoOverviewRow } from '../../../server/src/queries/repo-overview.ts';
import type { repoLanguageRow } from '../../../server/src/queries/repo-languages.ts';
import type { mapFileRow } from '../../../server/src/queries/map-files.ts';
import type { fileDetailRow } from '../../../server/src/queries/file-detail.ts';
import type { fileFunctionRow } from '../../../server/src/queries/file-functions.ts';
import type { monthlyChangeRow } from '../../../server/src/queries/file-monthly-changes.ts';
import type { fileAuthorRow } from '../../../server/src/queries/file-authors.ts';
import type { coupledFileRow } from '../../../server/src/queries/file-coupling.ts';
import type { fileWarningRow } from '../../../server/src/queries/file-warnings.ts';
import type { personRow } from '../../../server/src/queries/list-people.ts';
import type { identityRow } from '../../../server/src/queries/person-identities.ts';
import type { truckFactorRow } from '../../../server/src/queries/repo-truck-factor.ts';
import type { orphanedPathRow } from '../../../server/src/queries/orphaned-after-departure.ts';
import type { couplingPairRow } from '../../../server/src/queries/coupling-pairs.ts';
import type { componentPairRow } from '../../../server/src/queries/component-coupling-pairs.ts';
import type { dependencyRow } from '../../../server/src/queries/list-dependencies.ts';
import type { licenseFindingRow } from '../../../server/src/queries/repo-license-findings.ts';
import type { trendRow } from '../../../server/src/queries/repo-trends.ts';
import type { departureImpact } from '@diligent/analyzers/people';

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
export type Row<T extends Table> = Json<RowOf<T>>;

export type RepoOverview = Row<typeof repoOverviewRow>;
export type RepoLanguage = Row<typeof repoLanguageRow>;
export type MapFile = Row<typeof mapFileRow>;
/** The map as the API sends it: one array per column. */
export type MapColumns = { [K in keyof MapFile]: MapFile[K][] };
export type FileDetail = Row<typeof fileDetailRow>;
export type FileFunction = Row<typeof fileFunctionRow>;
export type MonthlyChange = Row<typeof monthlyChangeRow>;
export type FileAuthor = Row<typeof fileAuthorRow>;
export type CoupledFile = Row<typeof coupledFileRow>;
export type FileWarning = Row<typeof fileWarningRow>;
export type Person = Row<typeof personRow>;
export type Identity = Row<typeof identityRow>;
export type TruckFactor = Row<typeof truckFactorRow>;
export type OrphanedPath = Row<typeof orphanedPathRow>;
export type CouplingPair = Row<typeof couplingPairRow>;
export type ComponentPair = Row<typeof componentPairRow>;
export type Dependency = Row<typeof dependencyRow>;
export type LicenseFinding = Row<typeof licenseFindingRow>;
export type TrendMonth = Row<typeof trendRow>;

export interface Overview {
  repos: RepoOverview[];
  languages: RepoLanguage[];
}

export interface FileReport {
  file: FileDetail;
  functions: FileFunction[];
  monthly: MonthlyChange[];
  authors: FileAuthor[];
  coupled: CoupledFile[];
  warnings: FileWarning[];
}

export interface Page<T> {
  total: number;
  rows: T[];
}

interface TruckFactorResult {
  truckFactor: number;
  people: string[];
  fileCount: number;
}

export interface Departures {
  leaving: { repo_id: string; person_id: string; name: string }[];
  unknownEmails: string[];
  impacts: Row<typeof departureImpact>[];
  truckFactors: {
    repoId: string | null;
    scope: string;
    before: TruckFactorResult;
    after: TruckFactorResult;
  }[];
  orphaned: OrphanedPath[];
}
