/**
 * A `lines` table as a warehouse would hold it, for the facts --sql tests: the inputs' lines as
 * techspend reads them (before booking), in the columns the facts SQL reads, written as CSV, and
 * the SQL that makes the fact table from them run in DuckDB (standing in for the warehouse).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import type { Config } from '../../src/config/config.js';
import { type Condition, rawColumns } from '../../src/config/condition.js';
import { columnValue, type ExpenseLine } from '../../src/ingest/line.js';
import { scanInputs } from '../../src/io/scan.js';
import { referenceOf, splitKeyOf } from '../../src/analysis/savings/line-tags.js';
import { toExact } from '../../src/money/decimal.js';

export const LINE_TABLE_COLUMNS = ['source', 'line', 'date', 'vendor', 'description', 'account', 'department', 'cost_center', 'currency', 'amount', 'quantity', 'usage', 'unit_price', 'reference', 'booked_to'];

/**
 * Where a line is booked beyond its department and cost centre (its fund-like columns, as
 * line-tags.ts finds them), '' for none: the `booked_to` a warehouse would map.
 */
function bookedTo(l: ExpenseLine): string {
  const key = splitKeyOf(l);
  if (key === '') return '';
  return key.split('\u0001').slice(2).join('\u0001');
}

export interface LinesTable {
  file: string;
  /** DuckDB's read_csv columns = {...} */
  types: string;
}

/** The lines of `paths` (named as `displayName` names them, as the CLI does) to `dir`/lines.csv. */
export async function writeLinesTable(dir: string, paths: string[], config: Config, displayName?: (p: string) => string): Promise<LinesTable> {
  const raw = [...config.rules.reduce((s, r) => rawColumns(r.condition, s), new Set<string>())];
  const types = `{'source': 'VARCHAR', 'line': 'BIGINT', 'date': 'DATE', 'vendor': 'VARCHAR', 'description': 'VARCHAR', 'account': 'VARCHAR', 'department': 'VARCHAR', 'cost_center': 'VARCHAR', 'currency': 'VARCHAR', 'amount': 'DECIMAL(38,12)', 'quantity': 'DECIMAL(38,12)', 'usage': 'DECIMAL(38,12)', 'unit_price': 'DECIMAL(38,12)', 'reference': 'VARCHAR', 'booked_to': 'VARCHAR'${raw.map((r) => `, '${r}': 'VARCHAR'`).join('')}}`;
  const rows: string[][] = [[...LINE_TABLE_COLUMNS, ...raw]];
  const exact = (d: ExpenseLine['quantity']) => (d === undefined ? '' : toExact(d));
  const keep = (l: ExpenseLine) =>
    rows.push([l.source, String(l.line), l.date, l.vendor, l.description, l.account, l.department, l.costCenter, l.currency, toExact(l.amount), exact(l.quantity), exact(l.usage), exact(l.unitPrice), referenceOf(l), bookedTo(l), ...raw.map((n) => columnValue(l, n) ?? '')]);
  await scanInputs(paths, config, { line: keep, excluded: keep }, displayName === undefined ? {} : { displayName });
  const file = join(dir, 'lines.csv');
  writeFileSync(file, stringify(rows));
  return { file, types };
}

/** Run the facts SQL (DuckDB dialect) over the lines table, writing `outputs` (.parquet or .csv). */
export async function runFactsSql(sql: string, lines: LinesTable, outputs: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`CREATE TABLE lines AS SELECT * FROM read_csv('${lines.file}', header = true, columns = ${lines.types})`);
    const query = sql.trimEnd().replace(/;$/, '');
    for (const out of outputs) await conn.run(`COPY (${query}) TO '${out}' (${out.endsWith('.parquet') ? 'FORMAT parquet' : 'HEADER'})`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
