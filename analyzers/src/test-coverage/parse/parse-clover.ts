import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { numberAttribute, parseXmlElements, type XmlElement } from './xml-elements.ts';

class CloverFile {
  readonly lines = new Map<number, boolean>();
  metrics: XmlElement | null = null;
  constructor(readonly reportPath: string) {}
}

/**
 * Clover XML (OpenClover, istanbul's clover reporter): a `<file>`'s `<metrics>` give statements,
 * conditionals (branches) and methods as the tool counted them; lines are its distinct
 * `<line num>` of type `stmt` or `cond`, hit when `count` is above zero. The path is the `path` attribute, else `name`.
 */
export async function parseClover(text: ReportText, onFile: ReportFileSink): Promise<void> {
  let file: CloverFile | null = null;
  await parseXmlElements(text, {
    open(element) {
      if (element.name === 'file')
        file = new CloverFile(element.attributes.path ?? element.attributes.name ?? '');
      else if (file === null) return;
      else if (element.name === 'metrics' && element.parents.at(-1) === 'file') file.metrics = element;
      else if (element.name === 'line') addLine(file, element);
    },
    close(element) {
      if (element.name !== 'file' || file === null) return;
      onFile(totals(file));
      file = null;
    },
  });
}

function addLine(file: CloverFile, element: XmlElement): void {
  const num = numberAttribute(element, 'num');
  if (num === null || element.attributes.type === 'method') return;
  // truecount/falsecount count branch outcomes; the line ran when `count` says so.
  const hit = (numberAttribute(element, 'count') ?? 0) > 0;
  file.lines.set(num, (file.lines.get(num) ?? false) || hit);
}

function totals(file: CloverFile): ReportFile {
  const metric = (name: string) =>
    file.metrics === null ? null : (numberAttribute(file.metrics, name) ?? 0);
  let linesHit = 0;
  for (const hit of file.lines.values()) if (hit) linesHit += 1;
  return {
    reportPath: file.reportPath,
    linesFound: file.lines.size,
    linesHit,
    branchesFound: metric('conditionals'),
    branchesHit: metric('coveredconditionals'),
    functionsFound: metric('methods'),
    functionsHit: metric('coveredmethods'),
    statementsFound: metric('statements'),
    statementsHit: metric('coveredstatements'),
  };
}
