import type { TreeEntry } from '../../tree/list-tree.ts';

/**
 * Names coverage tools write by default. The generic ones (`coverage.xml`, `coverage.out`,
 * `coverage.txt`, `c.out`) are only kept when their content is a format Diligent reads.
 */
const reportNames = [
  /^lcov\.info$/i,
  /\.lcov$/i,
  /^(?:cobertura|cobertura-coverage|coverage\.cobertura)\.xml$/i,
  /^jacoco(?:TestReport)?\.xml$/i,
  /^clover\.xml$/i,
  /^coverage-(?:final|summary)\.json$/i,
  /^(?:cover|coverage)\.(?:out|profile)$/i,
  /^coverprofile$/i,
];

const genericNames = [/^coverage\.(?:xml|txt)$/i, /^c\.out$/i];

/** Folders whose reports are someone else's (installed or vendored packages). */
const foreignFolders = /(?:^|\/)(?:node_modules|vendor|third_party|bower_components)\//;

export interface CommittedReport {
  entry: TreeEntry;
  /** True for a generic name: skipped quietly when it is not a coverage report. */
  generic: boolean;
}

export function committedReports(entries: readonly TreeEntry[]): CommittedReport[] {
  const found: CommittedReport[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'file' && entry.kind !== 'executable') continue;
    if (foreignFolders.test(entry.path)) continue;
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
    if (reportNames.some((rule) => rule.test(name))) found.push({ entry, generic: false });
    else if (genericNames.some((rule) => rule.test(name))) found.push({ entry, generic: true });
  }
  return found;
}
