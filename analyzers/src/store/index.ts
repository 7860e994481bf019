export { RepoDatabaseWriter } from './repo-db-writer.ts';
export { TableAppender } from './table-appender.ts';
export { repoFilePath, reposDir, repoIdFromName } from './deal-layout.ts';
export { DealReader } from './deal-reader.ts';
export { decodeColumns, decodeRow } from './decode-row.ts';
