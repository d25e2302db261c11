/**
 * The accrual basis's one piece of arithmetic: an amount spread evenly over the months of its
 * service period, exact to the cent (largest remainder, ties to the earlier month), so the
 * months always add up to the line and differ from each other by at most one unit.
 */
import { allocate, type Decimal } from '../money/decimal.js';
import { addMonths } from './period.js';

export type Basis = 'cash' | 'accrual';
export const BASES: readonly Basis[] = ['cash', 'accrual'];

export interface MonthShare {
  month: string;
  amount: Decimal;
  /** 1-based: this is share `index` of `of` */
  index: number;
  of: number;
}

/** `amount` spread over `months` months from `start`: one share per month, in order. */
export function spreadOverMonths(amount: Decimal, start: string, months: number): MonthShare[] {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`a service period needs 1 or more whole months, got ${months}`);
  const parts = allocate(amount, new Array<bigint>(months).fill(1n));
  return parts.map((a, i) => ({ month: addMonths(start, i), amount: a, index: i + 1, of: months }));
}
