import { defineTable, dependencies, repos, text, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../../people/sql-source.ts';

export interface SbomRepo {
  repo: RowOf<typeof repos>;
  /** The repo's own license: its root license files', else what its root manifests declare. */
  license: string | null;
  dependencies: RowOf<typeof dependencies>[];
}

const reposSql = `SELECT * FROM repos WHERE $repo IS NULL OR repo_id = $repo ORDER BY repo_id`;
const dependenciesSql = `SELECT * FROM dependencies WHERE repo_id = $repo ORDER BY manifest_path, ecosystem, name, version`;
/** The repo's root license files (every license they hold, joined by AND), else its root manifests'. */
const ownLicenseSql = `
WITH own AS (
  SELECT origin, license_id FROM licenses
  WHERE repo_id = $repo AND license_id IS NOT NULL
    AND (origin = 'repo' OR (origin = 'project' AND component = ''))
)
SELECT string_agg(DISTINCT license_id, ' AND ' ORDER BY license_id) AS license_id
FROM own
WHERE origin = (SELECT CASE WHEN bool_or(origin = 'repo') THEN 'repo' ELSE 'project' END FROM own)
`;

const ownLicenseRow = defineTable({
  name: 'own_license',
  doc: 'Query result: the license of a repo itself.',
  key: ['license_id'],
  columns: { license_id: text.nullable('SPDX expression; NULL when none is known.') },
});

/** What an SBOM export needs of each repo of the deal (or of the one repo asked for). */
export async function readSbomInput(source: SqlSource, repoId: string | null): Promise<SbomRepo[]> {
  const found = await queryRows(source, repos, reposSql, { repo: repoId });
  const result: SbomRepo[] = [];
  for (const repo of found) {
    const params = { repo: repo.repo_id };
    const [own] = await queryRows(source, ownLicenseRow, ownLicenseSql, params);
    const rows = await queryRows(source, dependencies, dependenciesSql, params);
    result.push({ repo, license: own?.license_id ?? null, dependencies: rows });
  }
  return result;
}
