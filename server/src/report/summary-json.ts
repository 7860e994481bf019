import { createHash } from 'node:crypto';
import type { Summary } from './schema/summary.ts';

/** The summary as the `json` format writes it: the exact bytes the other formats' SHA-256 names. */
export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What every renderer gets: the summary, and the digest of its JSON. */
export interface ReportData {
  summary: Summary;
  sha256: string;
}

export function reportData(summary: Summary): ReportData {
  return { summary, sha256: sha256Hex(summaryJson(summary)) };
}
