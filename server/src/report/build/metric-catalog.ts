/**
 * Every metric the report shows, defined in one sentence with the heading of docs/metrics.md that
 * defines it in full (a test checks that each heading exists).
 */
export const metricCatalog = [
  [
    'Code lines',
    'Lines of code as cloc counts them; generated, vendored and minified files left out of sizes.',
    'how-a-files-numbers-are-counted',
  ],
  [
    'Language',
    'The language cloc would give the file, from its extension, name or shebang.',
    'language-detection',
  ],
  ['File category', 'generated, vendored, minified, test, documentation, config or source.', 'categories'],
  ['Commits', 'Every commit reachable from the pinned commit, merges included.', 'commits'],
  ['Age', 'From the first author date to the last, in years.', 'commits'],
  [
    'Activity trend',
    'Commits by people in the 6 months before the pinned commit against the 6 months before those.',
    'activity-trend',
  ],
  [
    'Active / former',
    'Active: a commit in the 6 months before the pinned commit; former otherwise.',
    'status-active-or-former',
  ],
  [
    'Truck factor',
    'How many people must leave before more than half of the files have no author left.',
    'truck-factor-truck_factor',
  ],
  [
    'DOA author',
    'A person whose degree of authorship of a file makes them one of its authors.',
    'degree-of-authorship-file_authorship--avelino-et-al-icpc-2016',
  ],
  [
    'Knowledge',
    'Σ over the files a person authors of the file’s weight over its number of authors.',
    'key-people-peopleknowledge-knowledge_share-knowledge_rank',
  ],
  [
    'Hotspot (ownership)',
    'A file changed at least max(2, 90th percentile) times in the last year (people metrics).',
    'key-people-peopleknowledge-knowledge_share-knowledge_rank',
  ],
  [
    'Hotspot concentration',
    'Share of the window’s file changes that land in the top 5% hotspot files.',
    'hotspot-concentration',
  ],
  ['Orphaned code', 'Files none of whose DOA authors is active, and their code lines.', 'knowledge-loss'],
  [
    'Off-boarding scenario',
    'What is orphaned, and what the truck factor becomes, once the two key active people leave.',
    'knowledge-loss',
  ],
  [
    'Dependencies',
    'Distinct packages the manifests and lock files name, transitive included, and license findings by severity.',
    'dependencies-in-the-report',
  ],
  [
    'Coverage',
    'Measured: lines hit over lines found from coverage reports; estimated: the share of source files a test reaches. Never mixed.',
    'report-grades',
  ],
  [
    'Cyclomatic complexity',
    'McCabe’s count of decision points of a function, plus one.',
    'complexity-in-typescript-and-javascript',
  ],
  [
    'Risk score',
    'file_risk.score, 0 to 100: hotspot 0.4, complexity, coverage and knowledge 0.2 each; the top risks are ranked by it.',
    'top-risks',
  ],
  ['Grades', 'A to E per area, one documented rule each.', 'report-grades'],
] as const;

export function metricDefinitions(): { name: string; definition: string; doc: string }[] {
  return metricCatalog.map(([name, definition, anchor]) => ({
    name,
    definition,
    doc: `docs/metrics.md#${anchor}`,
  }));
}
