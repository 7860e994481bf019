import { spawn } from 'node:child_process';

/**
 * The baseline: plain `git log --numstat` over the same commits, output drained and discarded.
 * Real snapshots can lack a blob, and git then dies; like the miner, the baseline resumes after the
 * commit it died on, so both do the same work.
 */
export async function rawGitLogSeconds(gitDir: string, shas: readonly string[]): Promise<number> {
  const started = performance.now();
  let next = 0;
  while (next < shas.length) {
    const run = await drainLog(gitDir, shas.slice(next));
    if (run.ok) break;
    // The failing commit's header may or may not have been printed; either way this moves past it.
    next += Math.max(run.commitsSeen, 1);
  }
  return (performance.now() - started) / 1000;
}

function drainLog(gitDir: string, shas: readonly string[]): Promise<{ ok: boolean; commitsSeen: number }> {
  return new Promise((resolve) => {
    const child = spawn(
      'git',
      ['log', '--no-walk=unsorted', '--stdin', '--numstat', '-z', '--format=%x01%H'],
      {
        cwd: gitDir,
        env: { ...process.env, GIT_DIR: gitDir },
      },
    );
    let commitsSeen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(1); i !== -1; i = chunk.indexOf(1, i + 1)) commitsSeen += 1;
    });
    child.stderr.resume();
    child.on('close', (code) => resolve({ ok: code === 0, commitsSeen }));
    child.stdin.end(shas.join('\n') + '\n');
  });
}
