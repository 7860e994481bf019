declare module 'spdx-expression-parse' {
  type LicenseNode = { license: string; plus?: true; exception?: string };
  type ConjunctionNode = {
    left: LicenseNode | ConjunctionNode;
    conjunction: 'and' | 'or';
    right: LicenseNode | ConjunctionNode;
  };
  export default function parse(expression: string): LicenseNode | ConjunctionNode;
}
