/**
 * The currency a money column's header names: `Amount (£)`, `Net Amount GBP`, `Betrag in EUR`,
 * `Paid out ($)`. Many registers have no currency column and plain numbers, but say the currency
 * once, in the header; that is as good as a column saying it on every row. Only a symbol, or an
 * ISO 4217 code written in capitals as a word of its own, counts: codes that are also English
 * words (`ALL`, `TOP`, `PEN`, `TRY`…) count only in brackets (`Total (ALL)`). Vocabulary such as
 * "VAT", "Council" or "Ltd" is never taken for a currency: it says where a file was written, not
 * what its amounts are in.
 */
import { currencyOfSymbol, isKnownCurrency } from '../money/currency.js';

/** ISO codes that are also words a header may hold in capitals. */
const WORDS = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'TRY', 'MOP', 'BAM', 'SOS', 'NAD', 'GEL', 'MAD', 'BOB', 'DOP', 'LAK', 'AMD', 'ANG', 'BOV', 'CUC', 'TND', 'MNT', 'RON']);

const SYMBOL = /US\$|[$£€¥₹₩₽₺₪₫₱฿]|zł|Kč/gu;

/** The one currency the header names, or undefined (none, or two different ones). */
export function currencyOfHeader(header: string): string | undefined {
  const found = new Set<string>();
  for (const m of header.matchAll(SYMBOL)) found.add(currencyOfSymbol(m[0])!);
  for (const m of header.matchAll(/(\(|\[)?\b([A-Z]{3})\b(\)|\])?/g)) {
    const code = m[2]!;
    if (!isKnownCurrency(code)) continue;
    if (WORDS.has(code) && (m[1] === undefined || m[3] === undefined)) continue;
    found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The currency the money columns' headers agree on (each names the same one, at least one names it). */
export function currencyOfMoneyHeaders(headers: readonly string[]): string | undefined {
  const named = new Set(headers.map(currencyOfHeader));
  if (named.size !== 1) return undefined;
  return [...named][0];
}
