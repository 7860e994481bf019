import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, runGit, type Scenario, type TempRepo } from '@diligent/fixtures';
import { Mailmap } from '../src/history/mailmap.ts';

// Every form git's .mailmap takes, plus case differences, a later line overriding an earlier one,
// and a name-specific entry beside an email-only one.
const mailmapText = [
  '# comment line',
  'Proper One <one@x>',
  '<two-new@x> <two@x>',
  'Proper Three <three-new@x> <THREE@x>',
  'Proper Four <four-new@x> Old Four <four@x>',
  'Other Four <four-other@x> <four@x>',
  'Five A <five@x>',
  'Five B <five@x>   # later wins',
].join('\n');

const people = [
  'One <one@x>',
  'Two <two@x>',
  'Three <three@x>',
  'old four <four@x>',
  'Somebody <four@x>',
  'Five <five@x>',
  'Six <six@x>',
];

const scenario: Scenario = {
  name: 'mailmap-forms',
  authors: Object.fromEntries(
    people.map((p, i) => {
      const [, name = '', email = ''] = /^(.*) <(.*)>$/.exec(p) ?? [];
      return [`p${i}`, { name, email }];
    }),
  ),
  commits: people.map((_, i) => ({
    id: `c${i}`,
    author: `p${i}`,
    at: `2024-01-0${i + 1}T10:00:00+00:00`,
    message: `commit ${i}`,
    changes: [{ write: i === 0 ? '.mailmap' : `f${i}`, content: i === 0 ? `${mailmapText}\n` : `${i}\n` }],
  })),
};

describe('Mailmap', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await gitdir(scenario);
  });
  afterAll(() => repo.cleanup());

  it('maps every identity exactly as git log %aN/%aE does', async () => {
    const out = await runGit([
      '--git-dir',
      repo.gitDir,
      '-c',
      'mailmap.blob=HEAD:.mailmap',
      'log',
      '--reverse',
      '--format=%an%x00%ae%x00%aN%x00%aE',
    ]);
    const rows = out
      .trim()
      .split('\n')
      .map((line) => line.split('\0'));
    const mailmap = Mailmap.parse(mailmapText);
    const ours = rows.map(([name = '', email = '']) => {
      const mapped = mailmap.resolve({ name, email });
      return [name, email, mapped.name, mapped.email];
    });
    expect(ours).toEqual(rows);
    expect(rows.map((r) => r[2])).toEqual([
      'Proper One',
      'Two',
      'Proper Three',
      'Proper Four',
      'Other Four',
      'Five B',
      'Six',
    ]);
  });
});
