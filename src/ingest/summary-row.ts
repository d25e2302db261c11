/**
 * Report footers in a register: `Total,…,"40,292,334.84"`, `Grand Total,£43,385,857.97`, or a
 * record empty but for its amount (`,,,,,"381,012.77"`). Such a row repeats the rows above it; it
 * is not spend. A row is only a candidate here: the caller skips it when its amount equals the
 * sum of the rows above (since the file's start or the last such row), and reads it like any
 * other row otherwise (so a mislabelled data row is never lost).
 */
import type { Layout } from './layout.js';

/** A first cell that names a total: Total, Grand Total, Sub-total, Totals, Sum, Summe, Celkem, Gesamt… */
const TOTAL_LABEL = /^(grand\s*|sub\s*-?\s*)?totals?\b|^(sum|summe|gesamt|celkem|suma|totaal|somme)\b/i;

export type SummaryKind = 'labelled' | 'bare';

/**
 * Whether a record looks like a total row: its first filled cell names a total, or its only filled
 * cells are amount columns. Never a row with a date in its date column.
 */
export function summaryCandidate(fields: readonly string[], layout: Layout): SummaryKind | undefined {
  const { columns } = layout;
  const dateCell = columns.date === undefined ? '' : (fields[columns.date] ?? '').trim();
  if (dateCell !== '' && /\d/.test(dateCell)) return undefined;
  const money = new Set([columns.amount, columns.debit, columns.credit].filter((i): i is number => i !== undefined));
  let first: string | undefined;
  let onlyMoney = true;
  let anyMoney = false;
  for (let i = 0; i < fields.length; i++) {
    const t = fields[i]!.trim();
    if (t === '' || !/[\p{L}\p{N}]/u.test(t)) continue;
    first ??= t;
    if (money.has(i)) anyMoney = true;
    else onlyMoney = false;
  }
  if (first === undefined) return undefined;
  if (TOTAL_LABEL.test(first) && !money.has(fields.findIndex((f) => f.trim() === first))) return 'labelled';
  return onlyMoney && anyMoney ? 'bare' : undefined;
}
