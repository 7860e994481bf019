export { analyzeRepo, type AnalyzeOptions, type AnalyzeResult } from './analyze-repo.ts';
