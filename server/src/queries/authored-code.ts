/**
 * The files whose lines count as the team's code in sizes (overview, report): generated, vendored
 * and minified files are left out; tests, configuration and documentation stay in, as cloc counts.
 */
export const authoredCode = `coalesce(category, '') NOT IN ('generated', 'vendored', 'minified')`;
