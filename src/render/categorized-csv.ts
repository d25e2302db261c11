/** categorize's CSV records for one line (one per split part), byte for byte as the whole report renders them. */
import type { Config } from '../config/config.js';
import type { ExpenseLine } from '../ingest/line.js';
import { CATEGORIZE_COLUMNS, categorizedRows } from '../report/build-categorize.js';
import type { Categorization } from '../rules/engine.js';
import { csvRecord } from './escape/csv.js';
import { machineCell } from '../report/format.js';
import type { CentCarry } from '../money/apportion.js';

export function categorizedCsv(line: ExpenseLine, c: Categorization, config: Config, carry?: CentCarry): string {
  let text = '';
  for (const r of categorizedRows(line, c, config, carry)) text += csvRecord(CATEGORIZE_COLUMNS.map((col) => machineCell(r[col.key], col.type)));
  return text;
}
