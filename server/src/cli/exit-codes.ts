import { DiligentError } from '@diligent/analyzers/errors';

/** The one table from error codes to exit statuses; the README lists it. */
export const exitCodes = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  INVALID_QUERY: 2,
  NOT_A_REPOSITORY: 3,
  EMPTY_REPOSITORY: 3,
  UNKNOWN_REVISION: 3,
  SOURCE_UNREACHABLE: 4,
  AUTH_REQUIRED: 4,
  GIT_FAILED: 5,
  MISSING_OBJECT: 5,
  DATABASE_BUSY: 6,
  UNKNOWN_REPO: 3,
  SOME_SOURCES_FAILED: 10,
} as const satisfies Record<string, number>;

const exitCodeByErrorCode = new Map<string, number>(Object.entries(exitCodes));

export function exitCodeOf(error: unknown): number {
  const known = error instanceof DiligentError ? exitCodeByErrorCode.get(error.code) : undefined;
  return known ?? exitCodes.INTERNAL;
}

/** One line for the terminal; internal errors keep their stack only under DILIGENT_DEBUG. */
export function describeError(error: unknown): string {
  if (error instanceof DiligentError) return `diligent: ${error.message}`;
  const detail =
    error instanceof Error ? (process.env.DILIGENT_DEBUG ? error.stack : error.message) : String(error);
  return `diligent: internal error: ${detail}`;
}
