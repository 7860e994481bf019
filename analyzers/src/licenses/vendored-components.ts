/**
 * The vendored component a vendored file belongs to: the folder right under a vendoring folder
 * (`vendor/left-pad`, `third_party/zlib`, `node_modules/@scope/pkg`), or the file itself when it
 * lies directly in one (`vendor/jquery.js`) or was vendored by name or by `.gitattributes`.
 */
export function vendoredComponentOf(path: string): string {
  const match = vendoringFolder.exec(path);
  if (!match) return path;
  const rest = path.slice(match[0].length).split('/');
  const depth = rest[0]?.startsWith('@') && rest.length > 2 ? 2 : 1;
  return rest.length <= depth ? path : match[0] + rest.slice(0, depth).join('/');
}

// Innermost vendoring folder: a package vendored inside another is its own component.
const vendoringFolder =
  /^(?:.*\/)?(?:vendor|vendors|vendored|third[_-]?party|3rd[_-]?party|external|externals|extern|deps|node_modules|bower_components|jspm_packages|Godeps\/_workspace\/src)\//;
