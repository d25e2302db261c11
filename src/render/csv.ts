/** RFC 4180 CSV of the report's machine table; every cell goes through the one CSV escaping (escape/csv.ts). */
import type { Report } from '../report/model.js';
import { csvRecord } from './escape/csv.js';
import { machineCell } from '../report/format.js';

export { csvCell, csvRecord, neutralize } from './escape/csv.js';

export function renderCsv(report: Report): string {
  const { columns, rows } = report.data;
  let out = csvRecord(columns.map((c) => c.key));
  for (const r of rows) out += csvRecord(columns.map((c) => machineCell(r[c.key], c.type)));
  return out;
}
