import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { NotARepositoryError } from '../errors.ts';

export interface OpenedRepo {
  gitDir: string;
  /** What is stored as the repo's source: a path, or a URL without credentials. */
  source: string;
  sourceKind: 'worktree' | 'bare' | 'url';
  defaultName: string;
}

/**
 * Finds the git directory of a local work tree or bare repository. Never searches parent folders
 * (git's discovery would): the folder given is the repository, or it is an error.
 */
export async function openLocalRepo(path: string): Promise<OpenedRepo> {
  const root = resolve(path);
  const defaultName = basename(root).replace(/\.git$/, '');
  if (!(await isDirectory(root))) throw new NotARepositoryError(path);
  const dotGit = join(root, '.git');
  if (await isDirectory(dotGit)) return { gitDir: dotGit, source: root, sourceKind: 'worktree', defaultName };
  const linked = await gitdirFileTarget(dotGit, root);
  if (linked) return { gitDir: linked, source: root, sourceKind: 'worktree', defaultName };
  if (await looksBare(root)) return { gitDir: root, source: root, sourceKind: 'bare', defaultName };
  throw new NotARepositoryError(path);
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** A `.git` file (linked work trees, submodules) says `gitdir: <path>`. */
async function gitdirFileTarget(dotGit: string, root: string): Promise<string | null> {
  const text = await readFile(dotGit, 'utf8').catch(() => null);
  const match = text ? /^gitdir: (.+)$/m.exec(text) : null;
  return match?.[1] ? resolve(root, match[1].trim()) : null;
}

async function looksBare(root: string): Promise<boolean> {
  const head = await stat(join(root, 'HEAD')).catch(() => null);
  return (
    Boolean(head?.isFile()) &&
    (await isDirectory(join(root, 'objects'))) &&
    (await isDirectory(join(root, 'refs')))
  );
}
