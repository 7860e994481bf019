import { Type } from '@sinclair/typebox';
import { Availability, Grade, IsoTime, Person } from './common.ts';

const Language = Type.Object({ language: Type.String(), files: Type.Integer(), codeLines: Type.Integer() });

const Month = Type.Object({ month: Type.String({ description: '`YYYY-MM`' }), commits: Type.Integer() });

export const Activity = Type.Object({
  commitsLast6Months: Type.Integer({
    description: 'Commits by people in the 182 days before the pinned commit.',
  }),
  commitsPrevious6Months: Type.Integer({ description: 'Commits by people in the 182 days before those.' }),
  trend: Type.String({
    description: '`growing`, `stable`, `declining`, `dormant` or `new` (docs/metrics.md).',
  }),
  monthly: Type.Array(Month, {
    description: 'Commits by people per month, the last 24 months to the pinned commit.',
  }),
});

const Coverage = Type.Object({
  measuredFiles: Type.Integer({ description: 'Source files with a coverage report.' }),
  estimatedFiles: Type.Integer({
    description: 'Source files whose coverage is estimated from test imports.',
  }),
  untestedFiles: Type.Integer({ description: 'Source files neither measured nor reached by a test.' }),
  measuredLineCoverage: Type.Union([Type.Number(), Type.Null()], {
    description: 'Lines hit over lines found, measured files only.',
  }),
  estimatedTestedShare: Type.Union([Type.Number(), Type.Null()], {
    description: 'Share of source files a test reaches (estimate).',
  }),
});

const RedFlag = Type.Object({
  code: Type.String({
    description: '`low-truck-factor`, `orphaned-code`, `dormant`, ... (`red_flags.code`).',
  }),
  severity: Type.String({ description: '`high`, `medium` or `low`.' }),
  subject: Type.String({ description: 'A path or package; empty for the whole repo or deal.' }),
  reason: Type.String({ description: 'One sentence with the numbers.' }),
});

const HotspotConcentration = Type.Object({
  window: Type.String({ description: 'The configured window (`1y` by default).' }),
  files: Type.Integer({ description: 'Files the people metrics look at.' }),
  topFiles: Type.Integer({ description: 'Files in the top 5% hotspots.' }),
  fileChanges: Type.Integer({ description: 'Changes to files in the window.' }),
  topFileChanges: Type.Integer({ description: 'Of those, changes to the top 5% hotspots.' }),
  concentration: Type.Union([Type.Number(), Type.Null()], {
    description: 'Hotspot concentration: `topFileChanges` / `fileChanges`.',
  }),
});

/** The executive summary of one repo, or of the whole deal (`repoId` null). */
export const AreaSummary = Type.Object({
  repoId: Type.Union([Type.String(), Type.Null()], { description: 'NULL for the whole deal.' }),
  name: Type.String(),
  size: Type.Object({
    files: Type.Integer({ description: 'Files in the tree of the pinned commit(s).' }),
    codeLines: Type.Integer({ description: 'Code lines, generated, vendored and minified files left out.' }),
    languages: Type.Array(Language),
  }),
  age: Type.Object({
    firstCommitAt: Type.Union([IsoTime, Type.Null()]),
    lastCommitAt: Type.Union([IsoTime, Type.Null()]),
    years: Type.Number({ description: 'From the first commit to the last, in years (one decimal).' }),
    commits: Type.Integer(),
  }),
  activity: Activity,
  contributors: Type.Object({
    people: Type.Integer(),
    active: Type.Integer(),
    former: Type.Integer(),
    activeLast90Days: Type.Integer(),
  }),
  truckFactor: Type.Object({
    value: Type.Union([Type.Integer(), Type.Null()]),
    files: Type.Integer(),
    people: Type.Array(Person, {
      description: 'The people whose departure orphans more than half the files.',
    }),
  }),
  coverage: Availability(Coverage),
  hotspots: Availability(HotspotConcentration),
  orphaned: Type.Object({
    lines: Type.Integer(),
    orphanedLines: Type.Integer(),
    files: Type.Integer(),
    orphanedFiles: Type.Integer(),
  }),
  dependencies: Type.Object({
    dependencies: Type.Integer({
      description: 'Distinct (ecosystem, name, version) dependencies, transitive included.',
    }),
    direct: Type.Integer({ description: 'Of those, declared by the project.' }),
    ecosystems: Type.Integer(),
    licenseFindings: Type.Object({ high: Type.Integer(), medium: Type.Integer(), low: Type.Integer() }),
  }),
  redFlags: Availability(Type.Array(RedFlag)),
  grades: Type.Array(Grade),
});
