/**
 * cloc's `peek_at_first_line`: the interpreter named by a `#!` first line (`#!/bin/bash` gives
 * `bash`, `#!/usr/bin/env python3` gives `python3`), or '' when there is none.
 */
import { perl } from './raw-lines.ts';

const poundBang = perl('^#\\!\\s*(\\S.*?)$');

export function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

export function interpreterOf(text: string): string {
  const command = poundBang.exec(firstLine(text))?.[1];
  if (command === undefined) return '';
  const words = command.split(/[\t\n\f\r \x0B]+/).filter((word) => word !== '');
  const program = baseName(words[0] ?? '');
  // After env, cloc takes the next word as it is, path and all.
  return program === 'env' && words.length > 1 ? (words[1] ?? '') : program;
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
