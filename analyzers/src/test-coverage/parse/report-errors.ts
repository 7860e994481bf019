import { DiligentError } from '../../errors.ts';

/** The report breaks its format's syntax: files before the fault are kept. */
export class MalformedReportError extends DiligentError {
  constructor(message: string) {
    super('MALFORMED_REPORT', message);
  }
}

/** The report ends in the middle of a file's entry: files before it are kept. */
export class TruncatedReportError extends DiligentError {
  constructor(message: string) {
    super('TRUNCATED_REPORT', message);
  }
}
