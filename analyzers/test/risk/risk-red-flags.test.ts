import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, makeShallowClone, tempDir, type TempDir } from '@diligent/fixtures';
import { riskFlags } from '@diligent/fixtures/scenarios';
import { analyzeRepo } from '../../src/analyze/index.ts';
import { openDeal } from '../../src/deal/open-deal.ts';
import { openLocalRepo } from '../../src/source/index.ts';
import { analyzeFixture, type AnalyzedFixture } from '../support/analyze-fixture.ts';

const flagColumns = 'repo_id, code, severity, subject, message, value, threshold, paths, evidence';

describe('risk: red flags at their bars', () => {
  let fx: AnalyzedFixture;
  beforeAll(async () => {
    fx = await analyzeFixture(riskFlags, { name: 'flags', until: '2025-03-10T00:00:00Z' });
  });
  afterAll(() => fx.cleanup());

  it('raises a flag per crossed bar, and none at the bar where “over” is the rule', async () => {
    const rows = await fx.query(`SELECT ${flagColumns} FROM red_flags ORDER BY code`);
    // c1 added 1,200 + 52 + 53 lines, the three edits one each: 1305 of 1308.
    expect(rows).toEqual([
      flag('ai-assisted', 'medium', {
        message:
          '25% of the commits of the last 12 months (1 of 4) were written with an AI assistant (Claude)',
        value: 0.25,
        threshold: 0.25,
        evidence: 'Claude',
      }),
      // atFifty (cyclomatic 50) is at the bar, not over it.
      flag('complex-functions', 'medium', {
        message: '1 function is over cyclomatic 50; the worst, atFiftyOne in src/branchy.js, is at 51',
        value: 1,
        threshold: 50,
        paths: ['src/branchy.js'],
      }),
      flag('imported-history', 'medium', {
        message: `One commit (${fx.repo.shas.c1?.slice(0, 12)}, 2025-03-01) added 100% of all lines ever added (1305 lines): earlier history was probably imported or squashed`,
        value: expect.closeTo(1305 / 1308, 9),
        threshold: 0.5,
        evidence: fx.repo.shas.c1,
      }),
      flag('low-truck-factor', 'high', {
        message: 'Truck factor 1: if Ann Archer left, more than half of the files would have no author',
        value: 1,
        threshold: 2,
        evidence: 'Ann Archer',
      }),
      // The top 5% of 3 files is 1: branchy.js (1 commit × cyclomatic 101; the others have no
      // functions), and no test reaches it.
      flag('untested-hotspots', 'high', {
        message: 'The top hotspot has no test reaching it',
        value: 1,
        threshold: 1,
        paths: ['src/branchy.js'],
      }),
    ]);
  });

  it('adds the deal-wide flags when the deal is opened', async () => {
    const reader = await openDeal(fx.dbDir);
    try {
      const rows = (
        await reader.run(`SELECT ${flagColumns} FROM red_flags WHERE repo_id IS NULL ORDER BY code`)
      ).getRowObjectsJS();
      expect(rows).toEqual([
        {
          ...flag('ai-assisted', 'medium', {
            message:
              "25% of the deal's commits in the analysis windows (1 of 4) were written with an AI assistant",
            value: 0.25,
            threshold: 0.25,
          }),
          repo_id: null,
        },
        {
          ...flag('low-truck-factor', 'high', {
            message:
              "Deal truck factor 1: if Ann Archer left, more than half of the deal's files would have no author",
            value: 1,
            threshold: 2,
            evidence: 'Ann Archer',
          }),
          repo_id: null,
        },
      ]);
    } finally {
      await reader.close();
    }
  });
});

describe('risk: red flags about the history itself', () => {
  let dir: TempDir;
  beforeAll(async () => {
    dir = await tempDir('diligent-risk-flags-');
  });
  afterAll(() => dir.cleanup());

  const flagsOf = async (source: string, db: string, name: string) => {
    await analyzeRepo(await openLocalRepo(source), { dbDir: db, name });
    const reader = await openDeal(db);
    try {
      return (
        await reader.run(
          `SELECT code, message, value, threshold, evidence FROM red_flags WHERE repo_id = '${name}' AND code IN ('dormant', 'shallow-history') ORDER BY code`,
        )
      ).getRowObjectsJS();
    } finally {
      await reader.close();
    }
  };

  it('calls a repo dormant with no commit in the 90 days before the analysis, and flags a shallow clone', async () => {
    const repo = await gitdir(riskFlags);
    try {
      const shallow = await makeShallowClone(repo.dir, join(dir.path, 'shallow'), 2);
      const rows = await flagsOf(shallow.dir, join(dir.path, 'db'), 'shallow');
      const today = new Date().toISOString().slice(0, 10);
      const days = Math.floor((Date.now() - Date.parse('2025-03-04T12:00:00Z')) / 86_400_000);
      expect(rows).toEqual([
        {
          code: 'dormant',
          message: `No commit in the 90 days before ${today}: the last was on 2025-03-04`,
          value: days,
          threshold: 90,
          evidence: '2025-03-04',
        },
        {
          code: 'shallow-history',
          message:
            'The repository is a shallow clone: history before 2025-03-03 is missing, so every history metric undercounts',
          value: null,
          threshold: null,
          evidence: null,
        },
      ]);
    } finally {
      await repo.cleanup();
    }
  });
});

function flag(
  code: string,
  severity: string,
  fields: {
    message: string;
    value: unknown;
    threshold: number;
    paths?: string[];
    evidence?: string | undefined;
  },
) {
  return {
    repo_id: 'flags',
    code,
    severity,
    subject: '',
    message: fields.message,
    value: fields.value,
    threshold: fields.threshold,
    paths: fields.paths ?? [],
    evidence: fields.evidence ?? null,
  };
}
