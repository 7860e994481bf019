import type { ManifestFormat } from './types.ts';
import { npmPackageJson } from './parsers/npm-package-json.ts';
import { npmPackageLock } from './parsers/npm-package-lock.ts';
import { pnpmLock } from './parsers/pnpm-lock.ts';
import { yarnLock } from './parsers/yarn-lock.ts';
import { pythonRequirements } from './parsers/python-requirements.ts';
import { pyproject } from './parsers/pyproject.ts';
import { pipfile } from './parsers/pipfile.ts';
import { pipfileLock } from './parsers/pipfile-lock.ts';
import { poetryLock } from './parsers/poetry-lock.ts';
import { uvLock } from './parsers/uv-lock.ts';
import { goMod } from './parsers/go-mod.ts';
import { goSum } from './parsers/go-sum.ts';
import { mavenPom } from './parsers/maven-pom.ts';
import { gradleBuild } from './parsers/gradle-build.ts';
import { gradleLockfile } from './parsers/gradle-lockfile.ts';
import { cargoToml } from './parsers/cargo-toml.ts';
import { cargoLock } from './parsers/cargo-lock.ts';
import { gemfileLock } from './parsers/gemfile-lock.ts';
import { composerJson } from './parsers/composer-json.ts';
import { composerLock } from './parsers/composer-lock.ts';
import { csproj } from './parsers/csproj.ts';
import { nugetLock } from './parsers/nuget-lock.ts';

/** Every manifest and lock file format read, one parser module each. */
export const manifestFormats: readonly ManifestFormat[] = [
  npmPackageJson,
  npmPackageLock,
  pnpmLock,
  yarnLock,
  pythonRequirements,
  pyproject,
  pipfile,
  pipfileLock,
  poetryLock,
  uvLock,
  goMod,
  goSum,
  mavenPom,
  gradleBuild,
  gradleLockfile,
  cargoToml,
  cargoLock,
  gemfileLock,
  composerJson,
  composerLock,
  csproj,
  nugetLock,
];

export function formatOf(path: string): ManifestFormat | undefined {
  return manifestFormats.find((format) => format.matches(path));
}
