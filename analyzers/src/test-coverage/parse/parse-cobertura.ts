import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { numberAttribute, parseXmlElements, type XmlElement } from './xml-elements.ts';

interface LineState {
  hit: boolean;
  branchesFound: number;
  branchesHit: number;
}

class CoberturaFile {
  readonly lines = new Map<number, LineState>();
  methods = 0;
  methodsHit = 0;
}

/**
 * Cobertura XML (coverage.py, coverlet, istanbul, gcovr...). A file's totals gather every
 * `<class filename>` naming it: its distinct `class/lines/line` numbers (hit when `hits > 0`), the
 * `condition-coverage="50% (1/2)"` of branch lines, and its `<method>`s, hit when one of their
 * lines is. Files are handed on when their `<package>` closes.
 */
export async function parseCobertura(text: ReportText, onFile: ReportFileSink): Promise<void> {
  const files = new Map<string, CoberturaFile>();
  let current: CoberturaFile | null = null;
  let methodHit: boolean | null = null;
  await parseXmlElements(text, {
    open(element) {
      if (element.name === 'class') current = fileOf(files, element.attributes.filename ?? '');
      else if (element.name === 'method' && current !== null) methodHit = false;
      else if (element.name === 'line' && current !== null) {
        if (methodHit !== null) methodHit ||= (numberAttribute(element, 'hits') ?? 0) > 0;
        else addLine(current, element);
      }
    },
    close(element) {
      if (element.name === 'method' && current !== null && methodHit !== null) {
        current.methods += 1;
        if (methodHit) current.methodsHit += 1;
        methodHit = null;
      } else if (element.name === 'class') current = null;
      else if (element.name === 'package' || element.name === 'coverage') flush(files, onFile);
    },
  });
}

function fileOf(files: Map<string, CoberturaFile>, filename: string): CoberturaFile {
  const known = files.get(filename);
  if (known !== undefined) return known;
  const created = new CoberturaFile();
  files.set(filename, created);
  return created;
}

function addLine(file: CoberturaFile, element: XmlElement): void {
  const number = numberAttribute(element, 'number');
  if (number === null) return;
  const [hit, found] = conditions(element.attributes['condition-coverage']);
  const before = file.lines.get(number);
  file.lines.set(number, {
    hit: (before?.hit ?? false) || (numberAttribute(element, 'hits') ?? 0) > 0,
    branchesFound: Math.max(before?.branchesFound ?? 0, element.attributes.branch === 'true' ? found : 0),
    branchesHit: Math.max(before?.branchesHit ?? 0, element.attributes.branch === 'true' ? hit : 0),
  });
}

/** `50% (1/2)` → [1, 2]. */
function conditions(value: string | undefined): [number, number] {
  const match = /\((\d+)\/(\d+)\)/.exec(value ?? '');
  return match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
}

function flush(files: Map<string, CoberturaFile>, onFile: ReportFileSink): void {
  for (const [reportPath, file] of files) onFile(totals(reportPath, file));
  files.clear();
}

function totals(reportPath: string, file: CoberturaFile): ReportFile {
  let linesHit = 0;
  let branchesFound = 0;
  let branchesHit = 0;
  for (const line of file.lines.values()) {
    if (line.hit) linesHit += 1;
    branchesFound += line.branchesFound;
    branchesHit += line.branchesHit;
  }
  return {
    reportPath,
    linesFound: file.lines.size,
    linesHit,
    branchesFound,
    branchesHit,
    functionsFound: file.methods,
    functionsHit: file.methodsHit,
    statementsFound: null,
    statementsHit: null,
  };
}
