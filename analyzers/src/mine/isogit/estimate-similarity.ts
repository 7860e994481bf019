import type { CommitBlobs } from './commit-blobs.ts';
import type { FileSpec } from './diff-trees.ts';
import { copiedBytes } from './span-hash.ts';
import { isRegularMode } from './tree-entry.ts';

/** Git's similarity scale: 60000 is identical; the default rename threshold is half of it. */
export const maxScore = 60000;
export const defaultRenameScore = 30000;

/**
 * Git's estimate_similarity(): how much of the larger file the smaller one could have supplied.
 * Only regular files take part (symlinks rename only when identical), and a pair whose sizes
 * differ too much to ever reach `minimumScore` scores 0 without being read. Unreadable is 0.
 */
export async function estimateSimilarity(
  blobs: CommitBlobs,
  src: FileSpec,
  dst: FileSpec,
  minimumScore: number,
): Promise<number> {
  if (!isRegularMode(src.mode) || !isRegularMode(dst.mode)) return 0;
  const [srcFacts, dstFacts] = [await blobs.factsOf(src), await blobs.factsOf(dst)];
  if (srcFacts === null || dstFacts === null) return 0;
  const maxSize = Math.max(srcFacts.size, dstFacts.size);
  const deltaSize = maxSize - Math.min(srcFacts.size, dstFacts.size);
  if (maxSize * (maxScore - minimumScore) < deltaSize * maxScore) return 0;
  const [srcSpans, dstSpans] = [await blobs.spansOf(src), await blobs.spansOf(dst)];
  if (srcSpans === null || dstSpans === null || dstFacts.size === 0) return 0;
  return Math.floor((copiedBytes(srcSpans, dstSpans) * maxScore) / maxSize);
}
