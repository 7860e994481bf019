/**
 * Tests, by the folder and file naming conventions of the common ecosystems. Folder names are
 * matched case-insensitively (`test/`, `Tests/`, `MyApp.Tests/`, `__tests__/`, `spec/`...).
 */
import { matchesAny, type PathRule } from './category-types.ts';

const testFolders: readonly PathRule[] = [
  /(?:^|\/)(?:__tests?__|tests?|specs?|__mocks__|__snapshots__|__fixtures__|testdata|e2e)\//i,
  /(?:^|\/)(?:unit|integration|functional|acceptance)[-_]?tests?\//i,
  /(?:^|\/)[^/]+\.(?:unit|integration)?tests?\//i, // .NET test projects: MyApp.Tests/
  /(?:^|\/)src\/(?:test|androidTest|testFixtures)\//, // Maven and Gradle layouts
];

const testFileNames: readonly PathRule[] = [
  /\.(?:test|spec|e2e-spec|test-d)\.[cm]?[jt]sx?$/, // JavaScript and TypeScript
  /\.(?:test|spec)\.(?:vue|svelte)$/,
  /(?:^|\/)test_[^/]*\.py$/, // pytest
  /_tests?\.py$/,
  /(?:^|\/)conftest\.py$/,
  /_test\.go$/,
  /_(?:spec|test)\.rb$/,
  /[A-Za-z0-9](?:Tests?|IT|Spec)\.(?:java|kt|kts|scala|groovy)$/, // JUnit, Kotest, ScalaTest, Spock
  /Tests?\.(?:cs|fs|vb)$/, // xUnit, NUnit, MSTest
  /Tests?\.(?:swift|m|mm)$/, // XCTest
  /(?:Test|_test)\.php$/, // PHPUnit
  /_test\.(?:c|cc|cpp|cxx|rs|exs|dart|ts|js)$/, // GoogleTest, Rust, ExUnit, Dart
  /_spec\.(?:lua|js|ts|exs)$/,
  /\.bats$/,
];

export function isTestPath(path: string): boolean {
  return matchesAny(path, testFolders) || matchesAny(path, testFileNames);
}
