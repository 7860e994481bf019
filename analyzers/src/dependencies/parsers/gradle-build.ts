import { dependency, type DependencyScope, type FoundDependency, type ManifestFormat } from '../types.ts';
import { basename } from './path-parts.ts';

/**
 * Declared dependencies of `build.gradle` / `build.gradle.kts` in string notation
 * (`implementation 'g:a:1.0'`, `testImplementation("g:a:1.0")`). A build script is a program;
 * without running Gradle (never done: target code is not executed) only literal coordinates can
 * be read, so versions from variables, platforms or catalogs stay unknown.
 */
export const gradleBuild: ManifestFormat = {
  ecosystem: 'maven',
  kind: 'manifest',
  matches: (path) => ['build.gradle', 'build.gradle.kts'].includes(basename(path)),
  parse(text) {
    const found = new Map<string, FoundDependency>();
    const declaration = /\b([A-Za-z]+)\s*\(?\s*["']([^"':\s$]+):([^"':\s$]+)(?::([^"'\s]+))?["']/g;
    for (const match of stripComments(text).matchAll(declaration)) {
      const [, configuration = '', group = '', artifact = '', literal] = match;
      const version = literal === undefined || literal.includes('$') ? null : literal;
      const scope = scopeOf(configuration);
      if (scope === null || found.has(`${group}:${artifact}`)) continue;
      found.set(
        `${group}:${artifact}`,
        dependency({ name: `${group}:${artifact}`, version, direct: true, scope }),
      );
    }
    return { dependencies: [...found.values()], projectLicense: null };
  },
};

function scopeOf(configuration: string): DependencyScope | null {
  if (/^(test|androidTest|annotationProcessor|kapt|ksp|compileOnly|developmentOnly)/.test(configuration))
    return 'dev';
  if (
    /^(implementation|api|compile|runtime|runtimeOnly|runtimeClasspath|compileClasspath)$/.test(configuration)
  )
    return 'runtime';
  return null;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}
