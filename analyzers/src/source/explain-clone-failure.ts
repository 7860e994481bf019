import {
  AuthenticationRequiredError,
  DiligentError,
  GitFailedError,
  SourceUnreachableError,
  TokenRefusedError,
} from '../errors.ts';

export interface CloneAttempt {
  source: string;
  tokenEnv: string;
  /** Whether the server was handed the token (it asked for credentials and we had some). */
  tokenSent: boolean;
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
};

/**
 * Turns whatever isomorphic-git (or the socket under it) threw into one of our errors. The raw
 * error is never passed on, not even as `cause`: its message and data can carry URLs, headers
 * and response bodies. Only its code is read.
 */
export function explainCloneFailure(err: unknown, attempt: CloneAttempt): DiligentError {
  if (err instanceof DiligentError) return err;
  const code = codeOf(err);
  const status = statusOf(err);
  if (code === 'UserCanceledError' || status === 401 || status === 403) return authFailure(attempt);
  const { source } = attempt;
  if (status === 404) return new SourceUnreachableError(source, 'no repository there (HTTP 404)');
  if (status !== null) return new SourceUnreachableError(source, `the server answered HTTP ${status}`);
  if (code === 'SmartHttpError')
    return new SourceUnreachableError(source, 'the server does not speak git over HTTP');
  const network =
    networkReasons[code] ??
    (isTimeout(err) ? 'timed out' : isTlsFailure(code) ? `TLS failed (${code})` : null);
  if (network !== null) return new SourceUnreachableError(source, network);
  return new GitFailedError(`cloning ${source}`, code === '' ? 'unknown error' : code);
}

function authFailure({ source, tokenEnv, tokenSent }: CloneAttempt): DiligentError {
  return tokenSent
    ? new TokenRefusedError(source, tokenEnv)
    : new AuthenticationRequiredError(source, tokenEnv);
}

function codeOf(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9_]+$/.test(code) ? code : '';
}

function statusOf(err: unknown): number | null {
  if (codeOf(err) !== 'HttpError' || typeof err !== 'object' || err === null || !('data' in err)) return null;
  const data = err.data;
  const status = typeof data === 'object' && data !== null && 'statusCode' in data ? data.statusCode : null;
  return typeof status === 'number' ? status : null;
}

/** simple-get reports its own socket timeout as a plain Error without a code. */
function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'Request timed out';
}

function isTlsFailure(code: string): boolean {
  return /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_)/.test(code);
}
