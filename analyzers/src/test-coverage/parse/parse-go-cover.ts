import { MalformedReportError, TruncatedReportError } from './report-errors.ts';
import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { detached, textLines } from './text-lines.ts';

/** One block: `file.go:startLine.startCol,endLine.endCol statements count`. */
const blockLine = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

interface Block {
  startLine: number;
  endLine: number;
  statements: number;
  count: number;
}

/**
 * Go `coverprofile`, totalled as `go tool cover -func` does: statements of the distinct blocks
 * (a block listed twice, as merged profiles list it, counts once with the counts added), hit when
 * its count is above zero. Lines are the distinct lines the blocks span, hit when a hit block
 * spans them; Go records no branches or functions.
 */
export async function parseGoCover(text: ReportText, onFile: ReportFileSink): Promise<void> {
  const files = new Map<string, Map<string, Block>>();
  const faults: string[] = [];
  let lineNumber = 0;
  for await (const batch of textLines(text))
    for (const line of batch) {
      lineNumber += 1;
      if (line.startsWith('mode:') || line.trim() === '') continue;
      const match = blockLine.exec(line);
      if (match === null) {
        faults.push(`line ${lineNumber}: ${JSON.stringify(line.slice(0, 40))}`);
        continue;
      }
      const [, path = '', startLine, , endLine, , statements, count] = match;
      addBlock(files, detached(path), match.slice(2, 6).join(','), {
        startLine: Number(startLine),
        endLine: Number(endLine),
        statements: Number(statements),
        count: Number(count),
      });
    }
  for (const [path, blocks] of files) onFile(totals(path, blocks));
  if (faults.length === 1 && faults[0]?.startsWith(`line ${lineNumber}:`))
    throw new TruncatedReportError(`the last line is cut short: ${faults[0]}`);
  if (faults.length > 0)
    throw new MalformedReportError(`${faults.length} unreadable line(s); first at ${faults[0]}`);
}

function addBlock(files: Map<string, Map<string, Block>>, path: string, key: string, block: Block): void {
  const blocks = files.get(path) ?? new Map<string, Block>();
  files.set(path, blocks);
  const before = blocks.get(key);
  blocks.set(key, before === undefined ? block : { ...before, count: before.count + block.count });
}

function totals(reportPath: string, blocks: Map<string, Block>): ReportFile {
  const lines = new Map<number, boolean>();
  let statementsFound = 0;
  let statementsHit = 0;
  for (const block of blocks.values()) {
    statementsFound += block.statements;
    if (block.count > 0) statementsHit += block.statements;
    for (let line = block.startLine; line <= block.endLine; line += 1)
      lines.set(line, (lines.get(line) ?? false) || block.count > 0);
  }
  let linesHit = 0;
  for (const hit of lines.values()) if (hit) linesHit += 1;
  return {
    reportPath,
    linesFound: lines.size,
    linesHit,
    branchesFound: null,
    branchesHit: null,
    functionsFound: null,
    functionsHit: null,
    statementsFound,
    statementsHit,
  };
}
