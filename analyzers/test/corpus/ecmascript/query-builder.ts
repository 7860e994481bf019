export type Primitive = string | number | boolean | null;
export type Condition =
  | { op: 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge'; column: string; value: Primitive }
  | { op: 'in'; column: string; values: Primitive[] }
  | { op: 'and' | 'or'; conditions: Condition[] }
  | { op: 'not'; condition: Condition };

type Direction = 'asc' | 'desc';
type Row<T> = T extends object ? { [K in keyof T]: T[K] } : never;

const OPERATORS = { eq: '=', ne: '<>', lt: '<', gt: '>', le: '<=', ge: '>=' } as const;

export function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return `"${name.replace(/"/g, '""')}"`;
  }
  return name;
}

export function literal(value: Primitive): string {
  if (value === null) return 'NULL';
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? String(value) : 'NULL';
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'string':
      return `'${value.replace(/'/g, "''")}'`;
  }
  return 'NULL';
}

export function compile(condition: Condition, depth = 0): string {
  switch (condition.op) {
    case 'and':
    case 'or': {
      if (condition.conditions.length === 0) return condition.op === 'and' ? 'TRUE' : 'FALSE';
      const parts = condition.conditions.map((c) => compile(c, depth + 1));
      const joined = parts.join(` ${condition.op.toUpperCase()} `);
      return depth > 0 && parts.length > 1 ? `(${joined})` : joined;
    }
    case 'not':
      return `NOT (${compile(condition.condition, depth + 1)})`;
    case 'in':
      if (!condition.values.length) return 'FALSE';
      return `${quoteIdentifier(condition.column)} IN (${condition.values.map(literal).join(', ')})`;
    default:
      if (condition.value === null && (condition.op === 'eq' || condition.op === 'ne')) {
        return `${quoteIdentifier(condition.column)} IS ${condition.op === 'eq' ? '' : 'NOT '}NULL`;
      }
      return `${quoteIdentifier(condition.column)} ${OPERATORS[condition.op]} ${literal(condition.value)}`;
  }
}

export class QueryBuilder<T extends Record<string, Primitive>> {
  private columns: string[] = [];
  private filters: Condition[] = [];
  private ordering: Array<[string, Direction]> = [];
  private limitCount?: number;
  private offsetCount = 0;

  constructor(private readonly table: string) {}

  select(...columns: Array<keyof T & string>): this {
    this.columns.push(...columns);
    return this;
  }

  where(column: keyof T & string, op: 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge', value: Primitive): this;
  where(condition: Condition): this;
  where(columnOrCondition: any, op?: any, value?: Primitive): this {
    if (typeof columnOrCondition === 'string') {
      this.filters.push({ op, column: columnOrCondition, value: value ?? null });
    } else {
      this.filters.push(columnOrCondition);
    }
    return this;
  }

  whereIn(column: keyof T & string, values: Primitive[]): this {
    this.filters.push({ op: 'in', column, values });
    return this;
  }

  orderBy(column: keyof T & string, direction: Direction = 'asc'): this {
    this.ordering.push([column, direction]);
    return this;
  }

  limit(count: number, offset?: number): this {
    if (count < 0) throw new RangeError('limit must not be negative');
    this.limitCount = count;
    this.offsetCount = offset ?? this.offsetCount;
    return this;
  }

  toSql(): string {
    const columns = this.columns.length ? this.columns.map(quoteIdentifier).join(', ') : '*';
    let sql = `SELECT ${columns} FROM ${quoteIdentifier(this.table)}`;
    if (this.filters.length) {
      sql += ` WHERE ${compile({ op: 'and', conditions: this.filters })}`;
    }
    if (this.ordering.length) {
      sql += ` ORDER BY ${this.ordering.map(([c, d]) => `${quoteIdentifier(c)} ${d.toUpperCase()}`).join(', ')}`;
    }
    if (this.limitCount !== undefined) sql += ` LIMIT ${this.limitCount}`;
    if (this.offsetCount) sql += ` OFFSET ${this.offsetCount}`;
    return sql;
  }

  evaluate(rows: Array<Row<T>>): Array<Row<T>> {
    const matches = (row: Row<T>, condition: Condition): boolean => {
      switch (condition.op) {
        case 'and':
          return condition.conditions.every((c) => matches(row, c));
        case 'or':
          return condition.conditions.some((c) => matches(row, c));
        case 'not':
          return !matches(row, condition.condition);
        case 'in':
          return condition.values.includes(row[condition.column] as Primitive);
        case 'eq':
          return row[condition.column] === condition.value;
        case 'ne':
          return row[condition.column] !== condition.value;
        case 'lt':
          return (row[condition.column] as number) < (condition.value as number);
        case 'gt':
          return (row[condition.column] as number) > (condition.value as number);
        case 'le':
          return (row[condition.column] as number) <= (condition.value as number);
        case 'ge':
          return (row[condition.column] as number) >= (condition.value as number);
      }
    };
    let result = rows.filter((row) => this.filters.every((f) => matches(row, f)));
    for (let i = this.ordering.length - 1; i >= 0; i--) {
      const [column, direction] = this.ordering[i]!;
      result = [...result].sort((a, b) => {
        const left = a[column]!;
        const right = b[column]!;
        if (left === right) return 0;
        const order = left! < right! ? -1 : 1;
        return direction === 'asc' ? order : -order;
      });
    }
    const start = this.offsetCount;
    const end = this.limitCount === undefined ? undefined : start + this.limitCount;
    return result.slice(start, end);
  }
}

export function and(...conditions: Condition[]): Condition {
  return { op: 'and', conditions };
}

export function or(...conditions: Condition[]): Condition {
  return { op: 'or', conditions };
}

export const not = (condition: Condition): Condition => ({ op: 'not', condition });

export function simplify(condition: Condition): Condition {
  if (condition.op === 'not' && condition.condition.op === 'not') {
    return simplify(condition.condition.condition);
  }
  if (condition.op === 'and' || condition.op === 'or') {
    const flattened: Condition[] = [];
    for (const child of condition.conditions.map(simplify)) {
      if (child.op === condition.op) flattened.push(...(child as { conditions: Condition[] }).conditions);
      else flattened.push(child);
    }
    return flattened.length === 1 ? flattened[0]! : { op: condition.op, conditions: flattened };
  }
  return condition;
}

export function columnsOf(condition: Condition, into = new Set<string>()): Set<string> {
  if ('column' in condition) into.add(condition.column);
  else if ('conditions' in condition) condition.conditions.forEach((c) => columnsOf(c, into));
  else columnsOf(condition.condition, into);
  return into;
}
