/**
 * Every input row is accounted for: used, rejected (with file:line and reason), outside the
 * date range, or a blank / repeated-header record. Input total must equal report total.
 */
import type { ExpenseLine, Rejection, SourceRef } from '../ingest/line.js';
import type { DoubleCount } from './double-count.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';

export interface FileSummary {
  source: string;
  format: string;
  mapping: string;
  encoding: string;
  delimiter: string;
  skipRows: number;
  rows: number;
  used: number;
  rejected: number;
  notes: string[];
}

export interface Reconciliation {
  files: FileSummary[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsOutOfRange: number;
  blankRecords: number;
  repeatedHeaders: number;
  /** sum of the booked amounts of used lines, reporting currency */
  inputTotal: Decimal;
  /** sum of every categorized part (must equal inputTotal) */
  reportTotal: Decimal;
  uncategorizedLines: number;
  uncategorizedTotal: Decimal;
  /** amounts of rejected rows that could be read, per source currency */
  rejectedAmounts: Map<string, Decimal>;
  rejections: Rejection[];
  /** the same line seen twice in different files (overlapping exports) */
  duplicates: { first: SourceRef; second: SourceRef }[];
  /** the same spend in two sources (vendor × month totals agree): likely double counts */
  doubleCounts: DoubleCount[];
  /** lines left out by --dedupe (the less detailed side of a double count) */
  rowsDeduplicated: number;
  /** the distinct dates of used lines (value unused: a Map merges across threads), for what the data covers */
  dates: Map<string, number>;
}

export function emptyReconciliation(): Reconciliation {
  return {
    files: [],
    rowsRead: 0,
    rowsUsed: 0,
    rowsRejected: 0,
    rowsOutOfRange: 0,
    blankRecords: 0,
    repeatedHeaders: 0,
    inputTotal: ZERO,
    reportTotal: ZERO,
    uncategorizedLines: 0,
    uncategorizedTotal: ZERO,
    rejectedAmounts: new Map(),
    rejections: [],
    duplicates: [],
    doubleCounts: [],
    rowsDeduplicated: 0,
    dates: new Map(),
  };
}

export function recordRejection(r: Reconciliation, rej: Rejection): void {
  r.rowsRejected++;
  r.rejections.push(rej);
  if (rej.amount !== undefined) {
    const cur = rej.currency ?? '?';
    r.rejectedAmounts.set(cur, add(r.rejectedAmounts.get(cur) ?? ZERO, rej.amount));
  }
}

/** A key identifying the same line in two exports (overlap guard). */
export function lineIdentity(l: ExpenseLine): string {
  return `${l.date}\u0000${l.vendor}\u0000${l.description}\u0000${l.account}\u0000${l.currency}\u0000${l.amount.units}/${l.amount.scale}`;
}
