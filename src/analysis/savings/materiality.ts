/**
 * What is worth a finance partner's time: a spike, a bill paid in a lump or a renewal guessed from
 * spend below the floor is held back (counted in the output's "held back" line, never dropped
 * silently). The floor is the larger of an absolute amount (500 in the reporting currency by
 * default) and a share of the examined spend of the trailing 12 months (0.1%): two £120 bills six
 * months apart are not a renewal to plan for, and a 400 excess means little next to 40 million.
 */
import { add, compare, type Decimal, mul, round, ZERO } from '../../money/decimal.js';
import { addMonths } from '../../period/period.js';
import type { VendorSeries } from './record-store.js';
import type { SavingsThresholds } from './thresholds.js';

export interface Materiality {
  /** amounts below this are held back */
  floor: Decimal;
  /** the examined spend of the 12 months up to the data's last month, that the share applies to */
  spend: Decimal;
}

/** The spend of the 12 months ending at `endMonth` (inclusive), over every vendor. */
export function trailingYearSpend(series: Iterable<VendorSeries>, endMonth: string): Decimal {
  const first = addMonths(endMonth, -11);
  let total: Decimal = ZERO;
  for (const s of series) for (const [month, m] of s.months) if (month >= first && month <= endMonth) total = add(total, m.amount);
  return total;
}

export function materialityOf(spend: Decimal, t: Pick<SavingsThresholds, 'materialAmount' | 'materialShare'>): Materiality {
  const share = round(mul(spend, t.materialShare), 2);
  return { floor: compare(share, t.materialAmount) > 0 ? share : t.materialAmount, spend };
}

export function isMaterial(amount: Decimal, m: Materiality): boolean {
  return compare(amount, m.floor) >= 0;
}
