/** Language detection with cloc 1.96's names and rules, and git's binary test. */
export { detectLanguage } from './detect-language.ts';
export { binarySniffLength, isBinaryContent } from './binary-content.ts';
export { interpreterOf } from './interpreter.ts';
export { clocVersion } from './cloc-language-tables.ts';
