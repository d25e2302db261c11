/**
 * Reconciliations of parts of the input (the parts of one split file, or whole files read on
 * different threads) merged into the one-thread result: counters summed, amounts summed exactly,
 * lists concatenated in input order. Each field says how it merges, in a table the type checker
 * keeps complete: a new field of `Reconciliation` does not compile until it says so here.
 */
import { add, type Decimal } from '../money/decimal.js';
import type { FileSummary, Reconciliation } from './reconciliation.js';

/** `parts`: parts of one file (its summary summed from theirs); `files`: whole files (their summaries listed in turn). */
export type MergeOf = 'parts' | 'files';

type Merge<K extends keyof Reconciliation> = (into: Reconciliation, from: Reconciliation, of: MergeOf) => void;

const count =
  <K extends { [F in keyof Reconciliation]: Reconciliation[F] extends number ? F : never }[keyof Reconciliation]>(key: K): Merge<K> =>
  (into, from) => {
    (into[key] as number) += from[key];
  };

const amount =
  <K extends { [F in keyof Reconciliation]: Reconciliation[F] extends Decimal ? F : never }[keyof Reconciliation]>(key: K): Merge<K> =>
  (into, from) => {
    (into[key] as Decimal) = add(into[key], from[key]);
  };

/** one by one: a spread of a million rejected rows would overflow the stack */
const list =
  <K extends { [F in keyof Reconciliation]: Reconciliation[F] extends unknown[] ? F : never }[keyof Reconciliation]>(key: K): Merge<K> =>
  (into, from) => {
    const target = into[key] as unknown[];
    for (const v of from[key] as unknown[]) target.push(v);
  };

/** amounts per name, summed */
const amounts =
  (key: 'excludedVendors' | 'excludedAccounts' | 'rejectedAmounts'): Merge<typeof key> =>
  (into, from) => {
    const target = into[key];
    for (const [k, v] of from[key]) {
      const m = target.get(k);
      target.set(k, m === undefined ? v : add(m, v));
    }
  };

const MERGE: { [K in keyof Reconciliation]: Merge<K> } = {
  files: (into, from, of) => {
    if (of === 'files') for (const f of from.files) into.files.push(f);
    else addFileSummaries(into.files, from.files);
  },
  rowsRead: count('rowsRead'),
  rowsUsed: count('rowsUsed'),
  rowsRejected: count('rowsRejected'),
  rowsOutOfRange: count('rowsOutOfRange'),
  blankRecords: count('blankRecords'),
  repeatedHeaders: count('repeatedHeaders'),
  inputTotal: amount('inputTotal'),
  reportTotal: amount('reportTotal'),
  excludedLines: count('excludedLines'),
  excludedTotal: amount('excludedTotal'),
  accruedBefore: amount('accruedBefore'),
  accruedAfter: amount('accruedAfter'),
  catalogSpread: (into, from) => {
    for (const [k, n] of from.catalogSpread) into.catalogSpread.set(k, (into.catalogSpread.get(k) ?? 0) + n);
  },
  excludedVendors: amounts('excludedVendors'),
  excludedAccounts: amounts('excludedAccounts'),
  uncategorizedLines: count('uncategorizedLines'),
  uncategorizedTotal: amount('uncategorizedTotal'),
  rejectedAmounts: amounts('rejectedAmounts'),
  rejections: list('rejections'),
  duplicates: list('duplicates'),
  // compared across sources after the merge (a part of one file is one source: there are none)
  doubleCounts: () => {},
  rowsDeduplicated: count('rowsDeduplicated'),
  summaryRows: list('summaryRows'),
  filesNotRead: list('filesNotRead'),
  notices: list('notices'),
  dates: (into, from) => {
    for (const [k, v] of from.dates) if (!into.dates.has(k)) into.dates.set(k, v);
  },
};

const FIELDS = Object.keys(MERGE) as (keyof Reconciliation)[];

/** Merge into the first reconciliation, in order; returns it. */
export function mergeReconciliations(parts: Reconciliation[], of: MergeOf = 'parts'): Reconciliation {
  const out = parts[0]!;
  for (let i = 1; i < parts.length; i++) for (const key of FIELDS) (MERGE[key] as Merge<typeof key>)(out, parts[i]!, of);
  return out;
}

/** The parts of one file: the part's counts added to the file's summary (the first part's). */
function addFileSummaries(into: FileSummary[], from: FileSummary[]): void {
  from.forEach((f, i) => {
    const t = into[i];
    if (t === undefined) return;
    t.rows += f.rows;
    t.used += f.used;
    t.rejected += f.rejected;
    if (f.summaryRows !== undefined) t.summaryRows = (t.summaryRows ?? 0) + f.summaryRows;
  });
}
