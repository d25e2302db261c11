/**
 * Which way round does a file write spend? Payment registers, ledgers and most card files write
 * it as positive amounts (a credit note or refund now and then is negative). Bank statements and
 * many card downloads (Chase, Mercury, Revolut, Monzo, Wise, Starling) write it as negative: money
 * leaving the account, with the odd refund or payment to the card positive. Read as written, such
 * a file's spend totals negative.
 *
 * One judgement, from the file's own amounts: most signed amounts negative, in a file no preset
 * and no `sign:` already read the right way round. `init` drafts `sign: expense-negative` from it
 * over every row; a run with no techspend.yaml applies it, per file, from the rows it looked at
 * first (config/fitted-default.ts).
 */
import type { Decimal } from '../money/decimal.js';
import type { Layout } from './layout.js';

/** How many of a file's amounts are negative and positive (zero counts as neither). */
export interface SignCount {
  negative: number;
  positive: number;
}

export function countSign(count: SignCount, amount: Decimal): void {
  if (amount.units < 0n) count.negative++;
  else if (amount.units > 0n) count.positive++;
}

/**
 * A known export shape (a preset such as Monefy or Venmo) read by detection: the preset already
 * says which way round it writes spend, so its amounts are not judged again. Read by a `sources`
 * entry, or as a generic or headerless CSV, the sign is the file's to tell.
 */
export function readsPreset(format: string): boolean {
  return !format.startsWith('sources[') && format !== 'generic CSV' && format !== 'headerless CSV';
}

/** Does the file write spend as negative amounts, and is it not yet read that way? */
export function writesSpendNegative(layout: Pick<Layout, 'format' | 'sign'>, count: SignCount): boolean {
  return !readsPreset(layout.format) && layout.sign !== 'expense-negative' && count.negative > count.positive;
}
