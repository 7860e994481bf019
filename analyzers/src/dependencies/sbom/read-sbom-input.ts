import { dependencies, licenses, repos, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../../people/sql-source.ts';

export interface SbomRepo {
  repo: RowOf<typeof repos>;
  /** The repo's own license: its root license file, else what its root manifest declares. */
  license: string | null;
  dependencies: RowOf<typeof dependencies>[];
}

const reposSql = `SELECT * FROM repos WHERE $repo IS NULL OR repo_id = $repo ORDER BY repo_id`;
const dependenciesSql = `SELECT * FROM dependencies WHERE repo_id = $repo ORDER BY manifest_path, ecosystem, name, version`;
const ownLicenseSql = `
SELECT * FROM licenses
WHERE repo_id = $repo AND license_id IS NOT NULL
  AND (origin = 'repo' OR (origin = 'project' AND component = ''))
ORDER BY origin = 'repo' DESC, path
LIMIT 1
`;

/** What an SBOM export needs of each repo of the deal (or of the one repo asked for). */
export async function readSbomInput(source: SqlSource, repoId: string | null): Promise<SbomRepo[]> {
  const found = await queryRows(source, repos, reposSql, { repo: repoId });
  const result: SbomRepo[] = [];
  for (const repo of found) {
    const params = { repo: repo.repo_id };
    const [own] = await queryRows(source, licenses, ownLicenseSql, params);
    const rows = await queryRows(source, dependencies, dependenciesSql, params);
    result.push({ repo, license: own?.license_id ?? null, dependencies: rows });
  }
  return result;
}
