import { DiligentError } from '@diligent/analyzers/errors';
import { Type } from '@sinclair/typebox';

export class NotFoundError extends DiligentError {
  constructor(what: string) {
    super('NOT_FOUND', `not found: ${what}`);
  }
}

export class UnauthorizedError extends DiligentError {
  constructor() {
    super('UNAUTHORIZED', 'this server needs a bearer token (Authorization: Bearer <token>)');
  }
}

/** The one table from error codes to HTTP statuses; the README lists it. */
export const httpStatusOf = {
  USAGE: 400,
  INVALID_QUERY: 400,
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  DATABASE_BUSY: 503,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export const errorSchema = Type.Object({ code: Type.String(), message: Type.String() });

const statusByCode = new Map<string, number>(Object.entries(httpStatusOf));

/** What the client sees of an error: its code and one line; internal errors say nothing more. */
export function describeApiError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof DiligentError) {
    return { status: statusByCode.get(error.code) ?? 500, code: error.code, message: error.message };
  }
  if (isValidationError(error)) return { status: 400, code: 'VALIDATION', message: error.message };
  if (isHttpError(error)) return { status: error.statusCode, code: 'HTTP', message: error.message };
  return { status: 500, code: 'INTERNAL', message: 'internal error' };
}

function isValidationError(error: unknown): error is Error {
  return error instanceof Error && 'validation' in error;
}

function isHttpError(error: unknown): error is Error & { statusCode: number } {
  return (
    error instanceof Error &&
    'statusCode' in error &&
    typeof error.statusCode === 'number' &&
    error.statusCode >= 400 &&
    error.statusCode < 500
  );
}
