/**
 * License files by name, as licensee and GitHub find them: LICENSE, LICENCE, COPYING, UNLICENSE,
 * with an extension or a suffix (`LICENSE.md`, `LICENSE-MIT`, `COPYING.LESSER`). NOTICE and
 * AUTHORS files are not licenses.
 */
const licenseFileName = /^(un)?licen[cs]e([-._][a-z0-9.-]+)?$|^copying([-._][a-z0-9.-]+)?$/i;

const notLicenseText = /\.(json|js|ts|py|go|rb|java|cs|html|xml|yml|yaml|toml|png|svg)$/i;

export function isLicenseFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return licenseFileName.test(name) && !notLicenseText.test(name);
}
