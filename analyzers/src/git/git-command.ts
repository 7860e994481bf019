/**
 * How Diligent runs the git binary against an untrusted repository: user and system config are
 * ignored, replace refs are off, and config that could run a program or change what `git log`
 * prints is pinned to git's defaults. The process runs inside the git directory, so git sees no
 * work tree: no `.gitattributes`, `.mailmap` or hooks from a checkout are read.
 */
const pinnedConfig = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.attributesFile=/dev/null',
  'diff.renames=true',
  'diff.renameLimit=1000',
  'diff.algorithm=myers',
  'diff.relative=false',
  'diff.external=',
  'log.showRoot=true',
  'log.showSignature=false',
  'log.follow=false',
  'log.mailmap=false',
  'safe.directory=*',
];

export function gitArgs(args: readonly string[]): string[] {
  return [...pinnedConfig.flatMap((kv) => ['-c', kv]), ...args];
}

export function gitEnv(gitDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_DIR: gitDir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_PAGER: 'cat',
    GIT_LITERAL_PATHSPECS: '1',
    LC_ALL: 'C',
  };
}
