import { firstLine } from '../../errors.ts';
import { runGitRaw } from '../../git/run-git.ts';
import type { HistorySink, MinedChange, MinedCommit } from '../types.ts';
import { NumstatStreamParser } from './numstat-stream-parser.ts';
import { logArgs } from './log-format.ts';

/**
 * Mines one commit on which `git log --numstat` died, path by path, so one unreadable blob costs
 * that path's line counts (and the commit's rename pairing), never the rest of the history.
 */
export async function mineCommitCarefully(gitDir: string, sha: string, sink: HistorySink): Promise<void> {
  const whole = await logOneCommit(gitDir, sha, true);
  if (whole.commit) return void sink.commit(whole.commit, whole.changes);
  const header = await logOneCommit(gitDir, sha, false);
  if (!header.commit) {
    sink.warning({ kind: 'unreadable-commit', sha, path: null, message: firstLine(whole.stderr) });
    return;
  }
  const changes: MinedChange[] = [];
  for (const path of await changedPaths(gitDir, sha)) {
    changes.push(await changeOfPath(gitDir, sha, path, sink));
  }
  sink.warning({
    kind: 'renames-not-detected',
    sha,
    path: null,
    message: `renames not detected in ${sha.slice(0, 12)}: ${firstLine(whole.stderr)}`,
  });
  await sink.commit(header.commit, changes);
}

interface OneCommit {
  commit: MinedCommit | null;
  changes: MinedChange[];
  stderr: string;
}

async function logOneCommit(gitDir: string, sha: string, numstat: boolean): Promise<OneCommit> {
  const args = logArgs().filter((a) => numstat || a !== '--numstat');
  const result = await runGitRaw(gitDir, args, `${sha}\n`);
  const found: OneCommit = { commit: null, changes: [], stderr: result.stderr };
  if (result.code !== 0) return found;
  const parser = new NumstatStreamParser((commit, changes) => Object.assign(found, { commit, changes }));
  parser.push(result.stdout);
  parser.end();
  return found;
}

async function changedPaths(gitDir: string, sha: string): Promise<string[]> {
  const args = ['diff-tree', '-r', '-z', '--root', '--no-renames', '--name-only', '--no-commit-id', sha];
  const result = await runGitRaw(gitDir, args);
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '');
}

async function changeOfPath(
  gitDir: string,
  sha: string,
  path: string,
  sink: HistorySink,
): Promise<MinedChange> {
  const args = ['diff-tree', '-r', '-z', '--root', '--no-renames', '--numstat', '--no-commit-id'];
  const result = await runGitRaw(gitDir, [...args, '--no-ext-diff', '--no-textconv', sha, '--', path]);
  const match = /^(-|\d+)\t(-|\d+)\t/.exec(result.stdout.toString('utf8'));
  if (result.code === 0 && match) {
    const added = match[1] === '-' ? null : Number(match[1]);
    const deleted = match[2] === '-' ? null : Number(match[2]);
    return { path, oldPath: null, added, deleted, binary: added === null };
  }
  sink.warning({
    kind: 'missing-object',
    sha,
    path,
    message: `line counts unknown: ${firstLine(result.stderr)}`,
  });
  return { path, oldPath: null, added: null, deleted: null, binary: false };
}
