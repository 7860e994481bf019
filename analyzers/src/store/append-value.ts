import { LIST, VARCHAR, timestampTZValue, type DuckDBAppender } from '@duckdb/node-api';

const textListType = LIST(VARCHAR);
import type { Column } from '../schema/index.ts';

/** Appends one value in the DuckDB type its schema column declares; rejects a value of another type. */
export function appendValue(appender: DuckDBAppender, column: Column, value: unknown): void {
  if (value === null || value === undefined) {
    if (!column.nullable) throw new TypeError(`NULL in a NOT NULL column: ${column.doc}`);
    return appender.appendNull();
  }
  if (!appendTyped(appender, column.kind, value)) {
    throw new TypeError(`a ${column.kind} column cannot take ${String(value)}`);
  }
}

function appendTyped(appender: DuckDBAppender, kind: Column['kind'], value: unknown): boolean {
  if (kind === 'text' && typeof value === 'string') appender.appendVarchar(value);
  else if (kind === 'int' && Number.isInteger(value)) appender.appendInteger(Number(value));
  else if (kind === 'bigint' && Number.isInteger(value)) appender.appendBigInt(BigInt(Number(value)));
  else if (kind === 'double' && Number.isFinite(value)) appender.appendDouble(Number(value));
  else if (kind === 'bool' && typeof value === 'boolean') appender.appendBoolean(value);
  else if (kind === 'timestamptz' && value instanceof Date) appender.appendTimestampTZ(micros(value));
  else if (kind === 'textList' && isStringList(value)) appender.appendList(value, textListType);
  else return false;
  return true;
}

function micros(date: Date) {
  return timestampTZValue(BigInt(date.getTime()) * 1000n);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
