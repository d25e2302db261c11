/**
 * What a header's words say beyond the field they name, where a word match alone would mislead:
 * a `Usage Amount` is a quantity of usage, not money; `Debit/Credit Flag` says which way an
 * unsigned amount went, it is neither side's money; an `Original Currency` is the currency of
 * the amount before conversion, not of the amount the file totals.
 */

const DEBIT_WORDS = ['debit', 'debits', 'dr', 'soll', 'withdrawal', 'withdrawals'];
const CREDIT_WORDS = ['credit', 'credits', 'cr', 'haben', 'deposit', 'deposits'];
/** words that name a marker column rather than money (`DR/CR Indicator`, `Credit Debit Flag`) */
const MARKER_WORDS = ['flag', 'indicator', 'ind', 'sign', 'type', 'code', 'direction', 'kz', 'kennzeichen'];
const MONEY_WORDS = ['cost', 'costs', 'charge', 'charges', 'spend', 'price', 'fee', 'fees'];
const ORIGINAL_WORDS = ['original', 'orig', 'foreign', 'source', 'cizi', 'fremdwahrung'];

/** `Usage Amount`, `Usage Quantity`: how much was used, not what it cost (`Usage Cost` is money). */
export function namesUsageQuantity(words: readonly string[]): boolean {
  return words.includes('usage') && !words.some((w) => MONEY_WORDS.includes(w));
}

/**
 * A header naming both sides (`Debit/Credit Flag`, `DR/CR`, `Credit Debit Indicator`) or one side
 * with a marker word (`Debit Indicator`): the column says which way the amount went.
 */
export function namesDirection(words: readonly string[]): boolean {
  const debit = words.some((w) => DEBIT_WORDS.includes(w));
  const credit = words.some((w) => CREDIT_WORDS.includes(w));
  return (debit && credit) || ((debit || credit) && words.some((w) => MARKER_WORDS.includes(w)));
}

/** `Original Currency`, `Orig amount`, `Foreign Spend Amount`: the transaction's own currency or amount before conversion. */
export function namesOriginal(words: readonly string[]): boolean {
  return words.some((w) => ORIGINAL_WORDS.includes(w));
}

/**
 * Things other than the counterparty whose name a register also gives: `Project name`, `Name Of
 * Body`, `ServiceName`, `Fund Name`. A header naming one of them is not the vendor unless it also
 * has a counterparty word (`Service Provider Name` is). A bank code (`Beneficiary BIC`) never is.
 */
const NOT_COUNTERPARTY = ['project', 'product', 'service', 'sku', 'item', 'customer', 'client', 'user', 'resource', 'subscription', 'tenant', 'meter', 'region', 'location', 'fund', 'program', 'programme', 'report', 'file', 'body', 'agency', 'organisation', 'organization', 'directorate', 'division', 'unit', 'team', 'budget'];
const BANK_CODES = ['bic', 'swift', 'routing', 'iban', 'sort'];

export function namesOtherThanCounterparty(words: readonly string[], counterpartyNouns: readonly string[]): boolean {
  if (words.some((w) => BANK_CODES.includes(w))) return true;
  return words.some((w) => NOT_COUNTERPARTY.includes(w)) && !words.some((w) => counterpartyNouns.includes(w));
}
