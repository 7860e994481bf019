import { describe, expect, it } from 'vitest';
import { runGit, type Scenario } from '@diligent/fixtures';
import { basic, demo, renamesBinariesMerges } from '@diligent/fixtures/scenarios';
import { analyzeFixture } from './support/analyze-fixture.ts';
import { plainGitNumstat, sortRows } from './support/plain-git-numstat.ts';

const scenarios: Scenario[] = [basic, renamesBinariesMerges, demo];

describe.each(scenarios.map((s) => [s.name, s] as const))(
  'file_changes equals git log --numstat: %s',
  (_, scenario) => {
    it('has exactly the rows plain git prints, commit by commit', async () => {
      const fx = await analyzeFixture(scenario);
      try {
        const ours = await fx.query(
          'SELECT sha, path, old_path, added, deleted, is_binary FROM file_changes',
        );
        expect(sortRows(ours.map((r) => ({ ...r, sha: String(r.sha), path: String(r.path) })))).toEqual(
          await plainGitNumstat(fx.repo.dir),
        );
        const gitAuthors = await runGit(['log', '--format=%H %aN <%aE>'], { cwd: fx.repo.dir });
        const rows = await fx.query(
          "SELECT sha || ' ' || author_name || ' <' || author_email || '>' AS line FROM commits",
        );
        expect(rows.map((r) => r.line).sort()).toEqual(gitAuthors.trim().split('\n').sort());
      } finally {
        await fx.cleanup();
      }
    });
  },
);
