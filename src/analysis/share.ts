/**
 * Share of spend: where the money went, as fractions of the total. Shares are exact Decimal
 * fractions (rounded at 1e-6); money stays exact.
 */
import type { Config } from '../config/config.js';
import type { Investment } from '../config/schema.js';
import { add, compare, type Decimal, divide, isZero, sub, sum, ZERO } from '../money/decimal.js';
import { cmp, type Fact } from './ledger.js';

export interface ShareRow {
  key: string;
  amount: Decimal;
  /** fraction of the total; undefined when the total is zero */
  share: Decimal | undefined;
}

export const SHARE_SCALE = 6;

export function shareOf(part: Decimal, whole: Decimal): Decimal | undefined {
  return isZero(whole) ? undefined : divide(part, whole, SHARE_SCALE);
}

/** Amounts grouped by a key, largest first (ties by key), each with its share of the total. */
export function computeShares<F extends Fact>(facts: readonly F[], keyOf: (f: F) => string): { rows: ShareRow[]; total: Decimal } {
  const sums = new Map<string, Decimal>();
  for (const f of facts) {
    const k = keyOf(f);
    sums.set(k, add(sums.get(k) ?? ZERO, f.amount));
  }
  const total = sum(sums.values());
  const rows = [...sums]
    .map(([key, amount]) => ({ key, amount, share: shareOf(amount, total) }))
    .sort((a, b) => compare(b.amount, a.amount) || cmp(a.key, b.key));
  return { rows, total };
}

export interface RevenueShare {
  revenue: Decimal;
  total: Decimal;
  share: Decimal | undefined;
  categories: string[];
}

/** Spend in categories marked revenueGenerating, and its share of all spend. */
export function revenueGeneratingShare(facts: readonly Fact[], config: Config): RevenueShare {
  let revenue: Decimal = ZERO;
  let total: Decimal = ZERO;
  const categories = new Set<string>();
  for (const f of facts) {
    total = add(total, f.amount);
    if (config.categoryById.get(f.category)?.revenueGenerating) {
      revenue = add(revenue, f.amount);
      categories.add(f.category);
    }
  }
  return { revenue, total, share: shareOf(revenue, total), categories: [...categories].sort() };
}

/** The 70/20/10 reference: run the business, grow it, transform it. */
export const INVESTMENT_REFERENCE: Record<Investment, Decimal> = {
  run: { units: 70n, scale: 2 },
  grow: { units: 20n, scale: 2 },
  transform: { units: 10n, scale: 2 },
};

export interface InvestmentRow {
  key: Investment | 'unclassified';
  amount: Decimal;
  share: Decimal | undefined;
  reference: Decimal | undefined;
  /** share − reference, in fraction points */
  difference: Decimal | undefined;
}

/** Run / grow / transform split (plus untagged spend) against 70/20/10, in that fixed order. */
export function investmentSplit(facts: readonly Fact[], config: Config): { rows: InvestmentRow[]; total: Decimal } {
  const sums = new Map<string, Decimal>();
  let total: Decimal = ZERO;
  for (const f of facts) {
    const k = config.categoryById.get(f.category)?.investment ?? 'unclassified';
    sums.set(k, add(sums.get(k) ?? ZERO, f.amount));
    total = add(total, f.amount);
  }
  const keys: (Investment | 'unclassified')[] = ['run', 'grow', 'transform'];
  if (sums.has('unclassified')) keys.push('unclassified');
  const rows = keys.map((key) => {
    const amount = sums.get(key) ?? ZERO;
    const share = shareOf(amount, total);
    const reference = key === 'unclassified' ? undefined : INVESTMENT_REFERENCE[key];
    return { key, amount, share, reference, difference: share !== undefined && reference !== undefined ? sub(share, reference) : undefined };
  });
  return { rows, total };
}
