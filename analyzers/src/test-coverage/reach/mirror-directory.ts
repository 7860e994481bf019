/**
 * Folder segments that only say "tests here" or "sources here": `src/test/java/a` mirrors
 * `src/main/java/a`, `spec/models` mirrors `app/models`, `tests/pkg` mirrors `pkg` and `src/pkg`.
 */
const layoutSegments = new Set([
  'test',
  'tests',
  'spec',
  'specs',
  '__tests__',
  'testing',
  'unit',
  'integration',
  'src',
  'main',
  'lib',
  'app',
]);

/** A directory with its layout segments removed, lower-cased: equal keys are mirrors. */
export function mirrorKey(directory: string): string {
  return directory
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/\.(?:unit|integration)?tests?$/, ''))
    .filter((segment) => segment !== '' && !layoutSegments.has(segment))
    .join('/');
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
