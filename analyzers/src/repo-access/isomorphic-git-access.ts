import fs from 'node:fs';
import git from 'isomorphic-git';
import { createGitObjectReader, type GitObjectReader } from '../mine/isogit/git-object-reader.ts';
import { mineWithIsomorphicGit } from '../mine/isogit/mine-with-isomorphic-git.ts';
import { parseCommitObject, type RawCommit } from '../mine/isogit/parse-commit-object.ts';
import { parseIdentityLine } from '../mine/isogit/parse-identity-line.ts';
import type { RepoAccess } from './repo-access.ts';
import { walkTree } from './walk-object-tree.ts';

/**
 * The same reads without a git binary. Objects are parsed by the miner's own readers (isomorphic-git
 * refuses some names git accepts, and throws on malformed authors); isomorphic-git resolves refs.
 * Revisions are limited to what it resolves: `HEAD`, branch and tag names, full refs, (short) SHAs.
 */
export async function isomorphicGitAccess(gitDir: string): Promise<RepoAccess> {
  const reader = await createGitObjectReader(gitDir);
  const readCommit = (oid: string) => readCommitObject(reader, oid);
  return {
    miner: 'isomorphic-git',
    gitDir,
    async resolveCommit(rev) {
      const oid = await resolveOid(gitDir, rev).catch(() => null);
      return oid === null ? null : peelToCommit(reader, oid);
    },
    async hasAnyRef() {
      const base = { fs, gitdir: gitDir };
      const [branches, tags] = await Promise.all([git.listBranches(base), git.listTags(base)]);
      return branches.length + tags.length > 0;
    },
    async firstParentBefore(tip, date) {
      for (let oid: string | undefined = tip; oid !== undefined;) {
        const commit = await readCommit(oid);
        if ((committerSeconds(commit) ?? 0) * 1000 <= date.getTime()) return oid;
        oid = commit.parents[0];
      }
      return null;
    },
    commitTime: async (sha) => new Date((committerSeconds(await readCommit(sha)) ?? 0) * 1000),
    listTree: async (sha, onEntry) => walkTree(reader, (await readCommit(sha)).tree, onEntry),
    async readBlobs(ids) {
      const found = new Map<string, Buffer | null>();
      for (const oid of ids) found.set(oid, await reader.read(oid, 'blob').then(Buffer.from, () => null));
      return found;
    },
    mine: (req, sink) => mineWithIsomorphicGit(req, sink),
    close: () => reader.close(),
  };
}

async function readCommitObject(reader: GitObjectReader, oid: string): Promise<RawCommit> {
  const commit = parseCommitObject(await reader.read(oid, 'commit'));
  if (commit === null) throw new Error(`commit ${oid} is not a valid commit object`);
  return commit;
}

function committerSeconds(commit: RawCommit): number | null {
  return parseIdentityLine(commit.committerLine).date?.epochSeconds ?? null;
}

async function resolveOid(gitDir: string, rev: string): Promise<string> {
  const base = { fs, gitdir: gitDir };
  if (/^[0-9a-f]{4,40}$/i.test(rev)) {
    const expanded = await git.expandOid({ ...base, oid: rev.toLowerCase() }).catch(() => null);
    if (expanded) return expanded;
  }
  return git.resolveRef({ ...base, ref: rev });
}

/** An annotated tag names its target on its first line; follow it until a commit. */
async function peelToCommit(reader: GitObjectReader, oid: string): Promise<string | null> {
  for (let current = oid, hops = 0; hops < 10; hops += 1) {
    if (
      await reader.read(current, 'commit').then(
        () => true,
        () => false,
      )
    )
      return current;
    const tag = await reader.read(current, 'tag').catch(() => null);
    const target = tag && /^object ([0-9a-f]{40})/.exec(Buffer.from(tag).toString('latin1'))?.[1];
    if (!target) return null;
    current = target;
  }
  return null;
}
