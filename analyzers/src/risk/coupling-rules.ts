/** code-maat's defaults, which the issue adopts: see docs/metrics.md, "Change coupling". */
export const couplingRules = {
  /** Commits changing more files than this are left out (code-maat `--max-changeset-size`). */
  maxChangesetFiles: 30,
  /** Pairs need at least this many shared commits (`--min-shared-revs`). */
  minSharedCommits: 5,
  /** And a degree of at least this many percent (`--min-coupling`). */
  minDegreePercent: 30,
} as const;

export const couplingParams = {
  max_files: couplingRules.maxChangesetFiles,
  min_shared: couplingRules.minSharedCommits,
  min_degree: couplingRules.minDegreePercent,
};
