/** RFC 4180 CSV of the report's machine table; formula-looking cells are neutralized. */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../report/model.js';
import { machineCell } from './format.js';

/** A cell starting with = + - @ (or a tab/CR) would run as a spreadsheet formula: prefix a quote. */
export function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

export function renderCsv(report: Report): string {
  const { columns, rows } = report.data;
  const records = [columns.map((c) => c.key), ...rows.map((r) => columns.map((c) => neutralize(machineCell(r[c.key], c.type))))];
  return stringify(records, { record_delimiter: '\n' });
}
