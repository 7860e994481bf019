import { createReadStream } from 'node:fs';
import type { ReportText } from './report-file.ts';

const chunkBytes = 1 << 20;

/** A file's text, streamed from disk a megabyte at a time. */
export async function* fileText(path: string): ReportText {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/** A blob already in memory (a committed report), handed out in the same chunks. */
export async function* bufferText(buffer: Uint8Array): ReportText {
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < buffer.length; at += chunkBytes)
    yield decoder.decode(buffer.subarray(at, at + chunkBytes), { stream: true });
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
