import { DiligentError } from '../../errors.ts';

/** Asked to count lines of a language cloc has no comment filters for (a caller's mistake). */
export class UnknownLanguageError extends DiligentError {
  readonly language: string;
  constructor(language: string) {
    super('UNKNOWN_LANGUAGE', `cloc has no line counter for the language "${language}"`);
    this.language = language;
  }
}
