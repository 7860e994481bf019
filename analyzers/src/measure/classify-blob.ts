import { categorize, linguistAttributesFor, type GitattributesRule } from './category/index.ts';
import { detectLanguage, isBinaryContent } from './language/index.ts';

export interface BlobClass {
  isBinary: boolean;
  language: string | null;
  category: string;
}

/** Language, binary or text, and category of one blob, from its path and content (cheap: main thread). */
export function classifyBlob(path: string, blob: Buffer, rules: readonly GitattributesRule[]): BlobClass {
  const isBinary = isBinaryContent(blob.subarray(0, 8000));
  // Only the head is decoded here: the worker decodes the whole text, off the main thread.
  const head = isBinary ? '' : blob.toString('utf8', 0, Math.min(blob.length, 4096));
  const language = isBinary ? null : detectLanguage(path, head);
  const attributes = linguistAttributesFor(path, rules);
  const category = categorize({ path, language, head, size: blob.length, attributes });
  return { isBinary, language, category };
}
