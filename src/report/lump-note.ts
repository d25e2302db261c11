/** The forecast's note on vendors billed in lumps (forecast-lumps.ts): what left the run rate and what was added once. */
import type { LumpBill, LumpVendor } from '../analysis/forecast-lumps.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';
import { toGrouped } from '../money/decimal-text.js';

export function lumpNote(vendors: readonly LumpVendor[], bills: readonly LumpBill[], fiscalYear: string, currency: string): string | undefined {
  if (vendors.length === 0) return undefined;
  const names = [...new Set(vendors.map((v) => v.display))].join(', ');
  const head = `Billed in lumps (renewals from spend): ${names} ${vendors.length === 1 ? 'is' : 'are'} left out of the run rate, and each billing predicted in ${fiscalYear} is added once at the latest amount, without growth`;
  if (bills.length === 0) return `${head}; none falls in ${fiscalYear}.`;
  const sum = bills.reduce<Decimal>((a, b) => add(a, b.amount), ZERO);
  return `${head}. Annual bills: ${bills.map((b) => `${b.vendor} ${toGrouped(b.amount)} due ${b.date}`).join(', ')} (${currency} ${toGrouped(sum)} in all).`;
}
