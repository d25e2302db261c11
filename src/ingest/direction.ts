/**
 * A column that says which way money moved, for exports whose amount is unsigned (Mint's
 * `Transaction Type`: debit / credit). Debit, withdrawal, purchase… are spend; credit,
 * deposit, refund… offset it. A sign column (`-` money out, `+` money in) says the same.
 */
export type Direction = 'expense' | 'income';

const WORDS: ReadonlyMap<string, Direction> = new Map([
  ...['debit', 'dr', 'd', 'withdrawal', 'purchase', 'payment', 'charge', 'expense', 'outflow', 'out', 'sale', 'soll', 'lastschrift', 'débit', '-'].map((w) => [w, 'expense'] as const),
  ...['credit', 'cr', 'c', 'deposit', 'refund', 'return', 'income', 'inflow', 'in', 'haben', 'gutschrift', 'crédit', '+'].map((w) => [w, 'income'] as const),
]);

export function directionOf(text: string): Direction | undefined {
  return WORDS.get(text.trim().toLowerCase());
}
