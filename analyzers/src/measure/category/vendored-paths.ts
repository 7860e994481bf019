/**
 * Vendored (third-party) files, after GitHub Linguist's vendor.yml: dependency folders and the
 * names of widely copied libraries. Linguist also lists `dist/` (we call it generated) and
 * `*.min.js` (we call it minified); like Linguist, TypeScript declaration files (`.d.ts`) are
 * vendored, because most are copied from DefinitelyTyped or generated.
 */
import { matchesAny, type PathRule } from './category-types.ts';

const vendoredPaths: readonly PathRule[] = [
  // Dependency folders.
  /(?:^|\/)node_modules\//,
  /(?:^|\/)bower_components\//,
  /(?:^|\/)jspm_packages\//,
  /(?:^|\/)[Vv]+endors?\//,
  /(?:^|\/)third[-_]?party\//i,
  /(?:^|\/)3rd[-_]?party\//i,
  /(?:^|\/)extern(?:al)?\//,
  /^deps\//,
  /^[Dd]ependencies\//,
  /(?:^|\/)Godeps\/_workspace\//,
  /(?:^|\/)Pods\//,
  /^Carthage\//,
  /(?:^|\/)\.yarn\/(?:releases|plugins|sdks|versions)\//,
  /(?:^|\/)\.bundle\//,
  /(?:^|\/)site-packages\//,
  /(?:^|\/)gradle\/wrapper\//,
  /(?:^|\/)gradlew(?:\.bat)?$/,
  /(?:^|\/)mvnw(?:\.cmd)?$/,
  /(?:^|\/)\.mvn\/wrapper\//,
  // Autotools output copied into C projects.
  /(?:^|\/)(?:configure|config\.guess|config\.sub|aclocal\.m4|libtool\.m4|ltmain\.sh)$/,
  // Widely bundled JavaScript and CSS libraries.
  /(?:^|\/)jquery(?:[^.]*)\.js$/,
  /(?:^|\/)jquery-\d\.\d+(?:\.\d+)?\.js$/,
  /(?:^|\/)jquery-ui(?:-\d\.\d+(?:\.\d+)?)?(?:\.\w+)?\.(?:js|css)$/,
  /(?:^|\/)bootstrap(?:[^./]*)\.(?:js|css|less|scss|styl)$/,
  /(?:^|\/)(?:font-awesome|foundation|normalize|animate)\.(?:css|less|scss|styl)$/,
  /(?:^|\/)(?:angular|react(?:-[^.]*)?|d3(?:\.v\d+)?|modernizr[^/]*|backbone|underscore|lodash|moment|ckeditor|html5shiv|tiny_mce[^/.]*)\.js$/,
  /(?:^|\/)(?:MathJax|ace-builds|tiny_mce)\//,
  // TypeScript declarations.
  /\.d\.(?:[cm]?ts)$/,
];

export function isVendoredPath(path: string): boolean {
  return matchesAny(path, vendoredPaths);
}
