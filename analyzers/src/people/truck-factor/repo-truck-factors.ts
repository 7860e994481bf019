import type { RowOf, truckFactor } from '../../schema/index.ts';
import type { AuthorshipRow } from './authorship-rows.ts';
import { greedyTruckFactor, type Authorship } from './greedy-truck-factor.ts';

export type TruckFactorRow = RowOf<typeof truckFactor>;

/**
 * The truck factor of one repo (scope `repo`) and of each top-level directory (`src/`: a trailing
 * slash, so no directory is mistaken for `repo`). A file at the root belongs to no directory.
 */
export function repoTruckFactors(repoId: string, paths: string[], rows: AuthorshipRow[]): TruckFactorRow[] {
  const authorships: Authorship[] = rows.map((r) => ({ file: r.path, person: r.person_id, doa: r.doa }));
  const firstCommit = new Map(rows.map((r) => [r.person_id, r.first_commit_at?.getTime() ?? null]));
  const firstCommitAt = (person: string) => firstCommit.get(person) ?? null;
  const scopes = new Map<string, string[]>([['repo', paths]]);
  for (const path of paths) {
    const slash = path.indexOf('/');
    if (slash <= 0) continue;
    const component = path.slice(0, slash + 1);
    const members = scopes.get(component) ?? [];
    members.push(path);
    scopes.set(component, members);
  }
  return [...scopes].map(([scope, files]) => {
    const result = greedyTruckFactor(files, authorships, firstCommitAt);
    return {
      repo_id: repoId,
      scope,
      truck_factor: result.truckFactor,
      people: result.people,
      file_count: result.fileCount,
    };
  });
}
