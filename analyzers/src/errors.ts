/**
 * Every failure a user can cause or meet has a small class with a stable `code`. The CLI maps codes
 * to exit statuses in one table (server/src/cli/exit-codes.ts), and the API maps them to HTTP statuses.
 * Messages are one line and never contain credentials.
 */
export class DiligentError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class UsageError extends DiligentError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

export class NotARepositoryError extends DiligentError {
  constructor(source: string) {
    super('NOT_A_REPOSITORY', `not a git repository: ${source}`);
  }
}

export class SourceUnreachableError extends DiligentError {
  constructor(source: string, reason: string) {
    super('SOURCE_UNREACHABLE', `cannot reach ${source}: ${reason}`);
  }
}

export class AuthenticationRequiredError extends DiligentError {
  constructor(source: string, tokenEnv: string) {
    super(
      'AUTH_REQUIRED',
      `${source} needs credentials: put a token in the ${tokenEnv} environment variable`,
    );
  }
}

export class EmptyRepositoryError extends DiligentError {
  constructor(source: string) {
    super('EMPTY_REPOSITORY', `repository has no commits: ${source}`);
  }
}

export class UnknownRevisionError extends DiligentError {
  constructor(rev: string) {
    super('UNKNOWN_REVISION', `no commit matches ${rev}`);
  }
}

export class GitFailedError extends DiligentError {
  constructor(what: string, stderr: string) {
    super('GIT_FAILED', `${what} failed: ${firstLine(stderr)}`);
  }
}

export class DatabaseBusyError extends DiligentError {
  constructor(path: string) {
    super('DATABASE_BUSY', `database is locked by another process: ${path}`);
  }
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

export class MissingObjectError extends DiligentError {
  readonly oid: string;
  constructor(oid: string, reason: string) {
    super('MISSING_OBJECT', `git object ${oid} cannot be read: ${reason}`);
    this.oid = oid;
  }
}

/** The server refused the token we sent: the same kind of failure as a missing one, said plainly. */
export class TokenRefusedError extends AuthenticationRequiredError {
  constructor(source: string, tokenEnv: string) {
    super(source, tokenEnv);
    this.message = `${source} refused the token in the ${tokenEnv} environment variable: check that it is valid and may read the repository`;
  }
}

/** SQL a user typed that DuckDB refused, or that would write. */
export class InvalidQueryError extends DiligentError {
  constructor(reason: string) {
    super('INVALID_QUERY', firstLine(reason));
  }
}
