/**
 * The report as a format-neutral document: headings, paragraphs, tables, charts. Markdown and HTML
 * render the same blocks, so the two say the same thing and escape in one place each. Every string
 * is plain text; renderers escape it for their format.
 */
export type Inline = string | { strong: string } | { code: string };

export interface Heading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  id: string;
}

export interface Paragraph {
  kind: 'paragraph';
  parts: Inline[];
}

export interface List {
  kind: 'list';
  items: Inline[][];
}

export interface Table {
  kind: 'table';
  head: string[];
  /** Columns right-aligned (numbers). */
  numeric: boolean[];
  rows: Inline[][];
  /** Column widths for HTML (`18%`); omitted lets the browser choose. */
  widths?: string[];
}

export interface BarChart {
  kind: 'bars';
  title: string;
  bars: { label: string; value: number }[];
  /** `horizontal` for named categories, `columns` for a time series. */
  layout: 'horizontal' | 'columns';
}

export interface GradeStrip {
  kind: 'grades';
  grades: { area: string; grade: string; rule: string }[];
}

export type Block = Heading | Paragraph | List | Table | BarChart | GradeStrip;

export function heading(level: Heading['level'], text: string, id: string): Heading {
  return { kind: 'heading', level, text, id };
}

export function paragraph(...parts: Inline[]): Paragraph {
  return { kind: 'paragraph', parts };
}

export function table(head: string[], rows: Inline[][], numeric: boolean[] = head.map(() => false)): Table {
  return { kind: 'table', head, rows, numeric };
}
