/** RFC 4180 CSV of the report's machine table; formula-looking cells are neutralized. */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../report/model.js';
import { machineCell } from '../report/format.js';

/** A cell starting with = + - @ (or a tab/CR) would run as a spreadsheet formula: prefix a quote. */
export function neutralize(cell: string): string {
  // most cells start with none of them: one character read settles it
  const c = cell.charCodeAt(0);
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return cell;
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** csv-stringify quotes a cell holding one of these (with its default options, as here). */
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One CSV record, `\n` ended, byte for byte what renderCsv writes for these machine cells: plain
 * cells are joined directly, and a record with a cell to quote goes through csv-stringify. For
 * rows written one by one (categorize streams a million of them): csv-stringify's general path
 * per batch cost more than the rest of writing a row.
 */
export function csvRecord(cells: readonly string[]): string {
  const out = cells.map(neutralize);
  for (const cell of out) if (NEEDS_QUOTES.test(cell)) return stringify([out], { record_delimiter: '\n' });
  return `${out.join(',')}\n`;
}

export function renderCsv(report: Report): string {
  const { columns, rows } = report.data;
  const records = [columns.map((c) => c.key), ...rows.map((r) => columns.map((c) => neutralize(machineCell(r[c.key], c.type))))];
  return stringify(records, { record_delimiter: '\n' });
}
