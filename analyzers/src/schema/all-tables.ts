import { analysisWarnings } from './tables/analysis-warnings.ts';
import { authors } from './tables/authors.ts';
import { commitCoauthors } from './tables/commit-coauthors.ts';
import { commits } from './tables/commits.ts';
import { fileChanges } from './tables/file-changes.ts';
import { files } from './tables/files.ts';
import { repos } from './tables/repos.ts';

/** Every table of a repo database, in the order they are documented and created. */
export const allTables = [
  repos,
  commits,
  commitCoauthors,
  fileChanges,
  authors,
  files,
  analysisWarnings,
] as const;
