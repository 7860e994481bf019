/**
 * A small service with the comment shapes that trip line counters.
 * The URL "http://example.com" in this doc block is not a second comment.
 */
import { readFile } from 'node:fs/promises'; // trailing comment: the line is code

const url = 'http://example.com/api'; // `//` inside a string: cloc removes from there on
const glob = '/*.ts'; // a string that opens a block comment for cloc...
const closer = '*/'; // ...which this string closes, swallowing the line above's rest

/* one-line block */ export const answer = 42;
export const other = 1; /* block after code */

/*
 * multi-line block

 * with a blank line inside
 */

export function parse(text: string): string[] {
  const re = /\/\/+/g; // a regex with slashes
  const template = `/* not a comment in TS, but cloc sees one */`;
  return text.split(re).concat(template);
}

const continued = 'first part \
second part';

	 	
export class Reader {
  // indented line comment
  async read(path: string): Promise<string> {
    return readFile(path, 'utf8'); /* trailing block */ // and a line comment
  }
}
// last line without a final newline