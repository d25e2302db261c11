/**
 * The one CSV escaping of every CSV techspend writes (report, categorize, explain, rules, savings…):
 * RFC 4180 quoting, plus neutralizing of cells a spreadsheet would run as a formula.
 *
 * Why not csv-stringify's quoting: it leaves a cell holding a lone CR unquoted, and a reader that
 * ends a record at CR (old Excel for Mac, some importers) then starts a new row with whatever
 * follows — `=1+2`, `@SUM(…)` — where neutralizing cannot see it.
 */

// = + - @ (and their full-width forms, which some spreadsheets fold) start a formula
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const CONTROL_START = /^[\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell a spreadsheet would read as a formula gets a leading `'` (shown as text, as OWASP
 * advises): one starting with = + - @, also after leading spaces, or with a tab, CR or LF.
 * Plain numbers (`-12.50`) are data, not formulas, and stay as they are.
 */
export function neutralize(cell: string): string {
  // most cells start with a letter or digit: one character read settles it
  const c = cell.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return cell;
  if (!FORMULA_START.test(cell) && !CONTROL_START.test(cell)) return cell;
  return PLAIN_NUMBER.test(cell) ? cell : `'${cell}`;
}

/** One cell as written: neutralized, then quoted when it holds a quote, comma, CR or LF. */
export function csvCell(text: string): string {
  const cell = neutralize(text);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One record, `\n` ended. */
export function csvRecord(cells: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return out + '\n';
}
