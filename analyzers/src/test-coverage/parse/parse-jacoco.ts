import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { numberAttribute, parseXmlElements, type XmlElement } from './xml-elements.ts';

type Counter = [found: number, hit: number];

/**
 * JaCoCo XML: each `<sourcefile>` of a `<package>` carries JaCoCo's own totals as `<counter>`s —
 * LINE, BRANCH and METHOD (missed + covered = found). The path is the package path and the file
 * name (`com/acme/Foo.java`). A file is handed on when it closes.
 */
export async function parseJacoco(text: ReportText, onFile: ReportFileSink): Promise<void> {
  let packagePath = '';
  let counters: Map<string, Counter> | null = null;
  let sourceFile = '';
  await parseXmlElements(text, {
    open(element) {
      if (element.name === 'package') packagePath = element.attributes.name ?? '';
      else if (element.name === 'sourcefile') {
        sourceFile = element.attributes.name ?? '';
        counters = new Map();
      } else if (element.name === 'counter' && element.parents.at(-1) === 'sourcefile' && counters !== null)
        counters.set(element.attributes.type ?? '', counterOf(element));
    },
    close(element) {
      if (element.name !== 'sourcefile' || counters === null) return;
      onFile(totals(packagePath === '' ? sourceFile : `${packagePath}/${sourceFile}`, counters));
      counters = null;
    },
  });
}

function counterOf(element: XmlElement): Counter {
  const missed = numberAttribute(element, 'missed') ?? 0;
  const covered = numberAttribute(element, 'covered') ?? 0;
  return [missed + covered, covered];
}

function totals(reportPath: string, counters: Map<string, Counter>): ReportFile {
  const [linesFound, linesHit] = counters.get('LINE') ?? [0, 0];
  const [branchesFound, branchesHit] = counters.get('BRANCH') ?? [0, 0];
  const [functionsFound, functionsHit] = counters.get('METHOD') ?? [0, 0];
  return {
    reportPath,
    linesFound,
    linesHit,
    branchesFound,
    branchesHit,
    functionsFound,
    functionsHit,
    statementsFound: null,
    statementsHit: null,
  };
}
