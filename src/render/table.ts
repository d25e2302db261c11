/** Terminal tables: cli-table3, right-aligned money with thousands separators, optional colour. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { printable } from '../terminal-text.js';
import type { CellValue, Report, Table as ReportTable } from '../report/model.js';
import { footerLines } from './footer.js';
import { humanCell, isDecimal } from '../report/format.js';
import { dropOldPeriods, naturalWidths, tableWidth, textWidth, wrapText } from './fit.js';

export interface TableOptions {
  /** 0 = no colour; 1-3 = chalk levels */
  colorLevel: 0 | 1 | 2 | 3;
  /** the terminal's width in columns: tables and text are fitted to it; undefined = keep every column */
  width?: number | undefined;
}

type Painter = InstanceType<typeof Chalk>;

/** a wrapped text column is at least this wide, and as wide as its longest word up to MAX_WORD */
const MIN_TEXT = 6;
const MAX_WORD = 24;

function plainCells(t: ReportTable): { head: string[]; body: string[][] } {
  const cellsOf = (r: Record<string, unknown>) => t.columns.map((c) => printable(humanCell(r[c.key] as CellValue, c.type), 200));
  const body = t.rows.map(cellsOf);
  if (t.total) body.push(cellsOf(t.total));
  return { head: t.columns.map((c) => printable(c.label, 200)), body };
}

function paint(t: ReportTable, rowIndex: number, col: number, s: string, chalk: Painter): string {
  const c = t.columns[col]!;
  const r = rowIndex < t.rows.length ? t.rows[rowIndex]! : t.total!;
  const v = r[c.key] as CellValue;
  let out = s;
  if (c.type === 'percent' && isDecimal(v) && v.units !== 0n) out = v.units > 0n ? chalk.red(s) : chalk.green(s);
  return rowIndex >= t.rows.length ? chalk.bold(out) : out;
}

function drawn(t: ReportTable, chalk: Painter, colWidths?: number[]): string {
  const cells = plainCells(t);
  // wrapped to the column's width: a cell's own line breaks would leave stubs
  const join = (s: string) => (colWidths ? s.replace(/\s*\n\s*/g, ' ') : s);
  const head = cells.head.map(join);
  const body = cells.body.map((r) => r.map(join));
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    colAligns: t.columns.map((c) => (c.type === 'text' ? 'left' : 'right')),
    style: { head: [], border: [], compact: true },
    ...(colWidths ? { colWidths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  body.forEach((cells, i) => table.push(cells.map((s, j) => paint(t, i, j, s, chalk))));
  return table.toString();
}

/** Each row as a block of "label: value" lines: for a terminal too narrow for the table's figures. */
function blocks(t: ReportTable, chalk: Painter, width: number): string {
  const { head, body } = plainCells(t);
  const out: string[] = [];
  body.forEach((cells) => {
    const [first, ...rest] = cells.map((s, j) => ({ label: head[j]!, s, j }));
    out.push(...wrapText(first!.s === '' ? first!.label : first!.s, width).map((l) => chalk.bold(l)));
    for (const c of rest) if (c.s !== '') out.push(...wrapText(`${c.label}: ${c.s}`, width - 2, '  ').map((l) => `  ${l}`));
    out.push('');
  });
  return out.join('\n').replace(/\n+$/, '');
}

/** A table, fitted to `width` when given (see fit.ts), with what was left out. */
function renderSection(t: ReportTable, chalk: Painter, width: number | undefined): { text: string; note?: string } {
  if (width === undefined) return { text: drawn(t, chalk) };
  const widthOf = (x: ReportTable) => {
    const { head, body } = plainCells(x);
    return naturalWidths(x.columns, body, head);
  };
  const fitted = dropOldPeriods(t, (x) => tableWidth(widthOf(x)) <= width);
  const table = fitted.table;
  const widths = widthOf(table);
  const note = fitted.note !== undefined ? { note: fitted.note } : {};
  if (tableWidth(widths) <= width) return { text: drawn(table, chalk), ...note };
  // wrap the text columns at word boundaries, widest first, never narrower than their longest word
  const { head, body } = plainCells(table);
  const text = table.columns.map((c, i) => (c.type === 'text' ? i : -1)).filter((i) => i >= 0);
  const floor = table.columns.map((_, i) => 2 + Math.min(MAX_WORD, Math.max(MIN_TEXT, ...[head[i]!, ...body.map((r) => r[i]!)].flatMap((s) => s.split(/\s+/)).map(textWidth))));
  const w = widths.slice();
  while (tableWidth(w) > width) {
    const widest = text.filter((i) => w[i]! > floor[i]!).sort((a, b) => w[b]! - w[a]! || a - b)[0];
    if (widest === undefined) break;
    w[widest] = w[widest]! - 1;
  }
  if (tableWidth(w) <= width) return { text: drawn(table, chalk, w), ...note };
  return { text: blocks(table, chalk, width), ...note };
}

export function renderTable(report: Report, options: TableOptions = { colorLevel: 0 }): string {
  const chalk = new Chalk({ level: options.colorLevel });
  const width = options.width;
  const lines = (s: string, indent = '', first = '') => (width === undefined ? [first + s] : wrapText(first + s, width, indent));
  const out: string[] = lines(printable(report.title, 200)).map((l) => chalk.bold(l));
  const params = Object.entries(report.parameters);
  if (params.length > 0) out.push(...lines(printable(params.map(([k, v]) => `${k}: ${v}`).join(' · '), 1000)).map((l) => chalk.dim(l)));
  out.push('');
  for (const s of report.summary) out.push(...lines(printable(s, 400), '  ', '• '));
  if (report.summary.length > 0) out.push('');
  for (const t of report.sections) {
    if (t.title) out.push(...lines(printable(t.title, 400)).map((l) => chalk.bold(l)));
    if (t.rows.length === 0) out.push(chalk.dim('Nothing to show.'));
    else {
      const section = renderSection(t, chalk, width);
      out.push(section.text);
      if (section.note) out.push(...lines(section.note).map((l) => chalk.dim(l)));
    }
    for (const n of t.notes ?? []) out.push(...lines(printable(n, 400)).map((l) => chalk.dim(l)));
    out.push('');
  }
  if (report.footer) for (const l of footerLines(report.footer, report.currency)) out.push(...lines(l).map((x) => chalk.dim(x)));
  for (const w of report.warnings) out.push(...lines(printable(w, 400), '  ', 'warning: ').map((l) => chalk.yellow(l)));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

