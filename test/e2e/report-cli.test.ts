import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo, tempDir, type TempDir } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

describe('diligent report (the demo fixture, through the CLI)', () => {
  let db: TempDir;
  let out: TempDir;
  beforeAll(async () => {
    db = await tempDir();
    out = await tempDir();
    // Not `diligent demo`: it builds in one shared temp folder, which parallel runs would race on.
    const repo = join(out.path, 'repo');
    await buildRepo(demo, repo);
    expect((await runCli(['analyze', repo, '--db', db.path, '--name', 'demo'])).code).toBe(0);
  });
  afterAll(async () => {
    await db.cleanup();
    await out.cleanup();
  });

  it('prints the JSON summary, and the Markdown names its SHA-256', async () => {
    const json = await runCli(['report', '--db', db.path, '--format', 'json']);
    expect(json.code).toBe(0);
    const summary: unknown = JSON.parse(json.stdout);
    expect(summary).toMatchObject({ schema: 'diligent-report', version: 1, repoIds: ['demo'] });
    const md = await runCli(['report', '--db', db.path, '--repo', 'demo', '--format', 'md']);
    expect(md.stdout).toContain(createHash('sha256').update(json.stdout).digest('hex'));
  });

  it('writes the CSV tables into a folder and the PDF into a file', async () => {
    const csv = await runCli(['report', '--db', db.path, '--format', 'csv', '--out', join(out.path, 'csv')]);
    expect(csv.code).toBe(0);
    expect((await readdir(join(out.path, 'csv'))).sort()).toEqual([
      'files.csv',
      'hotspots.csv',
      'people.csv',
    ]);
    const pdf = await runCli([
      'report',
      '--db',
      db.path,
      '--format',
      'pdf',
      '--out',
      join(out.path, 'r.pdf'),
    ]);
    expect(pdf.code).toBe(0);
    expect((await readFile(join(out.path, 'r.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown repo and a missing format', async () => {
    const unknown = await runCli(['report', '--db', db.path, '--repo', 'nope', '--format', 'md']);
    expect(unknown).toMatchObject({ code: 3, stdout: '' });
    expect(unknown.stderr).toBe('diligent: no repo nope in the database (repos: demo)\n');
    const noFormat = await runCli(['report', '--db', db.path]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toBe('diligent: report needs --format md|html|pdf|json|csv\n');
  });

  it('prints the JSON schema docs/report-schema.json holds', async () => {
    const schema = await runCli(['report', '--json-schema']);
    expect(schema.stdout).toBe(
      await readFile(new URL('../../docs/report-schema.json', import.meta.url), 'utf8'),
    );
  });
});
