import fs from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { clone, currentBranch, fetch, getConfig, setConfig, writeRef } from 'isomorphic-git';
import { UsageError } from '../errors.ts';
import { cloneCachePath, disambiguatedCachePath } from './clone-cache-path.ts';
import { explainCloneFailure } from './explain-clone-failure.ts';
import { parseCloneUrl } from './parse-clone-url.ts';
import { RemoteSession, type RemoteSessionOptions } from './remote-session.ts';

export interface CloneOptions extends RemoteSessionOptions {
  /** Clones live in `<cacheDir>/<host>/<path>.git` and are fetched into again next time. */
  cacheDir: string;
}

export interface ClonedRepo {
  /** The bare repository. */
  gitDir: string;
  /** The URL without credentials, as recorded in the clone's config. */
  source: string;
}

/**
 * Brings a remote repository's default branch, with its full history, into a bare clone in the
 * cache, without the git binary: a first call clones, later calls fetch what is new. A token (never
 * written to disk, never in a message) is offered as Basic auth user `x-access-token`, which GitHub
 * and most hosts accept for personal access and app tokens.
 */
export async function cloneOrFetch(url: string, options: CloneOptions): Promise<ClonedRepo> {
  const { url: parsed, source } = parseCloneUrl(url, options.tokenEnv);
  const session = new RemoteSession(source, options);
  const folder = await chooseCacheFolder(cloneCachePath(options.cacheDir, parsed), source);
  try {
    if (folder.holdsClone) await fetchInto(folder.path, session);
    else await cloneInto(folder.path, session);
  } catch (err) {
    throw explainCloneFailure(err, session.attempt());
  }
  return { gitDir: folder.path, source };
}

async function cloneInto(gitDir: string, session: RemoteSession): Promise<void> {
  session.tell(`cloning ${session.source} into ${gitDir}`);
  await mkdir(dirname(gitDir), { recursive: true });
  await clone({
    ...remoteArgs(session),
    dir: gitDir,
    gitdir: gitDir,
    url: session.source,
    singleBranch: true,
    noCheckout: true,
    noTags: true,
  });
  await setConfig({ fs, gitdir: gitDir, path: 'core.bare', value: true });
}

/** Fetches the branch again and moves the local branch (which HEAD names) to what was fetched. */
async function fetchInto(gitDir: string, session: RemoteSession): Promise<void> {
  session.tell(`fetching ${session.source} into ${gitDir}`);
  const fetched = await fetch({
    ...remoteArgs(session),
    gitdir: gitDir,
    remote: 'origin',
    singleBranch: true,
    tags: false,
  });
  const branch = await currentBranch({ fs, gitdir: gitDir, fullname: true });
  if (fetched.fetchHead === null || !branch) return;
  await writeRef({ fs, gitdir: gitDir, ref: branch, value: fetched.fetchHead, force: true });
}

function remoteArgs(session: RemoteSession) {
  const { http, onAuth, onAuthFailure, onProgress } = session;
  return { fs, http, onAuth, onAuthFailure, onProgress };
}

/**
 * The cache folder for this URL: the one that already holds its clone, else a free one. A folder
 * holding another URL's clone (two URLs cleaned to the same name) is left alone for a sibling;
 * one holding no clone at all is the leftover of an interrupted clone and is cleared.
 */
async function chooseCacheFolder(
  folder: string,
  source: string,
): Promise<{ path: string; holdsClone: boolean }> {
  for (const path of [folder, disambiguatedCachePath(folder, source)]) {
    const origin = await originOf(path);
    if (origin === source) return { path, holdsClone: true };
    if (origin !== null) continue;
    await rm(path, { recursive: true, force: true });
    return { path, holdsClone: false };
  }
  throw new UsageError(`no free cache folder for ${source} next to ${folder}`);
}

async function originOf(gitDir: string): Promise<string | null> {
  try {
    const url: unknown = await getConfig({ fs, gitdir: gitDir, path: 'remote.origin.url' });
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}
