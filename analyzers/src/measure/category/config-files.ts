/**
 * Configuration: files that declare settings rather than behaviour. Data and settings formats
 * (JSON, YAML, TOML, INI, .properties, XML build descriptors), dotfiles and `rc` files, `.env`
 * files, `*.config.js`-style files, and container definitions (Dockerfile, compose files).
 * Build logic that is code (Makefile, CMake, Gradle, Bazel) and shell scripts are source.
 */
import { matchesAny, type PathRule } from './category-types.ts';

const configLanguages: ReadonlySet<string> = new Set([
  'JSON',
  'JSON5',
  'YAML',
  'TOML',
  'INI',
  'Properties',
  'Dockerfile',
  'Containerfile',
  'Maven',
  'Ant',
  'MSBuild script',
  'XML',
  'XSD',
  'HCL',
  'Nix',
  'dhall',
]);

const configPaths: readonly PathRule[] = [
  /(?:^|\/)\.[^/]+$/, // dotfiles: .eslintrc, .prettierrc.json, .gitignore, .editorconfig, .npmrc
  /(?:^|\/)\.env(?:\.[^/]*)?$/,
  /(?:^|\/)[a-z]+rc(?:\.(?:js|cjs|mjs|json|ya?ml|toml))?$/, // rc files named without the dot
  /(?:^|\/)[^/]+\.config\.(?:js|cjs|mjs|ts|cts|mts|json)$/, // vite.config.ts, jest.config.js
  /(?:^|\/)(?:Dockerfile|Containerfile)(?:\.[^/]*)?$/,
  /(?:^|\/)(?:docker-)?compose(?:\.[^/]*)?\.ya?ml$/,
  /\.(?:cfg|conf|ini|properties|plist|env|editorconfig|csproj|vbproj|fsproj|sln|props|targets)$/i,
  /(?:^|\/)(?:Procfile|Vagrantfile|Brewfile|CODEOWNERS)$/,
  /(?:^|\/)(?:requirements|constraints)[^/]*\.(?:txt|in)$/, // pip
];

export function isConfig(path: string, language: string | null): boolean {
  return (language !== null && configLanguages.has(language)) || matchesAny(path, configPaths);
}
