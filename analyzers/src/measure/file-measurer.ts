import type { files, functions, imports } from '../schema/index.ts';
import type { TableAppender } from '../store/index.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import { classifyBlob, type BlobClass } from './classify-blob.ts';
import { functionRow, functionTotals, measuredStatus, treeOnlyRow, type FileRow } from './file-rows.ts';
import { countLines } from './lines/index.ts';
import type { FileMeasurement } from './measure-file.ts';
import type { MeasureOptions, MeasureScope } from './measure-tree.ts';
import type { MeasurePool } from './pool/measure-pool.ts';
import type { Prelude } from './read-prelude.ts';

interface Outputs {
  files: TableAppender<typeof files>;
  functions: TableAppender<typeof functions>;
  imports: TableAppender<typeof imports>;
}

/** Measures one blob and writes its rows: classification here, parsing in the worker pool. */
export class FileMeasurer {
  constructor(
    private readonly scope: MeasureScope,
    private readonly prelude: Prelude,
    private readonly pool: MeasurePool,
    private readonly options: MeasureOptions,
    private readonly out: Outputs,
  ) {}

  async measure(entry: TreeEntry, blob: Buffer | null): Promise<void> {
    const { repoId } = this.scope;
    if (blob === null) {
      this.scope.warn({
        kind: 'missing-object',
        sha: null,
        path: entry.path,
        message: 'blob unreadable: not measured',
      });
      return this.out.files.append(treeOnlyRow(repoId, entry, 'not-read'));
    }
    const blobClass = classifyBlob(entry.path, blob, this.prelude.rules);
    const base = {
      ...treeOnlyRow(repoId, entry, 'binary'),
      is_binary: blobClass.isBinary,
      category: blobClass.category,
    };
    if (blobClass.isBinary) return this.out.files.append(base);
    if (blobClass.language === null)
      return this.out.files.append({ ...base, measure_status: 'unknown-language' });
    await this.measureText(entry, blob, blobClass, { ...base, language: blobClass.language });
  }

  private async measureText(
    entry: TreeEntry,
    blob: Buffer,
    blobClass: BlobClass,
    base: FileRow,
  ): Promise<void> {
    const language = blobClass.language ?? '';
    const parse = fitsLimit(entry, this.options.parseLimitBytes);
    // A copy of exactly this blob: a slice would carry its whole chunk's buffer over IPC.
    const content = new Uint8Array(blob);
    const outcome = await this.pool.measure({ path: entry.path, language, content, parse });
    if (!outcome.ok) {
      this.scope.warn({
        kind: 'unparseable',
        sha: null,
        path: entry.path,
        message: `not parsed: ${outcome.reason}`,
      });
      const lines = countLines(blob.toString('utf8'), language);
      return this.out.files.append({ ...base, ...lineColumns(lines), measure_status: 'unparseable' });
    }
    this.writeMeasurement(entry.path, base, outcome.result, parse);
  }

  private writeMeasurement(path: string, base: FileRow, m: FileMeasurement, parsed: boolean): void {
    if (m.hasSyntaxErrors)
      this.scope.warn({
        kind: 'syntax-error',
        sha: null,
        path,
        message: 'syntax errors: partial parse measured',
      });
    const status = parsed ? measuredStatus(m) : 'lines-only';
    this.out.files.append({
      ...base,
      ...lineColumns(m.lines),
      ...functionTotals(m.functions),
      measure_status: status,
    });
    for (const f of m.functions ?? []) this.out.functions.append(functionRow(this.scope.repoId, path, f));
    for (const spec of m.imports) {
      const target = this.prelude.resolver.resolve(path, spec.specifier);
      this.out.imports.append({
        repo_id: this.scope.repoId,
        path,
        line: spec.line,
        specifier: spec.specifier,
        target_kind: target.kind,
        target_path: target.targetPath,
        package_name: target.packageName,
        is_type_only: spec.typeOnly,
      });
    }
  }
}

function fitsLimit(entry: TreeEntry, limit: number): boolean {
  return (entry.size ?? 0) <= limit;
}

function lineColumns(lines: { code: number; comment: number; blank: number }) {
  return { code_lines: lines.code, comment_lines: lines.comment, blank_lines: lines.blank };
}
