import fs from 'node:fs';
import git from 'isomorphic-git';
import { mineWithIsomorphicGit } from '../mine/isogit/mine-with-isomorphic-git.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import type { RepoAccess } from './repo-access.ts';
import { walkTree } from './walk-isomorphic-git-tree.ts';

/**
 * The same reads through isomorphic-git, for machines without a git binary. Revisions are limited
 * to what isomorphic-git resolves: `HEAD`, branch and tag names, full refs, and (abbreviated) SHAs.
 */
export function isomorphicGitAccess(gitDir: string): RepoAccess {
  const base = { fs, gitdir: gitDir, cache: {} };
  const commitOf = (oid: string) => git.readCommit({ ...base, oid });
  return {
    miner: 'isomorphic-git',
    gitDir,
    async resolveCommit(rev) {
      const oid = await resolveOid(base, rev).catch(() => null);
      return oid === null ? null : ((await commitOf(oid).catch(() => null))?.oid ?? null);
    },
    async hasAnyRef() {
      const [branches, tags] = await Promise.all([git.listBranches(base), git.listTags(base)]);
      return branches.length + tags.length > 0;
    },
    async firstParentBefore(tip, date) {
      const limit = date.getTime() / 1000;
      for (let oid: string | undefined = tip; oid !== undefined;) {
        const { commit } = await commitOf(oid);
        if (commit.committer.timestamp <= limit) return oid;
        oid = commit.parent[0];
      }
      return null;
    },
    async commitTime(sha) {
      return new Date((await commitOf(sha)).commit.committer.timestamp * 1000);
    },
    listTree: async (sha, onEntry: (entry: TreeEntry) => void) =>
      walkTree(base, (await commitOf(sha)).commit.tree, onEntry),
    async readBlobs(ids) {
      const found = new Map<string, Buffer | null>();
      for (const oid of ids) {
        const blob = await git.readBlob({ ...base, oid }).catch(() => null);
        found.set(oid, blob ? Buffer.from(blob.blob) : null);
      }
      return found;
    },
    mine: (req, sink) => mineWithIsomorphicGit(req, sink),
  };
}

type Base = { fs: typeof fs; gitdir: string; cache: object };

async function resolveOid(base: Base, rev: string): Promise<string> {
  if (/^[0-9a-f]{4,40}$/i.test(rev)) {
    const expanded = await git.expandOid({ ...base, oid: rev.toLowerCase() }).catch(() => null);
    if (expanded) return expanded;
  }
  return git.resolveRef({ ...base, ref: rev });
}
