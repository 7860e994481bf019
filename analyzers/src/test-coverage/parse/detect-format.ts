import type { ReportFormat } from './report-file.ts';

/**
 * The format of a report, from its first few kilobytes (and its name where the content alone
 * cannot tell the two istanbul JSON files apart); null when it is none Diligent reads.
 */
export function detectFormat(head: string, fileName: string): ReportFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return xmlFormat(text);
  if (text.startsWith('{')) return jsonFormat(text, fileName);
  if (text.startsWith('mode:')) return 'go-cover';
  if (/^(?:TN|SF):/m.test(text.slice(0, 4096))) return 'lcov';
  return null;
}

function xmlFormat(text: string): ReportFormat | null {
  const root = /<([A-Za-z_][\w.-]*)([^>]*)>/.exec(text.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
  if (root === null) return null;
  const [, name, attributes = ''] = root;
  if (name === 'report') return 'jacoco';
  if (name !== 'coverage') return null;
  if (/\bclover=/.test(attributes) || /<project[\s>]/.test(text)) return 'clover';
  return 'cobertura';
}

function jsonFormat(text: string, fileName: string): ReportFormat | null {
  if (/coverage-summary\.json$/i.test(fileName)) return 'istanbul-summary';
  if (/"statementMap"\s*:/.test(text)) return 'istanbul-final';
  if (/"lines"\s*:\s*\{\s*"total"/.test(text)) return 'istanbul-summary';
  return /coverage-final\.json$/i.test(fileName) ? 'istanbul-final' : null;
}
