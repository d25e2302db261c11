/**
 * Lines to amortize: a vendor the renewals detector recognises as billed quarterly, semi-annually
 * or annually (detect.ts, which reads the forecast's cadence from vendor-history.ts) pays in one
 * bill for the months until the next one. On the cash basis that bill is one lumpy month; an
 * `amortize: n` rule (n = the cycle's months) and `--basis accrual` spread it as P&L expense.
 * `savings` names them with their bills and the rule to paste; no detector of its own.
 */
import type { SourceRef } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';
import { CADENCES, type Cadence, detectRenewal, type VendorLines } from './detect.js';

export interface AmortizeHint {
  vendor: string;
  /** category id of the vendor's latest line (the rule's category) */
  category: string;
  cadence: Cadence;
  /** months each bill pays for: 3, 6 or 12 */
  months: number;
  /** the latest bill's amount */
  amount: Decimal;
  /** every bill's lines, in date order */
  evidence: SourceRef[];
  /** the vendor as written on its lines (the rule to add matches these, not a catalog display name) */
  spellings: string[];
}

/**
 * The vendors billed in lumps, by vendor name (then key), each with its bills' lines; vendors in
 * `spread` (keys of vendors with a line that already has a service period, e.g. a rule's
 * amortize) are done already and left out.
 */
export function amortizeHints(vendors: readonly VendorLines[], spread: ReadonlySet<string> = new Set()): AmortizeHint[] {
  const out: (AmortizeHint & { key: string })[] = [];
  for (const v of vendors) {
    if (spread.has(v.vendorKey)) continue;
    const d = detectRenewal(v);
    if (d.kind !== 'renewal') continue;
    const g = d.guess;
    const spellings = v.spellings !== undefined && v.spellings.length > 0 ? v.spellings : [g.vendor];
    out.push({ key: g.vendorKey, vendor: g.vendor, category: g.category, cadence: g.cadence, months: CADENCES[g.cadence], amount: g.amount, evidence: g.billings.flatMap((b) => b.refs), spellings });
  }
  return out
    .sort((a, b) => (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key: _, ...h }) => h);
}
