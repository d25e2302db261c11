/**
 * Renewals from spend alone: a vendor billed quarterly, semi-annually or annually, about on the
 * anniversary, for about the same amount, is a contract that will bill again. The next billing is
 * predicted one cycle after the latest, for the latest amount (the current price).
 *
 * Conservative on purpose (a false renewal is a false alarm in CI):
 * - a vendor billed monthly (the forecast's cadence, vendor-history.ts) is a run rate, not a renewal;
 * - one billing is not a pattern ("seen once"); a quarterly pattern needs three billings;
 * - every gap lands within `toleranceDays` of the cycle's length (day-of-month drift, weekends,
 *   an invoice dated the 31st then the 1st), and no two billings fall in one month;
 * - a contract bills on its anniversary: a gap more than a week off the cycle is accepted only
 *   when the price also held (two consecutive billings of the very same amount), since charges
 *   that merely recur (a hotel every quarter) drift and vary in amount;
 * - no step in amount beyond ±50%: that is a different deal (a one-off, a purchase), not a renewal.
 * Several lines on one date are one billing (licence + support on one invoice); credits are left out.
 */
import type { SourceRef } from '../../ingest/line.js';
import { add, compare, type Decimal, divide, sub, ZERO } from '../../money/decimal.js';
import { dateFromDayNumber, dayNumber, daysInMonth, monthOf } from '../../period/period.js';
import { cadenceMonths } from '../vendor-history.js';

export const CADENCES = { quarterly: 3, 'semi-annual': 6, annual: 12 } as const;
export type Cadence = keyof typeof CADENCES;
export type Confidence = 'high' | 'medium' | 'low';

/** One line of a vendor: when, how much (reporting currency, expense positive), where. */
export interface ChargeLine {
  date: string;
  amount: Decimal;
  ref: SourceRef;
}

/** A vendor's lines, keyed as everywhere else (savings/record.ts: catalog id, else its identity). */
export interface VendorLines {
  vendorKey: string;
  /** display name */
  vendor: string;
  /** the category of its latest line */
  category: string;
  lines: ChargeLine[];
  /** the vendor as written on its lines, most lines first (what a rule matches); the display name when not given */
  spellings?: string[] | undefined;
}

/** One billing: the lines of one date, summed. */
export interface Billing {
  date: string;
  amount: Decimal;
  refs: SourceRef[];
}

export interface PriceChange {
  before: Decimal;
  after: Decimal;
  /** (after − before) / before, a fraction rounded to 4 places */
  pct: Decimal;
  /** the billing the new price starts on, and the one before */
  date: string;
  fromDate: string;
}

export interface RenewalGuess {
  vendorKey: string;
  vendor: string;
  category: string;
  cadence: Cadence;
  billings: Billing[];
  /** the latest billing's date + one cycle (day clamped to the month's end) */
  next: string;
  /** the latest billing's amount */
  amount: Decimal;
  confidence: Confidence;
  /** the largest gap's distance from the cycle, in days */
  driftDays: number;
  priceChange: PriceChange | undefined;
}

export interface SeenOnce {
  vendorKey: string;
  vendor: string;
  category: string;
  billing: Billing;
}

export type Detection = { kind: 'renewal'; guess: RenewalGuess } | { kind: 'seen-once'; once: SeenOnce } | { kind: 'none'; reason: string };

export interface DetectOptions {
  /** how far a gap may land from the cycle's length (default 21 days) */
  toleranceDays: number;
}

export const DEFAULT_DETECT: DetectOptions = { toleranceDays: 21 };

/** A billing this close to its anniversary is on the contract's calendar (weekends, month lengths). */
const STEADY_DAYS = 7;

/** A cycle's length in days: months × 365.25 / 12. */
function cycleDays(months: number): number {
  return (months * 365.25) / 12;
}

/** `date` plus `n` months, the day clamped to the month's last (Jan 31 + 1 month = Feb 28). */
export function addMonthsToDate(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** `date` − `days` (a notice deadline). */
export function minusDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) - days);
}

/** The lines of one date are one billing; dates whose lines net to zero or less (credits) are left out. */
export function billingsOf(lines: readonly ChargeLine[]): Billing[] {
  const byDate = new Map<string, Billing>();
  for (const l of lines) {
    let b = byDate.get(l.date);
    if (b === undefined) byDate.set(l.date, (b = { date: l.date, amount: ZERO, refs: [] }));
    b.amount = add(b.amount, l.amount);
    b.refs.push(l.ref);
  }
  const byRef = (a: SourceRef, b: SourceRef) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line);
  return [...byDate.values()]
    .filter((b) => b.amount.units > 0n)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((b) => ({ ...b, refs: b.refs.sort(byRef) }));
}

/** Within ±50%: the ratio of two positive amounts between 2/3 and 3/2. */
function similar(a: Decimal, b: Decimal): boolean {
  const [lo, hi] = compare(a, b) <= 0 ? [a, b] : [b, a];
  // hi ≤ 1.5 × lo  ⇔  2·hi ≤ 3·lo
  return compare({ units: hi.units * 2n, scale: hi.scale }, { units: lo.units * 3n, scale: lo.scale }) <= 0;
}

/** The latest step in amount between consecutive billings, if any. */
export function lastPriceChange(billings: readonly Billing[]): PriceChange | undefined {
  for (let k = billings.length - 1; k >= 1; k--) {
    const before = billings[k - 1]!;
    const after = billings[k]!;
    if (compare(before.amount, after.amount) === 0) continue;
    return { before: before.amount, after: after.amount, pct: divide(sub(after.amount, before.amount), before.amount, 4), date: after.date, fromDate: before.date };
  }
  return undefined;
}

/** What a vendor's lines say about its renewals. */
export function detectRenewal(v: VendorLines, o: DetectOptions = DEFAULT_DETECT): Detection {
  const billings = billingsOf(v.lines);
  if (billings.length === 0) return { kind: 'none', reason: 'no billing (credits only)' };
  if (billings.length === 1) return { kind: 'seen-once', once: { vendorKey: v.vendorKey, vendor: v.vendor, category: v.category, billing: billings[0]! } };
  const months = billings.map((b) => monthOf(b.date));
  if (new Set(months).size < months.length) return { kind: 'none', reason: 'billed twice in one month' };
  // the forecast's cadence reading: a monthly vendor is a run rate, not a renewal
  const byMonth = cadenceMonths(months);
  if (byMonth !== undefined && byMonth < 2) return { kind: 'none', reason: 'monthly' };
  const gaps: number[] = [];
  for (let i = 1; i < billings.length; i++) gaps.push(dayNumber(billings[i]!.date) - dayNumber(billings[i - 1]!.date));
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const cadence = (Object.keys(CADENCES) as Cadence[]).find((c) => Math.abs(median - cycleDays(CADENCES[c])) <= o.toleranceDays);
  if (cadence === undefined) return { kind: 'none', reason: `no quarterly, semi-annual or annual cycle (median gap ${median} days)` };
  const length = cycleDays(CADENCES[cadence]);
  const drift = Math.round(Math.max(...gaps.map((g) => Math.abs(g - length))));
  if (drift > o.toleranceDays) return { kind: 'none', reason: `a gap ${drift} days off the ${cadence} cycle` };
  if (cadence === 'quarterly' && billings.length < 3) return { kind: 'none', reason: 'two quarterly billings are not yet a pattern' };
  for (let i = 1; i < billings.length; i++) if (!similar(billings[i - 1]!.amount, billings[i]!.amount)) return { kind: 'none', reason: 'amounts differ by more than 50%' };
  const steady = drift <= STEADY_DAYS;
  const held = billings.some((b, i) => i > 0 && compare(b.amount, billings[i - 1]!.amount) === 0);
  if (!steady && !held) return { kind: 'none', reason: `a gap ${drift} days off the ${cadence} cycle and no amount repeated` };
  const last = billings.at(-1)!;
  const confidence: Confidence = billings.length >= 3 ? (steady ? 'high' : 'medium') : steady && compare(billings[0]!.amount, last.amount) === 0 ? 'medium' : 'low';
  return {
    kind: 'renewal',
    guess: {
      vendorKey: v.vendorKey,
      vendor: v.vendor,
      category: v.category,
      cadence,
      billings,
      next: addMonthsToDate(last.date, CADENCES[cadence]),
      amount: last.amount,
      confidence,
      driftDays: drift,
      priceChange: lastPriceChange(billings),
    },
  };
}
