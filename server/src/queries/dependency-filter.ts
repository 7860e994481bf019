/**
 * The WHERE clause the dependency list and its count share: `$search` in the name (any case), and
 * `$ecosystem`, `$scope`, `$direct` ('direct' | 'transitive') when not ''.
 */
export const dependencyFilter = `
WHERE repo_id = $repo AND ($search = '' OR contains(lower(name), lower($search)))
  AND ($ecosystem = '' OR ecosystem = $ecosystem) AND ($scope = '' OR scope = $scope)
  AND ($direct = '' OR is_direct = ($direct = 'direct'))`;

export type DependencyFilter = {
  repo: string;
  search: string;
  ecosystem: string;
  scope: string;
  direct: string;
};
