import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitFailedError } from '../errors.ts';
import { gitArgs, gitEnv } from './git-command.ts';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export function spawnGit(gitDir: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', gitArgs(args), { cwd: gitDir, env: gitEnv(gitDir), stdio: 'pipe' });
}

/** Runs git to completion, collecting its output; for commands whose output is small. */
export function runGitRaw(gitDir: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(gitDir, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** Runs git and returns stdout as text; throws GitFailedError on a non-zero exit. */
export async function runGit(gitDir: string, args: readonly string[], input?: string): Promise<string> {
  const result = await runGitRaw(gitDir, args, input);
  if (result.code !== 0) throw new GitFailedError(`git ${args[0] ?? ''}`, result.stderr);
  return result.stdout.toString();
}
