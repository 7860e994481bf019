import { analysisWarnings, commitCoauthors, commits, fileChanges, type RowOf } from '../schema/index.ts';
import type { RepoDatabaseWriter, TableAppender } from '../store/index.ts';
import type { GitDate, HistorySink, MinedChange, MinedCommit, MinedWarning } from '../mine/types.ts';
import { authorIdOf } from './author-id.ts';
import { coauthorTrailers } from './coauthor-trailers.ts';
import type { Mailmap } from './mailmap.ts';

/** Turns what a miner reports into rows, applying `.mailmap`, and appends them to the repo database. */
export class HistoryRowSink implements HistorySink {
  commitCount = 0;
  warningCount = 0;

  private constructor(
    private readonly repoId: string,
    private readonly mailmap: Mailmap,
    private readonly out: {
      commits: TableAppender<typeof commits>;
      coauthors: TableAppender<typeof commitCoauthors>;
      changes: TableAppender<typeof fileChanges>;
      warnings: TableAppender<typeof analysisWarnings>;
    },
  ) {}

  static async open(writer: RepoDatabaseWriter, repoId: string, mailmap: Mailmap): Promise<HistoryRowSink> {
    return new HistoryRowSink(repoId, mailmap, {
      commits: await writer.appender(commits),
      coauthors: await writer.appender(commitCoauthors),
      changes: await writer.appender(fileChanges),
      warnings: await writer.appender(analysisWarnings),
    });
  }

  commit(commit: MinedCommit, changes: MinedChange[]): void {
    this.commitCount += 1;
    this.out.commits.append(this.commitRow(commit));
    this.appendCoauthors(commit);
    for (const change of changes) {
      const { path, oldPath, added, deleted, binary } = change;
      this.out.changes.append({
        repo_id: this.repoId,
        sha: commit.sha,
        path,
        old_path: oldPath,
        added,
        deleted,
        is_binary: binary,
      });
    }
    this.warnIfMalformed(commit);
  }

  /** git reads commits it would never write; the row stays, and the oddity is recorded. */
  private warnIfMalformed(commit: MinedCommit): void {
    const at = { sha: commit.sha, path: null };
    if (commit.author.email === '' && commit.author.name === '') {
      this.warning({
        kind: 'malformed-author',
        ...at,
        message: 'author line has no parseable name or email',
      });
    }
    if (commit.authorDate === null) {
      this.warning({ kind: 'malformed-date', ...at, message: 'author date cannot be parsed' });
    }
  }

  warning(warning: MinedWarning): void {
    this.warningCount += 1;
    this.out.warnings.append({ repo_id: this.repoId, ...warning });
  }

  private commitRow(c: MinedCommit): RowOf<typeof commits> {
    const author = this.mailmap.resolve(c.author);
    const committer = this.mailmap.resolve(c.committer);
    return {
      repo_id: this.repoId,
      sha: c.sha,
      parents: c.parents,
      is_merge: c.parents.length > 1,
      author_id: authorIdOf(author),
      author_name: author.name,
      author_email: author.email,
      author_name_raw: c.author.name,
      author_email_raw: c.author.email,
      authored_at: toDate(c.authorDate),
      author_tz_offset: c.authorDate?.tzOffsetMinutes ?? null,
      committer_name: committer.name,
      committer_email: committer.email,
      committer_name_raw: c.committer.name,
      committer_email_raw: c.committer.email,
      committed_at: toDate(c.committerDate),
      committer_tz_offset: c.committerDate?.tzOffsetMinutes ?? null,
      subject: c.subject,
      body: c.body.trim(),
    };
  }

  private appendCoauthors(commit: MinedCommit): void {
    const seen = new Set<string>();
    for (const { identity, trailer } of coauthorTrailers(commit.body)) {
      const resolved = this.mailmap.resolve(identity);
      const authorId = authorIdOf(resolved);
      if (seen.has(authorId)) continue;
      seen.add(authorId);
      const row = { repo_id: this.repoId, sha: commit.sha, author_id: authorId, trailer };
      this.out.coauthors.append({ ...row, name: resolved.name, email: resolved.email });
    }
  }
}

function toDate(date: GitDate | null): Date | null {
  return date ? new Date(date.epochSeconds * 1000) : null;
}
