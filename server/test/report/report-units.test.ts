import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { activityTrend } from '../../src/report/build/activity-trend.ts';
import { grade, gradeRules } from '../../src/report/build/grade-rules.ts';
import { metricDefinitions } from '../../src/report/build/metric-catalog.ts';
import { stripCredentials } from '../../src/report/build/strip-credentials.ts';
import { csvCell } from '../../src/report/render/csv-cell.ts';
import { escapeMarkdown } from '../../src/report/render/escape-markdown.ts';
import { escapeHtml } from '../../src/report/render/html-template.ts';
import { reportSchemaJson } from '../../src/report/index.ts';

describe('report building blocks', () => {
  it('neutralises CSV cells that would start a formula, and quotes what needs quoting', () => {
    expect(
      ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', 'a,b', 'say "hi"', 'plain', 3, null, true].map(csvCell),
    ).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"a,b"',
      '"say ""hi"""',
      'plain',
      '3',
      '',
      'true',
    ]);
  });

  it('escapes Markdown syntax, HTML and line breaks', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) `g` <h> & #i\nj')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\`g\\` &lt;h&gt; &amp; \\#i j',
    );
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('removes user info from URLs', () => {
    expect(stripCredentials('https://user:secret@example.com/r.git')).toBe('https://example.com/r.git');
    expect(stripCredentials('https://example.com/a@b')).toBe('https://example.com/a@b');
    expect(stripCredentials('/srv/repos/x')).toBe('/srv/repos/x');
  });

  it('grades at the cut-offs, both ways', () => {
    const tf = (n: number) => grade(gradeRules.keyPeople, n).grade;
    expect([5, 4, 3, 2, 1, 0].map(tf)).toEqual(['A', 'A', 'B', 'C', 'D', 'E']);
    const orphaned = (share: number) => grade(gradeRules.orphanedCode, share).grade;
    expect([0, 0.1, 0.11, 0.25, 0.4, 0.6, 0.61].map(orphaned)).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'E']);
    expect(grade(gradeRules.orphanedCode, 0.497).rule).toBe(
      'share of code lines with no active author = 49.7% → D (A ≤ 10%, B ≤ 25%, C ≤ 40%, D ≤ 60%, else E)',
    );
    expect(grade(gradeRules.testing, null, 'coverage not analyzed')).toEqual({
      area: 'testing',
      grade: 'n/a',
      value: null,
      rule: 'measured line coverage, else the share of source files a test reaches: coverage not analyzed',
    });
  });

  it('names the activity trend', () => {
    expect([
      activityTrend(0, 5),
      activityTrend(3, 0),
      activityTrend(5, 4),
      activityTrend(3, 4),
      activityTrend(10, 4),
    ]).toEqual(['dormant', 'new', 'growing', 'declining', 'growing']);
    expect(activityTrend(4, 4)).toBe('stable');
  });

  it('links every metric to a heading of docs/metrics.md', async () => {
    const docs = await readFile(new URL('../../../docs/metrics.md', import.meta.url), 'utf8');
    const anchors = new Set([...docs.matchAll(/^#+ (.+)$/gm)].map((m) => githubAnchor(m[1] ?? '')));
    const missing = metricDefinitions().filter((m) => !anchors.has(m.doc.replace('docs/metrics.md#', '')));
    expect(missing).toEqual([]);
  });

  it('publishes the JSON schema that docs/report-schema.json holds', async () => {
    const published = await readFile(new URL('../../../docs/report-schema.json', import.meta.url), 'utf8');
    expect(published).toBe(reportSchemaJson());
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function githubAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
