import { spawnGit } from '../../git/run-git.ts';
import type { HistorySink } from '../types.ts';
import { logArgs } from './log-format.ts';
import { NumstatStreamParser } from './numstat-stream-parser.ts';

export interface LogRun {
  /** How many of the given commits were emitted, in order. */
  completed: number;
  /** git's stderr when it died before finishing; null on success. */
  failure: string | null;
}

/**
 * Runs one `git log --numstat` over exactly these commits (in this order) and streams them into the
 * sink. When git dies (a missing blob, say), the commits emitted so far stand and the caller learns
 * how far it got.
 */
export function runLogOver(gitDir: string, shas: readonly string[], sink: HistorySink): Promise<LogRun> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(gitDir, logArgs());
    const parser = new NumstatStreamParser((commit, changes) => void sink.commit(commit, changes));
    const stderr: Buffer[] = [];
    let parseError: unknown = null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (parseError) return;
      try {
        parser.push(chunk);
      } catch (error) {
        parseError = error;
        child.kill();
      }
    });
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (parseError) return reject(parseError);
      try {
        if (code === 0) parser.end();
      } catch (error) {
        return reject(error);
      }
      const failure = code === 0 ? null : Buffer.concat(stderr).toString() || `git exited ${code}`;
      resolve({ completed: parser.emitted, failure });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(shas.join('\n') + '\n');
  });
}
