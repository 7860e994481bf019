import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageURL } from 'packageurl-js';
import { gitdir, tempDir, type TempDir, type TempRepo } from '@diligent/fixtures';
import { sbomMonorepo, sbomSibling } from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../../src/analyze/index.ts';
import { openLocalRepo } from '../../src/source/index.ts';
import { openDeal } from '../../src/deal/open-deal.ts';
import type { DealReader } from '../../src/store/index.ts';
import { readDependencyOverview, readVersionDrift, sbomDocument } from '../../src/dependencies/index.ts';
import { cycloneDx16Validator, spdx23Validator } from './support/sbom-schemas.ts';

const fixed = { timestamp: new Date('2024-06-01T12:00:00Z'), uuid: '3e671687-395b-41f5-a30f-a58921a69b79' };

describe('analyze: dependencies and licenses of a monorepo (a project per ecosystem)', () => {
  let db: TempDir;
  let repos: TempRepo[];
  let reader: DealReader;
  const rows = async (sql: string) =>
    (await reader.run(sql)).getRowsJS().map((r) => r.map((v) => (v === null ? '-' : String(v))).join(' '));

  beforeAll(async () => {
    db = await tempDir('diligent-db-');
    repos = [await gitdir(sbomMonorepo), await gitdir(sbomSibling)];
    for (const [i, repo] of repos.entries()) {
      await analyzeRepo(await openLocalRepo(repo.dir), { dbDir: db.path, name: ['shop', 'sibling'][i] });
    }
    reader = await openDeal(db.path);
  });
  afterAll(async () => {
    await reader.close();
    await Promise.all([db.cleanup(), ...repos.map((r) => r.cleanup())]);
  });

  it('inventories every manifest and lock file of the tree, vendored ones left out', async () => {
    expect(
      await rows(`SELECT manifest_path, ecosystem, name, version, is_direct, scope, license_class
        FROM dependencies WHERE repo_id = 'shop' ORDER BY ALL`),
    ).toEqual([
      'apps/dotnet/packages.lock.json nuget Serilog 3.1.1 true runtime -',
      'apps/dotnet/packages.lock.json nuget System.Memory 4.5.5 false runtime -',
      'apps/legacy/Gemfile.lock gem rack 3.0.8 false runtime -',
      'apps/legacy/Gemfile.lock gem sinatra 3.1.0 true runtime -',
      'apps/php/composer.lock composer phpmailer/phpmailer v6.9.1 true runtime weak-copyleft',
      'crates/core/Cargo.lock cargo serde 1.0.193 true runtime -',
      'package-lock.json npm accepts 1.3.8 false runtime permissive',
      'package-lock.json npm express 4.18.2 true runtime permissive',
      'package-lock.json npm react 18.2.0 true runtime permissive',
      'package-lock.json npm readline-gpl 0.2.0 false runtime strong-copyleft',
      'package-lock.json npm vitest 1.0.4 true dev permissive',
      'services/api/uv.lock pypi fastapi 0.104.1 true runtime -',
      'services/api/uv.lock pypi pytest 7.4.3 true dev -',
      'services/api/uv.lock pypi starlette 0.27.0 false runtime -',
      'services/billing/pom.xml maven junit:junit 4.13.2 true dev -',
      'services/billing/pom.xml maven org.slf4j:slf4j-api 2.0.9 true runtime -',
      'services/worker/go.mod golang github.com/google/uuid v1.5.0 true runtime -',
      'services/worker/go.mod golang golang.org/x/net v0.19.0 false runtime -',
      'services/worker/go.sum golang golang.org/x/text v0.14.0 false runtime -',
    ]);
  });

  it('writes valid package URLs, with a version only when it is resolved', async () => {
    const found = await rows(`SELECT purl, is_resolved FROM dependencies ORDER BY purl`);
    for (const line of found) {
      const [purl = '', resolved] = line.split(' ');
      expect(PackageURL.fromString(purl).version === undefined).toBe(resolved === 'false');
    }
    expect(found).toContain('pkg:maven/org.slf4j/slf4j-api false');
    expect(found).toContain('pkg:golang/github.com/google/uuid@v1.5.0 true');
  });

  it('warns about the malformed manifest and still reads the rest', async () => {
    // The JSON parser's own words vary with the Node version (22 adds the line and column).
    const warnings = await rows(`SELECT repo_id, kind, path, message FROM analysis_warnings ORDER BY ALL`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^shop malformed-manifest broken\/package.json not valid JSON: Expected property name or '}' in JSON at position 42/,
    );
    expect(await rows(`SELECT repo_id, warning_count FROM repos ORDER BY repo_id`)).toEqual([
      'shop 1',
      'sibling 0',
    ]);
  });

  it('identifies license files, declared licenses and vendored code licenses', async () => {
    expect(
      await rows(`SELECT path, origin, component, license_id, method, score, license_class
        FROM licenses WHERE repo_id = 'shop' AND origin <> 'dependency' ORDER BY ALL`),
    ).toEqual([
      'LICENSE repo  MIT text-match 1 permissive',
      'crates/core/Cargo.toml project crates/core MIT OR Apache-2.0 declared - permissive',
      'licenses/LICENSE.bundled license-file licenses MIT text-contained 1 permissive',
      'licenses/LICENSE.bundled license-file licenses Zlib text-contained 0.985 permissive',
      'package.json project  MIT declared - permissive',
      'packages/ui/package.json project packages/ui MIT declared - permissive',
      'services/api/pyproject.toml project services/api Apache-2.0 declared - permissive',
      'services/billing/LICENSE license-file services/billing - text-match 0.077 unknown',
      'vendor/gplfoo/foo.c vendored vendor/gplfoo GPL-2.0-only spdx-header - strong-copyleft',
      'vendor/lib/package.json vendored vendor/lib ISC declared - permissive',
      'vendor/mystery vendored vendor/mystery - none - unknown',
      'vendor/zlib/LICENSE vendored vendor/zlib Zlib text-match 0.992 permissive',
    ]);
  });

  it('raises copyleft and unknown vendored licenses as findings, with where they come from', async () => {
    expect(
      await rows(`SELECT code, severity, license_id, path, component FROM license_findings
        WHERE repo_id = 'shop' ORDER BY ALL`),
    ).toEqual([
      'copyleft-dependency high GPL-3.0-only package-lock.json readline-gpl@0.2.0',
      'copyleft-dependency medium LGPL-2.1-only apps/php/composer.lock phpmailer/phpmailer@v6.9.1',
      'copyleft-vendored high GPL-2.0-only vendor/gplfoo/foo.c vendor/gplfoo',
      'unknown-vendored-license low - vendor/mystery vendor/mystery',
    ]);
  });

  it('raises copyleft findings as red flags, with their files as evidence', async () => {
    expect(
      await rows(`SELECT code, severity, subject, message, paths, evidence FROM red_flags
        WHERE repo_id = 'shop' AND code LIKE 'copyleft-%' ORDER BY ALL`),
    ).toEqual([
      'copyleft-dependency high readline-gpl@0.2.0 Dependency readline-gpl@0.2.0 is licensed GPL-3.0-only (strong-copyleft) package-lock.json GPL-3.0-only',
      'copyleft-dependency medium phpmailer/phpmailer@v6.9.1 Dependency phpmailer/phpmailer@v6.9.1 is licensed LGPL-2.1-only (weak-copyleft) apps/php/composer.lock LGPL-2.1-only',
      'copyleft-vendored high vendor/gplfoo Vendored code vendor/gplfoo is licensed GPL-2.0-only (strong-copyleft) vendor/gplfoo/foo.c GPL-2.0-only',
    ]);
  });

  it('finds the same package at different versions across the deal', async () => {
    expect(await readVersionDrift(reader)).toEqual([
      {
        ecosystem: 'npm',
        name: 'express',
        version_count: 2,
        repo_count: 2,
        versions: ['4.17.1', '4.18.2'],
        repo_ids: ['shop', 'sibling'],
      },
    ]);
  });

  it('counts dependencies, ecosystems and findings per repo', async () => {
    expect(await readDependencyOverview(reader)).toEqual([
      {
        repo_id: 'shop',
        dependency_count: 19,
        direct_count: 12,
        ecosystems: ['cargo', 'composer', 'gem', 'golang', 'maven', 'npm', 'nuget', 'pypi'],
        high_findings: 2,
        license_findings: 4,
      },
      {
        repo_id: 'sibling',
        dependency_count: 5,
        direct_count: 3,
        ecosystems: ['npm'],
        high_findings: 1,
        license_findings: 1,
      },
    ]);
  });

  it('exports a CycloneDX 1.6 BOM valid against the official schema', async () => {
    const { document, repoCount } = await sbomDocument(reader, 'cyclonedx', 'shop', fixed);
    const validate = cycloneDx16Validator();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(repoCount).toBe(1);
    expect(document).toMatchObject({
      specVersion: '1.6',
      serialNumber: `urn:uuid:${fixed.uuid}`,
      metadata: { timestamp: '2024-06-01T12:00:00.000Z' },
    });
    const components = JSON.parse(JSON.stringify(document)).components as Array<Record<string, unknown>>;
    expect(components).toHaveLength(20);
    expect(components[0]).toEqual({
      type: 'application',
      'bom-ref': 'repo:shop',
      name: 'shop',
      version: expect.stringMatching(/^[0-9a-f]{40}$/),
      licenses: [{ expression: 'MIT' }],
    });
    expect(components.find((c) => c.name === 'readline-gpl')).toMatchObject({
      scope: 'required',
      purl: 'pkg:npm/readline-gpl@0.2.0',
      licenses: [{ expression: 'GPL-3.0-only' }],
    });
    expect(components.find((c) => c.name === 'vitest')).toMatchObject({ scope: 'excluded' });
  });

  it('exports an SPDX 2.3 document valid against the official schema', async () => {
    const { document, repoCount } = await sbomDocument(reader, 'spdx', null, fixed);
    const validate = spdx23Validator();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(repoCount).toBe(2);
    const doc = JSON.parse(JSON.stringify(document)) as {
      creationInfo: unknown;
      packages: unknown[];
      relationships: Array<{ relationshipType: string }>;
    };
    expect(doc.creationInfo).toEqual({ created: '2024-06-01T12:00:00Z', creators: ['Tool: diligent-0.1.0'] });
    expect(doc.packages).toHaveLength(2 + 19 + 5);
    const types = doc.relationships.map((r) => r.relationshipType);
    expect(types.filter((t) => t === 'DESCRIBES')).toHaveLength(2);
    // vitest, pytest and junit in shop; vitest in sibling.
    expect(types.filter((t) => t === 'DEV_DEPENDENCY_OF')).toHaveLength(4);
  });
});
