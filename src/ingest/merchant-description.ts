/**
 * Card and bank exports name no counterparty column: the merchant is the description (Chase,
 * Amex, Discover, Citi, Mercury write `Description: GITHUB INC`). When no column names the
 * vendor, a plainly named description column whose values repeat the way merchant names do (a
 * subscription bills every month; a memo of free text rarely repeats) is read as the vendor, so
 * the catalog can tell what the line bought.
 */
import { type ColumnProfile, share } from './column-profile.js';

/**
 * The words of a plain description header: `Description`, `Transaction Description`, `Details`,
 * `Narrative`, and the statement text as other languages' banks head it (`Text/Verwendungszweck`,
 * `Buchungstext`, `Libellé`, `Concepto`).
 */
const PLAIN = new Set(['description', 'desc', 'details', 'detail', 'narrative', 'transaction', 'payee', 'merchant', 'text', 'particulars', 'verwendungszweck', 'buchungstext', 'libelle', 'concepto']);

export function descriptionNamesMerchant(words: readonly string[], p: ColumnProfile): boolean {
  if (words.length === 0 || !words.every((w) => PLAIN.has(w))) return false;
  // enough rows to see repeats, text throughout, and at least one name in four seen again
  return p.values >= 4 && share(p.letters, p) >= 0.9 && p.distinct <= p.values * 0.75;
}

export function merchantReason(p: ColumnProfile): string {
  return `no column names the counterparty; the description's values repeat like merchant names (${p.distinct} distinct in ${p.values} sampled rows)`;
}
