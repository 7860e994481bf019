export { analyzeRepo, type AnalyzeOptions, type AnalyzeResult } from './analyze-repo.ts';
export { listTreeEntries } from './record-tree.ts';
