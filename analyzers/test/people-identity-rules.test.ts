import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidIdentitiesFileError, parseIdentitiesFile, readIdentitiesFile } from '../src/people/index.ts';
import { githubLoginOf, isPublicMailDomain } from '../src/people/identities/email-parts.ts';
import { identityKindOf } from '../src/people/identities/identity-kind.ts';
import { normalizeName } from '../src/people/identities/normalize-name.ts';
import { mergeRules } from '../src/people/identities/merge-rules.ts';
import { emptyIdentitiesFile } from '../src/people/identities/identities-file.ts';

describe('identity rules', () => {
  it('compares names without case, accents, whitespace or punctuation', () => {
    expect(normalizeName("José  O'Brien-Smith")).toBe(normalizeName('jose obriensmith'));
    expect(normalizeName('Ｌéna\tMARTIN')).toBe('lenamartin');
    expect(normalizeName('Ann')).not.toBe(normalizeName('Anna'));
  });

  it('reads the GitHub login of both noreply forms', () => {
    expect(githubLoginOf('1234+JaneD@users.noreply.github.com')).toBe('janed');
    expect(githubLoginOf('janed@users.noreply.github.com')).toBe('janed');
    expect(githubLoginOf('janed@github.com')).toBeNull();
  });

  it('knows public mail domains', () => {
    expect(isPublicMailDomain('gmail.com')).toBe(true);
    expect(isPublicMailDomain('users.noreply.github.com')).toBe(true);
    expect(isPublicMailDomain('acme.io')).toBe(false);
  });

  it('tells bots from people', () => {
    const kind = (name: string, email: string) => identityKindOf(name, email).rule;
    expect(kind('renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com')).toBe('bot-suffix');
    expect(kind('dependabot', 'support@dependabot.com')).toBe('bot-name');
    expect(kind('GitHub', 'noreply@github.com')).toBe('bot-name');
    expect(kind('Release Bot', 'releases@acme.io')).toBe('bot-name');
    expect(kind('Deployer', 'deploy-bot@acme.io')).toBe('bot-email');
    expect(kind('Nightly', 'builds@travis-ci.org')).toBe('bot-email');
    // People whose names or addresses look like tools.
    expect(kind('Travis Pew', 'travis@travispew.com')).toBeNull();
    expect(kind('Ada Jenkins', 'jenkins@lovelace.org')).toBeNull();
    expect(kind('Talbot Smith', 'talbot@acme.io')).toBeNull();
  });

  it('recognizes AI coding assistants by their accounts, not by first names', () => {
    const assistant = (name: string, email: string) => identityKindOf(name, email).assistant;
    expect(assistant('Claude', 'noreply@anthropic.com')).toBe('Claude');
    expect(assistant('copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com')).toBe(
      'GitHub Copilot',
    );
    expect(assistant('Cursor Agent', 'cursoragent@cursor.com')).toBe('Cursor');
    expect(assistant('Codex', 'codex@openai.com')).toBe('OpenAI Codex');
    expect(assistant('aider (gpt-4o)', 'noreply@aider.chat')).toBe('Aider');
    expect(
      assistant('devin-ai-integration[bot]', '158243242+devin-ai-integration[bot]@users.noreply.github.com'),
    ).toBe('Devin');
    expect(
      assistant('gemini-code-assist[bot]', '176961590+gemini-code-assist[bot]@users.noreply.github.com'),
    ).toBe('Gemini');
    expect(assistant('Claude Dupont', 'claude@dupont.fr')).toBeNull();
    expect(assistant('Devin Smith', 'devin@acme.io')).toBeNull();
  });
});

describe('same-name rule: one person per full name, as the truck factor reference merges aliases', () => {
  const sameName = mergeRules(emptyIdentitiesFile).find((rule) => rule.name === 'same-name');
  const keysOf = (...names: string[]) =>
    sameName?.keysOf({
      authorId: 'x@example.com',
      email: 'x@example.com',
      emails: new Set(['x@example.com']),
      names: new Map(names.map((name) => [name, 1])),
      authored: 1,
      uses: 1,
    });

  it('keys a name of two words or more, normalized', () => {
    expect(keysOf('Victor Zverovich')).toEqual(['name:victorzverovich']);
    expect(keysOf('José  O’Brien', 'jose obrien')).toEqual(['name:joseobrien']);
  });

  it('leaves out a lone word, a short name and a placeholder', () => {
    expect(keysOf('root', 'vitaut', 'A B', 'Your Name', 'GitHub Actions', 'John Doe')).toEqual([]);
  });
});

describe('identities file', () => {
  it('reads every section, lower-casing emails', () => {
    expect(
      parseIdentitiesFile(
        {
          merge: [['A@x.io', 'b@x.io']],
          split: [['c@x.io', 'd@x.io']],
          rename: { 'A@x.io': ' Ann ' },
          bots: ['Ci@x.io'],
          humans: ['robot@x.io'],
        },
        'f.json',
      ),
    ).toEqual({
      merge: [['a@x.io', 'b@x.io']],
      split: [['c@x.io', 'd@x.io']],
      rename: { 'a@x.io': 'Ann' },
      bots: ['ci@x.io'],
      humans: ['robot@x.io'],
    });
    expect(parseIdentitiesFile({}, 'f.json')).toEqual({
      merge: [],
      split: [],
      rename: {},
      bots: [],
      humans: [],
    });
  });

  it('refuses what it does not understand, as a usage error', () => {
    const parse = (json: unknown) => () => parseIdentitiesFile(json, 'f.json');
    expect(parse([])).toThrow('identities file f.json: expected a JSON object');
    expect(parse({ merges: [] })).toThrow('unknown key "merges"');
    expect(parse({ merge: [['a@x.io']] })).toThrow('"merge[0]" needs at least two emails');
    expect(parse({ bots: 'a@x.io' })).toThrow('"bots" must be a list of emails');
    expect(parse({ rename: { 'a@x.io': 3 } })).toThrow('"rename" gives no name for a@x.io');
    expect(parse({ split: [[1, 2]] })).toThrow(InvalidIdentitiesFileError);
    try {
      parse([])();
    } catch (error) {
      expect(error).toMatchObject({ code: 'USAGE' });
    }
  });

  it('reads a file from disk and names it when it is broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diligent-identities-'));
    try {
      const good = join(dir, 'good.json');
      await writeFile(good, JSON.stringify({ bots: ['deploy@acme.io'] }));
      expect((await readIdentitiesFile(good)).bots).toEqual(['deploy@acme.io']);
      const bad = join(dir, 'bad.json');
      await writeFile(bad, '{ "bots": [');
      await expect(readIdentitiesFile(bad)).rejects.toThrow(`identities file ${bad}: not valid JSON`);
      await expect(readIdentitiesFile(join(dir, 'missing.json'))).rejects.toThrow(InvalidIdentitiesFileError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
