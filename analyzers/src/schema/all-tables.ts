import { analysisWarnings } from './tables/analysis-warnings.ts';
import { authors } from './tables/authors.ts';
import { commitCoauthors } from './tables/commit-coauthors.ts';
import { commits } from './tables/commits.ts';
import { fileChanges } from './tables/file-changes.ts';
import { files } from './tables/files.ts';
import { functions } from './tables/functions.ts';
import { imports } from './tables/imports.ts';
import { repos } from './tables/repos.ts';
import { identities } from './tables/identities.ts';
import { people } from './tables/people.ts';
import { fileOwnership } from './tables/file-ownership.ts';
import { fileAuthorship } from './tables/file-authorship.ts';
import { truckFactor } from './tables/truck-factor.ts';
import { orphanedCode } from './tables/orphaned-code.ts';
import { contributorActivity } from './tables/contributor-activity.ts';
import { aiAssistedCommits } from './tables/ai-assisted-commits.ts';
import { peopleSummary } from './tables/people-summary.ts';
import { hotspots } from './tables/hotspots.ts';
import { hotspotSummary } from './tables/hotspot-summary.ts';
import { coupling } from './tables/coupling.ts';
import { componentCoupling } from './tables/component-coupling.ts';
import { fileRisk } from './tables/file-risk.ts';
import { directoryRisk } from './tables/directory-risk.ts';
import { redFlags } from './tables/red-flags.ts';
import { trends } from './tables/trends.ts';
import { coverageReports } from './tables/coverage-reports.ts';
import { fileCoverage } from './tables/file-coverage.ts';
import { coverageUnmapped } from './tables/coverage-unmapped.ts';
import { testReach } from './tables/test-reach.ts';
import { fileTestStatus } from './tables/file-test-status.ts';
import { coverageRollup } from './tables/coverage-rollup.ts';
import { dependencies } from './tables/dependencies.ts';
import { licenses } from './tables/licenses.ts';
import { licenseFindings } from './tables/license-findings.ts';

/** Every table of a repo database, in the order they are documented and created. */
export const allTables = [
  repos,
  commits,
  commitCoauthors,
  fileChanges,
  authors,
  files,
  functions,
  imports,
  identities,
  people,
  fileOwnership,
  fileAuthorship,
  truckFactor,
  orphanedCode,
  contributorActivity,
  aiAssistedCommits,
  peopleSummary,
  hotspots,
  hotspotSummary,
  coupling,
  componentCoupling,
  fileRisk,
  directoryRisk,
  redFlags,
  trends,
  dependencies,
  licenses,
  licenseFindings,
  analysisWarnings,
  coverageReports,
  fileCoverage,
  coverageUnmapped,
  testReach,
  fileTestStatus,
  coverageRollup,
] as const;
