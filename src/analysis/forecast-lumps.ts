/**
 * Bills that come in lumps, in next year's forecast. A vendor the renewals detector recognises
 * as billed quarterly, semi-annually or annually (renewals/detect.ts) is not a run rate: its bill
 * outside the run-rate window would be left out of next year, one inside it multiplied by 12/n.
 * So such a vendor's lines leave the run rate and each of its billings predicted to fall in the
 * forecast year (after the window) is added once, at the latest amount: the forecast's
 * "annual bills" step. Lines spread over a service period (`--basis accrual`) are monthly in the
 * records the detector reads, so they stay run rate and are never counted twice.
 */
import { type Decimal, ZERO, add } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { addMonthsToDate, CADENCES, type RenewalGuess } from './renewals/detect.js';

/** A vendor billed in lumps, as the forecast sees it. */
export interface LumpVendor {
  category: string;
  /** the vendor's name on the forecast's lines (facts), which leave the run rate */
  vendor: string;
  /** the name shown (the renewals' display name) */
  display: string;
  /** months between billings */
  cycle: number;
  /** the latest billing */
  lastDate: string;
  amount: Decimal;
}

/** One predicted billing inside the forecast year. */
export interface LumpBill {
  category: string;
  vendor: string;
  date: string;
  amount: Decimal;
}

/** The lump vendors from the renewals detector's guesses; `factVendor` maps a guess to the name on the forecast's lines. */
export function lumpVendorsOf(guesses: readonly RenewalGuess[], factVendor: (g: RenewalGuess) => string): LumpVendor[] {
  return guesses.map((g) => ({ category: g.category, vendor: factVendor(g), display: g.vendor, cycle: CADENCES[g.cadence], lastDate: g.billings.at(-1)!.date, amount: g.amount }));
}

/**
 * The billings predicted in `yearMonths` after `after` (the run-rate window's last month): the
 * latest billing + k cycles, k ≥ 1, each at the latest amount. By date, then vendor.
 */
export function lumpBillsIn(lumps: readonly LumpVendor[], yearMonths: readonly string[], after: string): LumpBill[] {
  const inYear = new Set(yearMonths);
  const last = yearMonths.at(-1);
  const out: LumpBill[] = [];
  if (last === undefined) return out;
  for (const l of lumps)
    for (let k = 1; k <= 240; k++) {
      const date = addMonthsToDate(l.lastDate, k * l.cycle);
      const m = monthOf(date);
      if (m > last) break;
      if (inYear.has(m) && m > after) out.push({ category: l.category, vendor: l.display, date, amount: l.amount });
    }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0));
}

/** The bills' sum per category. */
export function lumpsByCategory(bills: readonly LumpBill[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const b of bills) out.set(b.category, add(out.get(b.category) ?? ZERO, b.amount));
  return out;
}
