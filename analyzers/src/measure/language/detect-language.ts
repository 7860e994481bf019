/**
 * cloc 1.96's `classify_file`: the language of a file from its name, and when the name is not
 * enough, from its first line (`#!` interpreter, `<?xml`) or, for extensions several languages
 * share, from its content. Names are exactly cloc's ('C/C++ Header', 'Bourne Again Shell').
 */
import { isCountableLanguage } from '../lines/cloc-line-counter.ts';
import {
  languageByExtension,
  languageByFileName,
  languageByFileNamePrefix,
  languageByInterpreter,
  notCodeExtensions,
  notCodeFileNames,
} from './cloc-language-tables.ts';
import { firstLine, interpreterOf } from './interpreter.ts';
import { perl } from './raw-lines.ts';
import { resolveCollision } from './resolve-collision.ts';

/**
 * The language cloc would count `path` as, or null when cloc would skip it (unknown, or one of
 * its "not code" names such as README, *.png, *.csv). `head` is the start of the content (the
 * whole content for exact agreement with cloc's content heuristics); bytes are read as Latin-1.
 */
export function detectLanguage(path: string, head: Uint8Array | string): string | null {
  const text = typeof head === 'string' ? head : Buffer.from(head).toString('latin1');
  const file = path.slice(path.lastIndexOf('/') + 1);
  const language = classifyFile(file, text) ?? beyondCloc(file, text);
  return language !== null && isCountableLanguage(language) ? language : null;
}

/**
 * Files cloc 1.96 does not know but Diligent must measure: TypeScript's module extensions
 * (`.mts`, `.cts`) and Node scripts (`#!/usr/bin/env node`). They are counted with the TypeScript
 * and JavaScript rules; cloc skips them, so they have no cloc figure to compare with.
 */
function beyondCloc(file: string, text: string): string | null {
  if (/\.[mc]ts$/.test(file)) return 'TypeScript';
  return interpreterOf(text) === 'node' ? 'JavaScript' : null;
}

function classifyFile(file: string, text: string): string | null {
  if (notCodeFileNames.has(file) || file.endsWith('~')) return null;
  const byName = languageByFileName.get(file);
  if (byName !== undefined) return resolveCollision(byName, text);
  const extensions = extensionsOf(file);
  if (extensions.length === 0) return languageByFileName.get(file.toLowerCase()) ?? byFirstLine(text);
  for (const extension of extensions) {
    if (notCodeExtensions.has(extension)) return null;
    const mapped = languageByExtension.get(extension);
    if (mapped !== undefined) return resolveCollision(mapped, text, extension);
  }
  const stem = perl('^(.*?)\\.\\S+$').exec(file)?.[1] ?? file;
  return languageByFileNamePrefix.get(stem) ?? byFirstLine(text);
}

/** Triple, double and single extension, longest first (`a.b.c.d` gives b.c.d, c.d, d). */
function extensionsOf(file: string): string[] {
  const single = perl('\\.([^\\.]+)$').exec(file)?.[1];
  if (single === undefined) return [];
  const double = perl('\\.([^\\.]+\\.[^\\.]+)$').exec(file)?.[1];
  const triple = perl('\\.([^\\.]+\\.[^\\.]+\\.[^\\.]+)$').exec(file)?.[1];
  return [triple, double, single].filter((extension) => extension !== undefined);
}

function byFirstLine(text: string): string | null {
  const interpreter = interpreterOf(text);
  const language = languageByInterpreter.get(interpreter);
  if (language !== undefined) return isCountableLanguage(language) ? language : null;
  return perl('<\\?xml\\s').test(firstLine(text)) ? 'XML' : null;
}
