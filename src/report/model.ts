/**
 * The one report model. Commands build a Report; each output format is a pure renderer of it.
 * Money stays a Decimal here: formatting happens only in the renderers.
 */
import type { Decimal } from '../money/decimal.js';

export type CellValue = string | number | Decimal | null | undefined;

/** money: reporting currency; share: a fraction (0.25); percent: a fraction of change (0.12 = +12%) */
export type ColumnType = 'text' | 'money' | 'share' | 'percent' | 'int';

export interface Column {
  key: string;
  label: string;
  type: ColumnType;
}

export type Row = Record<string, CellValue>;

export interface Chart {
  /** waterfall: a bridge whose middle steps float on the running total (bar in Mermaid) */
  kind: 'pie' | 'bar' | 'line' | 'waterfall';
  title: string;
  labels: string[];
  values: Decimal[];
}

export interface Table {
  id: string;
  title?: string;
  columns: Column[];
  rows: Row[];
  total?: Row;
  notes?: string[];
  chart?: Chart;
}

export interface ReportFooter {
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsOutOfRange: number;
  /** rows left out by --dedupe as the less detailed side of a double count */
  rowsDeduplicated?: number;
  /** every line read: technology + excluded + rejected (what could be read of rejected rows) */
  inputTotal: Decimal;
  /** the technology total: what every figure is made of */
  reportTotal: Decimal;
  excludedLines: number;
  excludedTotal: Decimal;
  /** rejected rows' amounts in the reporting currency */
  rejectedTotal: Decimal;
  /** rejected rows' amounts in other currencies (no rate): not in the totals */
  rejectedElsewhere: [string, Decimal][];
  uncategorizedLines: number;
  uncategorizedTotal: Decimal;
  duplicates: number;
  /** total rows skipped as summaries of the rows above (read, not spend), and their amounts */
  summaryRows?: number;
  summaryTotal?: Decimal;
  /** files not read (layout not recognized): name, rows, reason */
  filesNotRead?: { source: string; rows: number; reason: string }[];
  /** accrual basis with a date range: expense of lines read spread into months before / after it (part of the input, in no figure) */
  accruedBefore?: Decimal;
  accruedAfter?: Decimal;
  /** accrual basis: lines spread over 12 months on the catalog's annual billing hint, per catalog vendor, by name */
  catalogSpread?: [string, number][];
}

/** A figure of the report and the `techspend explain` arguments that open it (report/refs.ts). */
export interface FigureRef {
  /** stable across runs: `report:function=Sales:FY2027`, `board:spend-month` */
  id: string;
  /** the figure in words */
  figure: string;
  amount: Decimal | undefined;
  /** the explain options that name the figure (the inputs and shared options are the command's) */
  explain: string[];
  /** the whole command line to rerun, set by the cli (withRefs) */
  command?: string;
}

export interface Report {
  version: 1;
  command: string;
  title: string;
  currency: string;
  /** what the report was asked for (period kind, grouping, range...) */
  parameters: Record<string, string>;
  /** plain sentences shown before the tables */
  summary: string[];
  /** the human view: rendered by table and markdown */
  sections: Table[];
  /** the machine-readable table: the csv output, and `data` in json */
  data: Table;
  footer?: ReportFooter | undefined;
  warnings: string[];
  /** optional: the explain command per figure (report, board) */
  refs?: FigureRef[] | undefined;
}

export const money = (key: string, label: string): Column => ({ key, label, type: 'money' });
export const text = (key: string, label: string): Column => ({ key, label, type: 'text' });
export const share = (key: string, label: string): Column => ({ key, label, type: 'share' });
export const percent = (key: string, label: string): Column => ({ key, label, type: 'percent' });
export const int = (key: string, label: string): Column => ({ key, label, type: 'int' });
