import { UsageError } from '../../errors.ts';

/** The identities file cannot be read or does not follow the format: a usage error (exit status 2). */
export class InvalidIdentitiesFileError extends UsageError {
  constructor(source: string, reason: string) {
    super(`identities file ${source}: ${reason}`);
  }
}
