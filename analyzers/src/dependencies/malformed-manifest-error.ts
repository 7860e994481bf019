import { DiligentError } from '../errors.ts';

/** A manifest or lock file that cannot be read: the analysis warns and goes on. */
export class MalformedManifestError extends DiligentError {
  constructor(reason: string) {
    super('MALFORMED_MANIFEST', reason);
  }
}

/** Runs a parser of a well-kept library, turning its failure into a one-line reason. */
export function parseOrThrow<T>(format: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new MalformedManifestError(`not valid ${format}: ${reason}`);
  }
}
