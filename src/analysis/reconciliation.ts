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
  /** total rows skipped as summaries of the rows above */
  summaryRows?: number;
  used: number;
  rejected: number;
  notes: string[];
  /** a fact table (--facts): the inputs it was made from, as its 'source' rows name them */
  inputs?: string[];
}

export interface Reconciliation {
  files: FileSummary[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsOutOfRange: number;
  blankRecords: number;
  repeatedHeaders: number;
  /** sum of the booked amounts of used lines (technology and excluded), reporting currency */
  inputTotal: Decimal;
  /** sum of every categorized part of technology lines: the technology total */
  reportTotal: Decimal;
  /** lines out of scope (an excluded category or rule, or unmatched with `unmatched: excluded`) */
  excludedLines: number;
  excludedTotal: Decimal;
  /** accrual basis with a date range: expense of lines read spread into months before / after the range (in no figure, only here) */
  accruedBefore: Decimal;
  accruedAfter: Decimal;
  /** accrual basis: lines spread over 12 months on the catalog's annual billing hint, by catalog vendor name */
  catalogSpread: Map<string, number>;
  /** excluded spend by vendor and by account, for validate's review list (bounded: see noteExcluded) */
  excludedVendors: Map<string, Decimal>;
  excludedAccounts: Map<string, Decimal>;
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
  /** total rows (a footer equal to the sum of the rows above): read, not spend */
  summaryRows: SummaryRow[];
  /** files whose layout could not be recognized: named, their rows counted, the others read */
  filesNotRead: FileNotRead[];
  /** said once on stderr (a file dated by its name, an encoding found late) */
  notices: string[];
  /** the distinct dates of used lines (value unused: a Map merges across threads), for what the data covers */
  dates: Map<string, number>;
}

export interface SummaryRow extends SourceRef {
  amount: Decimal;
  /** the row's label (`Grand Total`), or empty for a row with only an amount */
  label: string;
}

export interface FileNotRead extends SourceRef {
  reason: string;
  hint: string;
  /** records in the file after the header (counted in rowsRead) */
  rows: number;
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
    excludedLines: 0,
    excludedTotal: ZERO,
    accruedBefore: ZERO,
    accruedAfter: ZERO,
    catalogSpread: new Map(),
    excludedVendors: new Map(),
    excludedAccounts: new Map(),
    uncategorizedLines: 0,
    uncategorizedTotal: ZERO,
    rejectedAmounts: new Map(),
    rejections: [],
    duplicates: [],
    doubleCounts: [],
    rowsDeduplicated: 0,
    summaryRows: [],
    filesNotRead: [],
    notices: [],
    dates: new Map(),
  };
}

export function recordRejection(r: Reconciliation, rej: Rejection): void {
  r.rowsRejected++;
  r.rejections.push(rej);
  if (rej.amount !== undefined) {
    const cur = rej.currency ?? UNKNOWN_CURRENCY;
    r.rejectedAmounts.set(cur, add(r.rejectedAmounts.get(cur) ?? ZERO, rej.amount));
  }
}

/** Past this many names, excluded spend of new names is summed under OTHERS (memory stays bounded). */
const MAX_EXCLUDED_NAMES = 5000;
export const OTHERS = '(others)';

function addTo(map: Map<string, Decimal>, key: string, amount: Decimal): void {
  const k = map.has(key) || map.size < MAX_EXCLUDED_NAMES ? key : OTHERS;
  map.set(k, add(map.get(k) ?? ZERO, amount));
}

/** An excluded line's vendor and account, for validate's list of the largest excluded spend. */
export function noteExcluded(r: Reconciliation, line: ExpenseLine, booked: Decimal): void {
  // copy the keys: they may be slices of a large parser chunk
  addTo(r.excludedVendors, line.vendor.trim() === '' ? '(no vendor)' : (' ' + line.vendor.trim()).slice(1), booked);
  addTo(r.excludedAccounts, line.account.trim() === '' ? '(no account)' : (' ' + line.account.trim()).slice(1), booked);
}

/**
 * Rejected amounts in the reporting currency: part of the input total (input = technology +
 * excluded + rejected). A row rejected before its currency was read (a bad date) is in the
 * currency of lines that name none, the reporting currency.
 */
export function rejectedTotalIn(r: Reconciliation, currency: string): Decimal {
  return add(r.rejectedAmounts.get(currency) ?? ZERO, r.rejectedAmounts.get(UNKNOWN_CURRENCY) ?? ZERO);
}

export const UNKNOWN_CURRENCY = '?';

/** A key identifying the same line in two exports (overlap guard). */
export function lineIdentity(l: ExpenseLine): string {
  return `${l.date}\u0000${l.vendor}\u0000${l.description}\u0000${l.account}\u0000${l.currency}\u0000${l.amount.units}/${l.amount.scale}`;
}
