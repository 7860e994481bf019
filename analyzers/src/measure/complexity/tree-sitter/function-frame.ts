import type { TreeCursor } from 'tree-sitter';
import type { FunctionMetrics } from '../../types.ts';
import type { Scope, UnitInfo } from './language-rules.ts';

/** The function being measured. */
export interface Frame {
  metrics: FunctionMetrics;
  simpleName: string;
  /** Receivers through which a call reaches this same object: `self`, `this`, the class... */
  selfNames: ReadonlySet<string>;
  /** The name occurs in the function again, so its calls are worth resolving. */
  mayRecurse: boolean;
  recursive: boolean;
  /** Where the walk last found the name mentioned, for skipping subtrees (landmarks.ts). */
  nextMention: number;
}

/** The frame for the function node under the cursor, with its name qualified by the scope. */
export function openFrame(
  cursor: TreeCursor,
  source: string,
  info: UnitInfo,
  scope: Scope,
  selfReceivers: ReadonlySet<string>,
): Frame {
  const { startPosition: start, endPosition: end, startIndex, endIndex } = cursor;
  const metrics: FunctionMetrics = {
    name: scope.prefix + info.name,
    kind: info.kind,
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: end.row + 1,
    params: info.params,
    cyclomatic: 1,
    cognitive: 0,
  };
  const selfNames = new Set([...selfReceivers, ...(info.selfNames ?? [])]);
  if (scope.container) selfNames.add(scope.container.name);
  const mayRecurse = mentionsTwice(source.slice(startIndex, endIndex), info.simpleName);
  return { metrics, simpleName: info.simpleName, selfNames, mayRecurse, recursive: false, nextMention: -1 };
}

/** A call of the function by its own name, bare or through `self`/`this`/its class. */
export function callsItself(frame: Frame, callee: { name: string; receiver: string | null } | null): boolean {
  if (!callee || callee.name !== frame.simpleName) return false;
  return callee.receiver === null || frame.selfNames.has(callee.receiver);
}

/** The function's own name is one mention; a second one may be a recursive call. */
function mentionsTwice(text: string, name: string): boolean {
  if (name === '') return false;
  const first = text.indexOf(name);
  return first !== -1 && text.indexOf(name, first + name.length) !== -1;
}
