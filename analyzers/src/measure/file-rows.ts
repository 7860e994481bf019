import type { RowOf } from '../schema/index.ts';
import type { files, functions } from '../schema/index.ts';
import type { TreeEntry } from '../tree/list-tree.ts';
import type { FileMeasurement, MeasuredFunction } from './measure-file.ts';

export type FileRow = RowOf<typeof files>;

const unmeasured = {
  language: null,
  is_binary: null,
  category: null,
  code_lines: null,
  comment_lines: null,
  blank_lines: null,
  function_count: null,
  cyclomatic_sum: null,
  cyclomatic_max: null,
  cognitive_sum: null,
  cognitive_max: null,
  longest_function_lines: null,
};

/** A files row with only what the tree listing says, for entries whose content was not measured. */
export function treeOnlyRow(
  repoId: string,
  entry: TreeEntry,
  status: string,
  symlinkTarget: string | null = null,
): FileRow {
  return {
    repo_id: repoId,
    path: entry.path,
    kind: entry.kind,
    mode: entry.mode,
    object_id: entry.objectId,
    size: entry.size,
    symlink_target: symlinkTarget,
    ...unmeasured,
    measure_status: status,
  };
}

/** Totals of a file's functions; NULL columns when the language had no analyzer. */
export function functionTotals(fns: readonly MeasuredFunction[] | null) {
  if (fns === null)
    return {
      function_count: null,
      cyclomatic_sum: null,
      cyclomatic_max: null,
      cognitive_sum: null,
      cognitive_max: null,
      longest_function_lines: null,
    };
  const sum = (pick: (f: MeasuredFunction) => number) => fns.reduce((total, f) => total + pick(f), 0);
  const max = (pick: (f: MeasuredFunction) => number) => fns.reduce((top, f) => Math.max(top, pick(f)), 0);
  return {
    function_count: fns.length,
    cyclomatic_sum: sum((f) => f.cyclomatic),
    cyclomatic_max: max((f) => f.cyclomatic),
    cognitive_sum: sum((f) => f.cognitive),
    cognitive_max: max((f) => f.cognitive),
    longest_function_lines: max((f) => f.codeLines),
  };
}

export function functionRow(repoId: string, path: string, f: MeasuredFunction): RowOf<typeof functions> {
  return {
    repo_id: repoId,
    path,
    name: f.name,
    kind: f.kind,
    start_line: f.startLine,
    start_column: f.startColumn,
    end_line: f.endLine,
    params: f.params,
    code_lines: f.codeLines,
    cyclomatic: f.cyclomatic,
    cognitive: f.cognitive,
  };
}

export function measuredStatus(measurement: FileMeasurement): string {
  if (measurement.functions === null) return 'lines-only';
  return measurement.hasSyntaxErrors ? 'syntax-error' : 'measured';
}
