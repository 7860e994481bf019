import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleIdentities } from '@diligent/fixtures/scenarios';
import { parseIdentitiesFile } from '../src/people/index.ts';
import { analyzeFixture, type AnalyzedFixture } from './support/analyze-fixture.ts';

const doa = (fa: number, dl: number, ac: number) =>
  3.293 + 1.098 * fa + 0.164 * dl - 0.321 * Math.log(1 + ac);
const jane = '1234+janed@users.noreply.github.com';
const copilot = '175728472+copilot@users.noreply.github.com';
const actions = '41898282+github-actions[bot]@users.noreply.github.com';
const dependabot = '49699333+dependabot[bot]@users.noreply.github.com';

describe('people: identities, bots and co-authors', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(peopleIdentities);
  });
  afterAll(() => fx.cleanup());

  it('merges aliases and says which rule merged each identity', async () => {
    const rows = await fx.query(
      `SELECT author_id, person_id, person_name, rule FROM identities WHERE kind = 'person' ORDER BY author_id`,
    );
    expect(rows).toEqual([
      // Two noreply addresses of the login janed; the numbered one has more commits (2 to 1).
      { author_id: jane, person_id: jane, person_name: 'Jane Doe', rule: 'github-noreply' },
      {
        author_id: 'claude@dupont.fr',
        person_id: 'claude@dupont.fr',
        person_name: 'Claude Dupont',
        rule: 'single',
      },
      {
        author_id: 'janed@users.noreply.github.com',
        person_id: jane,
        person_name: 'Jane Doe',
        rule: 'github-noreply',
      },
      { author_id: 'lena@acme.io', person_id: 'lena@acme.io', person_name: 'Léna Martin', rule: 'single' },
      // "omar  haddad" at the same domain: same normalized name.
      {
        author_id: 'o.haddad@acme.io',
        person_id: 'omar@acme.io',
        person_name: 'Omar Haddad',
        rule: 'name-and-domain',
      },
      // "O. Haddad" kept omar.h@acme.io (.mailmap maps only "Omar H"), whose commits omar@acme.io shares.
      {
        author_id: 'omar.h@acme.io',
        person_id: 'omar@acme.io',
        person_name: 'Omar Haddad',
        rule: 'shared-email',
      },
      {
        author_id: 'omar@acme.io',
        person_id: 'omar@acme.io',
        person_name: 'Omar Haddad',
        rule: 'shared-email',
      },
      // The same full name at two gmail.com addresses: one person, as the truck factor's reference
      // implementation merges aliases by name. The first has the smaller id (1 commit each).
      {
        author_id: 'sam.lee@gmail.com',
        person_id: 'sam.lee@gmail.com',
        person_name: 'Sam Lee',
        rule: 'same-name',
      },
      {
        author_id: 'samlee@gmail.com',
        person_id: 'sam.lee@gmail.com',
        person_name: 'Sam Lee',
        rule: 'same-name',
      },
    ]);
  });

  it('tells bots and AI assistants from people', async () => {
    const rows = await fx.query(
      `SELECT author_id, kind, kind_rule, assistant FROM identities WHERE kind <> 'person' ORDER BY author_id`,
    );
    expect(rows).toEqual([
      { author_id: copilot, kind: 'ai-assistant', kind_rule: 'ai-assistant', assistant: 'GitHub Copilot' },
      { author_id: actions, kind: 'bot', kind_rule: 'bot-suffix', assistant: null },
      { author_id: dependabot, kind: 'bot', kind_rule: 'bot-suffix', assistant: null },
      { author_id: 'ci@acme.io', kind: 'bot', kind_rule: 'bot-email', assistant: null },
      {
        author_id: 'noreply@anthropic.com',
        kind: 'ai-assistant',
        kind_rule: 'ai-assistant',
        assistant: 'Claude',
      },
    ]);
  });

  it('flags AI-assisted commits and reports their share', async () => {
    const rows = await fx.query('SELECT sha, assistants FROM ai_assisted_commits ORDER BY assistants[1]');
    expect(rows).toEqual([
      { sha: fx.repo.shas.lena, assistants: ['Claude'] },
      { sha: fx.repo.shas['jane-2'], assistants: ['GitHub Copilot'] },
    ]);
    const [summary] = await fx.query('SELECT * EXCLUDE (repo_id) FROM people_summary');
    expect(summary).toEqual({
      people: 5,
      active_people: 5,
      active_last_90_days: 5,
      active_last_year: 5,
      bot_identities: 3,
      commit_count: 14,
      ai_assisted_commits: 2,
      ai_assisted_share: 2 / 14,
    });
  });

  it('leaves bots out of people and credits co-authors with their commits', async () => {
    const rows = await fx.query(
      'SELECT person_id, identity_count, commit_count, coauthored_commit_count FROM people ORDER BY person_id',
    );
    expect(rows).toEqual([
      { person_id: jane, identity_count: 2, commit_count: 3, coauthored_commit_count: 0 },
      { person_id: 'claude@dupont.fr', identity_count: 1, commit_count: 1, coauthored_commit_count: 0 },
      { person_id: 'lena@acme.io', identity_count: 1, commit_count: 1, coauthored_commit_count: 0 },
      { person_id: 'omar@acme.io', identity_count: 3, commit_count: 4, coauthored_commit_count: 1 },
      { person_id: 'sam.lee@gmail.com', identity_count: 2, commit_count: 2, coauthored_commit_count: 0 },
    ]);
  });

  it('counts a co-authored commit as a change of each of its people, and bot commits as others’ changes', async () => {
    const rows = await fx.query(
      `SELECT path, person_id, is_creator, changes, others_changes, doa, is_author FROM file_authorship
       WHERE path LIKE 'src/%' ORDER BY path, person_id`,
    );
    expect(rows).toEqual([
      // src/a.js: Jane creates it, changes it twice (once with Copilot: an assistant gets no credit);
      // github-actions' commit is a change by someone else. FA=1 DL=2 AC=1: 4.496500.
      row('src/a.js', jane, true, 2, 1, doa(1, 2, 1), true),
      // src/b.js: Omar under three identities, the CI account once. FA=1 DL=3 AC=1: 4.660500.
      row('src/b.js', 'omar@acme.io', true, 3, 1, doa(1, 3, 1), true),
      // src/c.js: Léna's commit, co-authored by Omar, creates it: both have FA. FA=1 DL=0 AC=3: 3.946000.
      // Claude Dupont: FA=0 DL=1 AC=2: 3.104345, below 3.293. Sam (two addresses, one person):
      // FA=0 DL=2 AC=1: 3.398500, over 3.293 and 86% of the top 3.946: an author.
      row('src/c.js', 'claude@dupont.fr', false, 1, 2, doa(0, 1, 2), false),
      row('src/c.js', 'lena@acme.io', true, 0, 3, doa(1, 0, 3), true),
      row('src/c.js', 'omar@acme.io', true, 0, 3, doa(1, 0, 3), true),
      row('src/c.js', 'sam.lee@gmail.com', false, 2, 1, doa(0, 2, 1), true),
    ]);
    expect(doa(1, 2, 1)).toBeCloseTo(4.4965, 4);
    expect(doa(0, 1, 2)).toBeCloseTo(3.104345, 5);
    expect(doa(0, 2, 1)).toBeCloseTo(3.3985, 4);
  });

  it('splits a co-authored commit’s lines and revision among its people for ownership', async () => {
    const [c] = await fx.query(
      `SELECT main_dev, main_dev_added, ownership, fragmentation FROM file_ownership WHERE path = 'src/c.js'`,
    );
    // Lines: Léna 3, Omar 3 (6 shared), Sam 2, Claude Dupont 1. Léna and Omar tie on lines and
    // revisions (½ each): the smaller id wins. Revisions ½, ½, 2, 1 of 4: 1 − 5.5 / 16.
    expect(c).toEqual({
      main_dev: 'lena@acme.io',
      main_dev_added: 3,
      ownership: 3 / 9,
      fragmentation: 1 - 5.5 / 16,
    });
  });
});

describe('people: corrections from an identities file', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    const identities = parseIdentitiesFile(
      {
        merge: [['sam.lee@gmail.com', 'SamLee@gmail.com']],
        split: [['omar@acme.io', 'o.haddad@acme.io']],
        rename: { 'janed@users.noreply.github.com': 'Jane D.' },
        bots: ['claude@dupont.fr'],
        humans: ['ci@acme.io'],
      },
      'test',
    );
    fx = await analyzeFixture(peopleIdentities, { identities });
  });
  afterAll(() => fx.cleanup());

  it('merges, splits, renames and re-kinds as told', async () => {
    const rows = await fx.query(
      `SELECT author_id, person_id, person_name, rule, kind, kind_rule FROM identities
       WHERE author_id NOT LIKE '%noreply%' OR author_id LIKE '%janed%' ORDER BY author_id`,
    );
    expect(rows).toEqual([
      {
        author_id: jane,
        person_id: jane,
        person_name: 'Jane D.',
        rule: 'github-noreply',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'ci@acme.io',
        person_id: 'ci@acme.io',
        person_name: 'Build Server',
        rule: 'single',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'claude@dupont.fr',
        person_id: 'claude@dupont.fr',
        person_name: 'Claude Dupont',
        rule: 'single',
        kind: 'bot',
        kind_rule: 'identities-file',
      },
      {
        author_id: 'janed@users.noreply.github.com',
        person_id: jane,
        person_name: 'Jane D.',
        rule: 'github-noreply',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'lena@acme.io',
        person_id: 'lena@acme.io',
        person_name: 'Léna Martin',
        rule: 'single',
        kind: 'person',
        kind_rule: null,
      },
      // Split from omar@acme.io: the name rule may not join them.
      {
        author_id: 'o.haddad@acme.io',
        person_id: 'o.haddad@acme.io',
        person_name: 'omar  haddad',
        rule: 'single',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'omar.h@acme.io',
        person_id: 'omar@acme.io',
        person_name: 'Omar Haddad',
        rule: 'shared-email',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'omar@acme.io',
        person_id: 'omar@acme.io',
        person_name: 'Omar Haddad',
        rule: 'shared-email',
        kind: 'person',
        kind_rule: null,
      },
      // One commit each: the smaller id names the person.
      {
        author_id: 'sam.lee@gmail.com',
        person_id: 'sam.lee@gmail.com',
        person_name: 'Sam Lee',
        rule: 'identities-file',
        kind: 'person',
        kind_rule: null,
      },
      {
        author_id: 'samlee@gmail.com',
        person_id: 'sam.lee@gmail.com',
        person_name: 'Sam Lee',
        rule: 'identities-file',
        kind: 'person',
        kind_rule: null,
      },
    ]);
  });
});

function row(
  path: string,
  person_id: string,
  is_creator: boolean,
  changes: number,
  others_changes: number,
  value: number,
  is_author: boolean,
) {
  return { path, person_id, is_creator, changes, others_changes, doa: expect.closeTo(value, 9), is_author };
}
