/**
 * One category per file, first match wins, in this order:
 *
 *   1. an attribute set in `.gitattributes`: linguist-generated, then linguist-vendored, then
 *      linguist-documentation forces that category;
 *   2. generated   (unless linguist-generated is false): lock files, build output, generator
 *                  banners ("Code generated ... DO NOT EDIT"), protobuf/thrift output, source maps
 *   3. vendored    (unless linguist-vendored is false): node_modules/, vendor/, third_party/...
 *   4. minified    (unless linguist-generated is false, since Linguist counts minified files as
 *                  generated): `*.min.js`, or JS/CSS whose average line exceeds 110 characters
 *   5. test        test folders and test file naming conventions
 *   6. documentation (unless linguist-documentation is false): docs/, README, LICENSE, prose
 *   7. config      settings formats, dotfiles, `*.config.js`, Dockerfiles
 *   8. source      everything else
 *
 * Tests come before documentation and config so that fixtures and test data count as tests.
 */
import type { Category, CategoryInput } from './category-types.ts';
import { isConfig } from './config-files.ts';
import { isDocumentation } from './documentation-files.ts';
import { hasGeneratorBanner, isGeneratedPath, isSourceMap } from './generated-files.ts';
import { isMinified } from './minified-files.ts';
import { isTestPath } from './test-files.ts';
import { isVendoredPath } from './vendored-paths.ts';

export function categorize(input: CategoryInput): Category {
  const { path, language, head, size, attributes } = input;
  if (attributes.generated === true) return 'generated';
  if (attributes.vendored === true) return 'vendored';
  if (attributes.documentation === true) return 'documentation';
  const generatedAllowed = attributes.generated !== false;
  if (generatedAllowed && isGenerated(path, head)) return 'generated';
  if (attributes.vendored !== false && isVendoredPath(path)) return 'vendored';
  if (generatedAllowed && isMinified(path, head, size)) return 'minified';
  if (isTestPath(path)) return 'test';
  if (attributes.documentation !== false && isDocumentation(path, language)) return 'documentation';
  if (isConfig(path, language)) return 'config';
  return 'source';
}

function isGenerated(path: string, head: string): boolean {
  return isGeneratedPath(path) || hasGeneratorBanner(head) || isSourceMap(path, head);
}
