import { DiligentError } from '@diligent/analyzers/errors';

/** `--repo` names a repo the deal does not have, or the deal has none at all. */
export class UnknownRepoError extends DiligentError {
  constructor(unknown: readonly string[], known: readonly string[]) {
    super(
      'UNKNOWN_REPO',
      known.length === 0
        ? 'the database has no analyzed repo (run diligent analyze first)'
        : `no repo ${unknown.join(', ')} in the database (repos: ${known.join(', ')})`,
    );
  }
}
