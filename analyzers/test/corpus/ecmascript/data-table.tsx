import { createContext, forwardRef, memo, useContext, useId, useMemo, useState, type ReactNode } from 'react';

export type Column<Row> = {
  key: keyof Row & string;
  header: string;
  width?: number;
  sortable?: boolean;
  render?: (row: Row, index: number) => ReactNode;
  compare?: (a: Row, b: Row) => number;
};

type SortState = { key: string; direction: 'asc' | 'desc' } | null;

const TableContext = createContext<{ dense: boolean; striped: boolean }>({ dense: false, striped: true });

export function useTableOptions() {
  const options = useContext(TableContext);
  if (!options) throw new Error('useTableOptions outside a table');
  return options;
}

function defaultCompare<Row>(key: keyof Row) {
  return (a: Row, b: Row): number => {
    const left = a[key];
    const right = b[key];
    if (left == null && right == null) return 0;
    if (left == null) return 1;
    if (right == null) return -1;
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    return String(left).localeCompare(String(right), undefined, { numeric: true });
  };
}

export function sortRows<Row>(rows: Row[], columns: Column<Row>[], sort: SortState): Row[] {
  if (!sort) return rows;
  const column = columns.find((c) => c.key === sort.key);
  if (!column?.sortable) return rows;
  const compare = column.compare ?? defaultCompare<Row>(column.key);
  const sorted = [...rows].sort(compare);
  return sort.direction === 'desc' ? sorted.reverse() : sorted;
}

const HeaderCell = memo(function HeaderCell<Row>({
  column,
  sort,
  onSort,
}: {
  column: Column<Row>;
  sort: SortState;
  onSort(key: string): void;
}) {
  const active = sort?.key === column.key;
  const arrow = !active ? '' : sort!.direction === 'asc' ? ' ↑' : ' ↓';
  return (
    <th
      style={column.width ? { width: column.width } : undefined}
      aria-sort={active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      onClick={column.sortable ? () => onSort(column.key) : undefined}
    >
      {column.header}
      {arrow}
    </th>
  );
});

export const SearchBox = forwardRef<
  HTMLInputElement,
  { value: string; onChange(value: string): void; label?: string }
>(function SearchBox({ value, onChange, label = 'Search' }, ref) {
  const id = useId();
  return (
    <span className="search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && value && onChange('')}
      />
      {value && (
        <button type="button" onClick={() => onChange('')} aria-label="Clear">
          ×
        </button>
      )}
    </span>
  );
});

export function DataTable<Row extends { id: string | number }>({
  rows,
  columns,
  pageSize = 20,
  dense = false,
  empty,
  onRowClick,
}: {
  rows: Row[];
  columns: Column<Row>[];
  pageSize?: number;
  dense?: boolean;
  empty?: ReactNode;
  onRowClick?: (row: Row) => void;
}) {
  const [sort, setSort] = useState<SortState>(null);
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState('');

  const filtered = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return rows;
    return rows.filter((row) =>
      columns.some((column) =>
        String(row[column.key] ?? '')
          .toLowerCase()
          .includes(needle),
      ),
    );
  }, [rows, columns, query]);

  const sorted = useMemo(() => sortRows(filtered, columns, sort), [filtered, columns, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * pageSize, (current + 1) * pageSize);

  function toggleSort(key: string) {
    setSort((previous) => {
      if (previous?.key !== key) return { key, direction: 'asc' };
      if (previous.direction === 'asc') return { key, direction: 'desc' };
      return null;
    });
    setPage(0);
  }

  return (
    <TableContext.Provider value={{ dense, striped: !dense }}>
      <SearchBox value={query} onChange={setQuery} />
      <table className={dense ? 'table dense' : 'table'}>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sort={sort} onSort={toggleSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.length === 0 && (
            <tr>
              <td colSpan={columns.length}>{empty ?? (query ? `Nothing matches “${query}”` : 'No rows')}</td>
            </tr>
          )}
          {visible.map((row, index) => (
            <tr
              key={row.id}
              className={index % 2 && !dense ? 'odd' : undefined}
              onClick={onRowClick && (() => onRowClick(row))}
            >
              {columns.map((column) => (
                <td key={column.key}>
                  {column.render ? column.render(row, index) : String(row[column.key] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav>
          <button disabled={current === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
            Previous
          </button>
          <span>
            {current + 1} / {pages}
          </span>
          <button disabled={current >= pages - 1} onClick={() => setPage((p) => Math.min(pages - 1, p + 1))}>
            Next
          </button>
        </nav>
      )}
    </TableContext.Provider>
  );
}

export function StatusCell({ status }: { status: 'active' | 'paused' | 'failed' | string }) {
  switch (status) {
    case 'active':
      return <span className="ok">Active</span>;
    case 'paused':
      return <span className="warn">Paused</span>;
    case 'failed':
      return <span className="error">Failed</span>;
    default:
      return <span>{status || 'unknown'}</span>;
  }
}

export const columnsFor = <Row extends Record<string, unknown>>(sample: Row | undefined): Column<Row>[] =>
  sample
    ? Object.keys(sample).map((key) => ({
        key,
        header: key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()),
        sortable: typeof sample[key] !== 'object' || sample[key] === null,
      }))
    : [];
