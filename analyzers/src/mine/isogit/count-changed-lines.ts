import { classifyLines } from './xdiff-classify.ts';
import { prepareForMyers, type PreparedFile } from './xdiff-prepare.ts';
import { createSplitContext, splitBox, type Box, type SplitContext } from './xdiff-split.ts';

export interface LineCounts {
  added: number;
  deleted: number;
}

/**
 * `git diff --numstat` line counts for two texts: xdiff's Myers diff (git's default algorithm,
 * without --minimal) with its preparation and cut-off heuristics, counting the changed lines on
 * each side. Hunk sliding and the indent heuristic move changes but never change how many.
 */
export function countChangedLines(oldContent: Uint8Array, newContent: Uint8Array): LineCounts {
  // Against an empty side every line of the other one changes; no need to diff.
  if (oldContent.length === 0 || newContent.length === 0) {
    return { added: countLines(newContent), deleted: countLines(oldContent) };
  }
  const [file1, file2] = prepareForMyers(classifyLines(oldContent, newContent));
  markChanges(file1, file2);
  return { added: countMarked(file2.changed), deleted: countMarked(file1.changed) };
}

interface PendingBox extends Box {
  needMinimal: boolean;
}

/** xdl_recs_cmp(), with an explicit stack instead of recursion so huge files cannot overflow. */
function markChanges(file1: PreparedFile, file2: PreparedFile): void {
  const context = createSplitContext(file1.classes, file2.classes);
  const pending: PendingBox[] = [
    { off1: 0, lim1: file1.classes.length, off2: 0, lim2: file2.classes.length, needMinimal: false },
  ];
  for (let box = pending.pop(); box; box = pending.pop()) {
    shrinkBySnakes(context, box);
    if (box.off1 === box.lim1) markRange(file2, box.off2, box.lim2);
    else if (box.off2 === box.lim2) markRange(file1, box.off1, box.lim1);
    else {
      const cut = splitBox(context, box, box.needMinimal);
      pending.push({
        off1: cut.i1,
        lim1: box.lim1,
        off2: cut.i2,
        lim2: box.lim2,
        needMinimal: cut.minimalHigh,
      });
      pending.push({
        off1: box.off1,
        lim1: cut.i1,
        off2: box.off2,
        lim2: cut.i2,
        needMinimal: cut.minimalLow,
      });
    }
  }
}

function shrinkBySnakes({ ha1, ha2 }: SplitContext, box: Box): void {
  while (box.off1 < box.lim1 && box.off2 < box.lim2 && ha1[box.off1] === ha2[box.off2]) {
    box.off1 += 1;
    box.off2 += 1;
  }
  while (box.off1 < box.lim1 && box.off2 < box.lim2 && ha1[box.lim1 - 1] === ha2[box.lim2 - 1]) {
    box.lim1 -= 1;
    box.lim2 -= 1;
  }
}

function markRange(file: PreparedFile, from: number, to: number): void {
  for (let i = from; i < to; i += 1) file.changed[file.recordOf[i] ?? 0] = 1;
}

/** Lines as xdiff cuts them: one per newline, plus a last one without. */
function countLines(content: Uint8Array): number {
  let count = 0;
  for (let at = content.indexOf(0x0a); at !== -1; at = content.indexOf(0x0a, at + 1)) count += 1;
  return content.length > 0 && content[content.length - 1] !== 0x0a ? count + 1 : count;
}

function countMarked(changed: Uint8Array): number {
  let count = 0;
  for (const mark of changed) count += mark;
  return count;
}
