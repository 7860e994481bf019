import { posix } from 'node:path';
import { ts } from 'ts-morph';
import { repoRoot, type VirtualRepoHost } from './virtual-repo-host.ts';

const configNames = ['tsconfig.json', 'jsconfig.json'];

/** When no tsconfig applies: how bundlers and current TypeScript resolve. */
const defaults: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

/**
 * The compiler options that apply to files of a folder: the nearest tsconfig.json or jsconfig.json
 * up the tree, with its `extends` chain (inside the repo), `baseUrl` and `paths`. JS and JSON
 * imports always resolve, whatever the project set.
 */
export function compilerOptionsFor(
  dir: string,
  host: VirtualRepoHost,
  cache: Map<string, ts.CompilerOptions>,
): ts.CompilerOptions {
  const cached = cache.get(dir);
  if (cached) return cached;
  const configPath = configNames
    .map((name) => posix.join(dir, name))
    .find((p) => host.fileExists(posix.join(repoRoot, p)));
  const parent = dir === '.' || dir === '' ? null : posix.dirname(dir);
  const inherited = configPath ? null : parent === null ? defaults : compilerOptionsFor(parent, host, cache);
  const options = {
    ...(inherited ?? parseConfig(configPath ?? '', host)),
    allowJs: true,
    resolveJsonModule: true,
  };
  cache.set(dir, options);
  return options;
}

function parseConfig(configPath: string, host: VirtualRepoHost): ts.CompilerOptions {
  const fileName = posix.join(repoRoot, configPath);
  const json = ts.parseConfigFileTextToJson(fileName, host.readFile(fileName) ?? '{}');
  const parsed = ts.parseJsonConfigFileContent(
    json.config ?? {},
    host,
    posix.dirname(fileName),
    undefined,
    fileName,
  );
  return { ...defaults, ...parsed.options };
}
