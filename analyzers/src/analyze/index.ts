export { analyzeRepo, type AnalyzeOptions, type AnalyzeResult } from './analyze-repo.ts';
export { listTreeEntries } from './read-tree.ts';
export type { StageTiming } from './stage-timer.ts';
