/**
 * A column header as the words it is made of, so that recognition compares words, not spellings:
 * `PaymentDate`, `payment_date`, ` Payment  Date `, `FIN.PAYMENT DATE` and `Payment-Date` are all
 * `payment date`. Case, punctuation, camelCase, `_`, padding (spaces, NBSP), a BOM, diacritics
 * (`Währung` = `wahrung`, `Débit` = `debit`) and a short system prefix before a dot (`FIN.`,
 * `MCH.`) do not matter.
 */

/**
 * A short upper-case system prefix (`FIN.`, `MCH.`, `AP.`) glued to the real name. An abbreviation
 * followed by a space (`Trans. Date`, `Acc. Code`) is a word of the name, not a prefix.
 */
const SYSTEM_PREFIX = /^[A-Z]{2,6}\.(?=[A-Za-z]{2})/;

export function headerWords(name: string): string[] {
  let s = name.replace(/^\uFEFF/, '').replace(/[\u00a0\u2000-\u200b\u2020]/g, ' ').trim();
  s = s.replace(SYSTEM_PREFIX, '');
  // camelCase and PascalCase: PaymentDate → Payment Date, vendorID → vendor ID, VATRegNo → VAT Reg No
  s = s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2');
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words joined by one space: the form compared with known header names. */
export function headerKey(name: string): string {
  return headerWords(name).join(' ');
}
