/**
 * Which lines savings (and the renewals guessed from spend) examine: technology lines a rule maps
 * to a category, the user's own or the built-in default's (one rule per catalog vendor). A line
 * that fell through to the uncategorized category is not reviewed yet: on a council card file
 * with no config that is court fees, vehicle licences and hotel nights, where identical charges
 * on one day and a month far above the last are normal, so they are counted and named in one
 * line of the output ("not examined"), never turned into candidates.
 */
import type { Decimal } from '../../money/decimal.js';
import type { Categorization } from '../../rules/engine.js';

export function examinedBySavings(c: Pick<Categorization, 'rule'>): boolean {
  return c.rule !== undefined;
}

/** The lines left out, as the reconciliation counts them (its uncategorized lines and total). */
export interface Unexamined {
  lines: number;
  amount: Decimal;
}
