import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { sbomMonorepo } from '@diligent/fixtures/scenarios';
import { runCli } from '../support/run-cli.ts';

describe('diligent sbom (the SBOM monorepo fixture, through the CLI)', () => {
  let dir: TempDir;
  let repo: TempRepo;
  let db: string;
  beforeAll(async () => {
    dir = await tempDir();
    repo = await gitdir(sbomMonorepo);
    db = join(dir.path, 'db');
    expect((await runCli(['analyze', repo.dir, '--db', db, '--name', 'shop'])).code).toBe(0);
  });
  afterAll(async () => {
    await Promise.all([dir.cleanup(), repo.cleanup()]);
  });

  it('writes a CycloneDX BOM to a file', async () => {
    const out = join(dir.path, 'bom.json');
    const run = await runCli(['sbom', '--db', db, '--repo', 'shop', '--format', 'cyclonedx', '--out', out]);
    expect(run).toMatchObject({
      code: 0,
      stdout: '',
      stderr: `wrote the CycloneDX 1.6 SBOM of 1 repo(s) to ${out}\n`,
    });
    const bom: unknown = JSON.parse(await readFile(out, 'utf8'));
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom).toHaveProperty('components.length', 20);
  });

  it('prints an SPDX document on stdout', async () => {
    const run = await runCli(['sbom', '--db', db, '--format', 'spdx']);
    expect(run.code).toBe(0);
    const doc: unknown = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ spdxVersion: 'SPDX-2.3', name: 'shop SBOM' });
    expect(doc).toHaveProperty('packages.length', 20);
  });

  it('exit 2 for a missing format or an unknown repo', async () => {
    expect(await runCli(['sbom', '--db', db])).toMatchObject({
      code: 2,
      stderr: 'diligent: sbom needs --format cyclonedx|spdx\n',
    });
    expect(await runCli(['sbom', '--db', db, '--format', 'spdx', '--repo', 'nope'])).toMatchObject({
      code: 2,
      stderr: "diligent: no repo 'nope' in the deal\n",
    });
  });
});
