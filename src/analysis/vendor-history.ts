/**
 * A vendor's billing history within one group (category, function, pool): the months it was
 * billed and what, so variance and forecast can tell a recurring-but-lumpy vendor (quarterly,
 * semi-annual, annual) from a new or a stopped one, and a one-off spike from a run rate.
 */
import { add, compare, type Decimal, sub, ZERO } from '../money/decimal.js';
import { addMonths, monthsBetween } from '../period/period.js';
import type { Fact } from './ledger.js';

export interface VendorHistory {
  /** month → spend, months in order */
  months: Map<string, Decimal>;
}

/** Histories by group key and vendor (`key\0vendor`). */
export type Histories = Map<string, VendorHistory>;

export function historyKey(key: string, vendor: string): string {
  return `${key}\u0000${vendor}`;
}

export function buildHistories<F extends Fact>(facts: readonly F[], keyOf: (f: F) => string): Histories {
  const out: Histories = new Map();
  for (const f of facts) {
    const k = historyKey(keyOf(f), f.vendor);
    let h = out.get(k);
    if (h === undefined) out.set(k, (h = { months: new Map() }));
    h.months.set(f.month, add(h.months.get(f.month) ?? ZERO, f.amount));
  }
  for (const h of out.values()) h.months = new Map([...h.months].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return out;
}

/** Months with spend (non-zero), in order, up to and including `until`. */
export function billedMonths(h: VendorHistory | undefined, until?: string): string[] {
  if (h === undefined) return [];
  return [...h.months].filter(([m, a]) => a.units !== 0n && (until === undefined || m <= until)).map(([m]) => m);
}

/**
 * The billing cadence in months, when the vendor bills on one: the median gap between billed
 * months, with every gap within a month of it (irregular purchases, a trip here and there, have
 * none); from two billings only, a quarterly, semi-annual or annual gap (±1 month). Undefined
 * otherwise. 1 = monthly; 3 quarterly; 6 semi-annual; 12 annual.
 */
export function cadenceMonths(months: readonly string[]): number | undefined {
  if (months.length < 2) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < months.length; i++) gaps.push(monthsBetween(months[i - 1]!, months[i]!));
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor((gaps.length - 1) / 2)]!;
  if (gaps.length === 1) return [3, 6, 12].some((c) => Math.abs(median - c) <= 1) ? median : undefined;
  return gaps.every((g) => Math.abs(g - median) <= 1) ? median : undefined;
}

/** Lumpy: billed every two months or less often (quarterly, semi-annual, annual). */
export function isLumpy(cadence: number | undefined): boolean {
  return cadence !== undefined && cadence >= 2;
}

/**
 * The one-off part of a vendor's month: what it billed above `factor` × the median of its
 * previous (up to `window`) billed months, when it has at least `history` of them; else zero.
 * A fraud spike or a one-time setup fee on top of a subscription is one-off (once a later month is
 * back below the bar); the subscription is not, nor a step up that stays.
 */
export function oneOffPart(h: VendorHistory | undefined, month: string, factor = 3n, window = 6, history = 3): Decimal {
  if (h === undefined) return ZERO;
  const amount = h.months.get(month);
  if (amount === undefined || amount.units <= 0n) return ZERO;
  const before = [...h.months].filter(([m, a]) => m < month && a.units > 0n).slice(-window).map(([, a]) => a);
  if (before.length < history) return ZERO;
  const sorted = [...before].sort(compare);
  const mid = Math.floor(sorted.length / 2);
  // the lower median: a spike among the previous months does not raise the bar
  const median = sorted.length % 2 === 1 ? sorted[mid]! : sorted[mid - 1]!;
  const bar = { units: median.units * factor, scale: median.scale };
  if (compare(amount, bar) <= 0) return ZERO;
  // one-off only once the vendor is seen back at its usual level: a step up that stays is growth
  const back = [...h.months].some(([m, a]) => m > month && a.units > 0n && compare(a, bar) <= 0);
  return back ? sub(amount, median) : ZERO;
}

/**
 * The months a variance's billing history covers: the lookback window up to the base period,
 * both periods, and on to the latest month of data (a later month tells a one-off from a step
 * up). One definition for `variance` and `explain --variance`, so both find the same causes.
 */
export function historySpan(baseMonths: readonly string[], currentMonths: readonly string[], lookback: number, latestMonth: string | undefined): string[] {
  const from = addMonths(baseMonths.at(-1)!, 1 - lookback);
  const first = from < baseMonths[0]! ? from : baseMonths[0]!;
  const lastCurrent = currentMonths.at(-1)!;
  const through = latestMonth !== undefined && latestMonth > lastCurrent ? latestMonth : lastCurrent;
  return Array.from({ length: monthsBetween(first, through) + 1 }, (_, i) => addMonths(first, i));
}
