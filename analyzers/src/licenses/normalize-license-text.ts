/**
 * Normalises a license text after the SPDX matching guidelines (spdx.org/licenses, "Matching
 * Guidelines"): case, whitespace, punctuation, quotes and dashes, bullets and list numbering,
 * copyright notices and varietal spellings do not tell two licenses apart.
 */
export function normalizeLicenseText(text: string): string[] {
  const lines = text
    .toLowerCase()
    .split(/\r?\n/)
    .filter((line) => !isCopyrightLine(line))
    .map((line) => line.replace(bullet, ' '));
  const words = lines
    .join(' ')
    .replace(/https?:\/\/\S+/g, (url) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
  return words.map((word) => equivalentWords.get(word) ?? word);
}

// "Copyright (c) 2024 Acme", "Copyright 2020", "Copyright <year>", "(C) 2020 ...", "© Acme",
// "All rights reserved." (guideline 8.1.1); not a wrapped "copyright notice" of the license body.
const copyrightLine = /^\s*(copyright\s*(\(c\)|©|\d|<|\[|\{)|\(c\)|©|all rights reserved)/;

function isCopyrightLine(line: string): boolean {
  return copyrightLine.test(line);
}

// "1.", "(a)", "iv)", "*", "-", "•" at the start of a line (guideline 7.1).
const bullet = /^\s*(?:[*•·\-–—]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+/;

// Varietal spellings the SPDX guidelines list (equivalentwords.txt), the common ones.
const equivalentWords = new Map<string, string>([
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['sublicence', 'sublicense'],
  ['licenced', 'licensed'],
  ['licencing', 'licensing'],
  ['acknowledgement', 'acknowledgment'],
  ['analogue', 'analog'],
  ['authorisation', 'authorization'],
  ['authorised', 'authorized'],
  ['characterise', 'characterize'],
  ['offence', 'offense'],
  ['organisation', 'organization'],
  ['wilful', 'willful'],
]);
