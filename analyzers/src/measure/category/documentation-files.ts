/**
 * Documentation, after GitHub Linguist's documentation.yml (docs folders, README, LICENSE,
 * CHANGELOG, CONTRIBUTING...), plus prose files anywhere: cloc's Markdown, reStructuredText,
 * AsciiDoc and Text, and the files cloc refuses as "not code" (AUTHORS, NEWS, man pages).
 */
import { matchesAny, type PathRule } from './category-types.ts';

const documentationPaths: readonly PathRule[] = [
  /^(?:[Dd]ocs?|[Dd]ocumentation|[Mm]an|[Ee]xamples|[Dd]emos?|[Ss]amples?)\//,
  /(?:^|\/)(?:[Dd]ocumentation|[Gg]roovydoc|[Jj]avadoc)\//,
  /(?:^|\/)inst\/doc\//,
  /(?:^|\/)(?:README|[Rr]eadme|CONTRIBUTING|[Cc]ontributing|CODE_OF_CONDUCT|SECURITY)(?:\.|$)/,
  /(?:^|\/)(?:CHANGE(?:S|LOG)?|[Cc]hange[Ll]og|HISTORY|[Hh]istory|NEWS|RELEASE[-_]?NOTES)(?:\.|$)/,
  /(?:^|\/)(?:LICEN[CS]E|[Ll]icen[cs]e|COPYING|COPYRIGHT|NOTICE|PATENTS)(?:[-.]|$)/,
  /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|INSTALL|TODO|FAQ)(?:\.|$)/,
  /(?:^|\/)CITATION(?:\.cff|S?(?:\.(?:bib|md))?)$/,
  /\.(?:[1-9]|man)$/, // man pages
];

const proseLanguages: ReadonlySet<string> = new Set([
  'Markdown',
  'reStructuredText',
  'AsciiDoc',
  'Text',
  'RAML',
]);

/** Text files that are settings, not prose: left for the config rules. */
const textSettings = /(?:^|\/)(?:requirements|constraints)[^/]*\.txt$/;

export function isDocumentation(path: string, language: string | null): boolean {
  if (textSettings.test(path)) return false;
  return (language !== null && proseLanguages.has(language)) || matchesAny(path, documentationPaths);
}
