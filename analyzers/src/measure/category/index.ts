/** File categories (generated, vendored, minified, test, documentation, config, source). */
export { categorize } from './categorize.ts';
export type { Category, CategoryInput, LinguistAttributes } from './category-types.ts';
export { linguistAttributesFor, parseGitattributes, type GitattributesRule } from './gitattributes.ts';
