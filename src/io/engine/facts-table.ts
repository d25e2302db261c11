/**
 * A fact table made elsewhere (`techspend facts --sql`, run by a warehouse or Spark) read into the
 * ledger, so every analysis and the board run on it as on a scan. DuckDB reads it (CSV or
 * Parquet), every value as text: amounts stay exact decimals, never floating point.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dataError, printable } from '../../diagnostic.js';
import type { Ledger } from '../../analysis/ledger.js';
import { emptyReconciliation, noteExcluded, type Reconciliation } from '../../analysis/reconciliation.js';
import type { Pool } from '../../config/schema.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { add, type Decimal, parseDecimal, ZERO } from '../../money/decimal.js';
import { FACT_COLUMNS, OPTIONAL_FACT_COLUMNS } from '../../rules/facts-sql.js';
import { openDuckDb, sqlId, sqlString } from './duckdb.js';
import { isParquet } from './choose.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function readFacts(ledger: Ledger, file: string, cwd: string | undefined): Promise<Reconciliation> {
  const location = cwd === undefined ? file : resolve(cwd, file);
  const info = await stat(location).catch(() => undefined);
  if (info === undefined) throw dataError(file, 'no such file');
  const duck = await openDuckDb();
  const rec = emptyReconciliation();
  try {
    const relation = isParquet(file) ? `read_parquet(${sqlString(location)})` : `read_csv(${sqlString(location)}, header = true, all_varchar = true)`;
    let columns: string[];
    try {
      columns = (await duck.conn.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRows().map((r) => String(r[0]));
    } catch (e) {
      throw dataError(file, `cannot read the fact table: ${printable((e as Error).message.split('\n')[0] ?? '', 160)}`, 'make it with techspend facts --sql, saved as CSV or Parquet');
    }
    const missing = FACT_COLUMNS.filter((c) => !columns.includes(c) && !OPTIONAL_FACT_COLUMNS.includes(c));
    if (missing.length > 0) throw dataError(file, `not a fact table: no column ${missing.map((c) => `"${c}"`).join(', ')}`, `a fact table has ${FACT_COLUMNS.join(', ')} (techspend facts --sql makes it)`);
    const text = (c: string) => (columns.includes(c) ? `CAST(${sqlId(c)} AS VARCHAR)` : 'NULL');
    const rows = (await duck.conn.runAndReadAll(`SELECT ${FACT_COLUMNS.map(text).join(', ')} FROM ${relation}`)).getRows();
    const dates = new Set<string>();
    rows.forEach((r, i) => {
      const [category, pool, scope, matched, vendor, month, itemAccount, itemDescription, amount, lines, quantity, quantityLines, lineAmount, lineCount] = r.map((v) => (v === null ? undefined : String(v)));
      const where = `${file}:${i + 2}`;
      const money = (name: string, v: string | undefined): Decimal => {
        const d = v === undefined ? undefined : parseDecimal(v);
        if (d === undefined) throw dataError(where, `${name} is not a number: "${printable(v ?? '', 40)}"`);
        return d;
      };
      const count = (name: string, v: string | undefined): number => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw dataError(where, `${name} is not a count: "${printable(v ?? '', 40)}"`);
        return n;
      };
      if (month === undefined || !MONTH.test(month)) throw dataError(where, `month is not yyyy-MM: "${printable(month ?? '', 40)}"`);
      if (category === undefined || category === '') throw dataError(where, 'no category');
      // a group of only the later parts of split lines counts no line of its own
      const booked = lineAmount === undefined || lineAmount === '' ? ZERO : money('line_amount', lineAmount);
      const lineTotal = count('line_count', lineCount);
      rec.rowsRead += lineTotal;
      rec.rowsUsed += lineTotal;
      rec.inputTotal = add(rec.inputTotal, booked);
      const date = `${month}-01`;
      dates.add(date);
      if (scope === 'excluded') {
        rec.excludedLines += lineTotal;
        rec.excludedTotal = add(rec.excludedTotal, booked);
        noteExcluded(rec, { vendor: vendor ?? '', account: itemAccount ?? '' } as ExpenseLine, booked);
        return;
      }
      const sum = money('amount', amount);
      rec.reportTotal = add(rec.reportTotal, sum);
      if (matched === 'false' || matched === 'FALSE' || matched === '0') {
        rec.uncategorizedLines += lineTotal;
        rec.uncategorizedTotal = add(rec.uncategorizedTotal, booked);
      }
      ledger.addSummed({
        vendor: vendor ?? '',
        date,
        category,
        pool: (pool ?? 'other') as Pool,
        item: itemAccount === undefined && itemDescription === undefined ? '' : `${itemAccount ?? ''}\u0000${itemDescription ?? ''}`,
        amount: sum,
        lines: count('lines', lines),
        quantity: quantity === undefined || quantity === '' ? undefined : money('quantity', quantity),
        quantityLines: quantityLines === undefined ? 0 : count('quantity_lines', quantityLines),
      });
    });
    for (const d of [...dates].sort()) rec.dates.set(d, 1);
    rec.files.push({ source: file, format: 'techspend fact table', mapping: '', encoding: isParquet(file) ? 'parquet' : 'utf-8', delimiter: '', skipRows: 0, rows: rows.length, used: rows.length, rejected: 0, notes: [] });
  } finally {
    duck.close();
  }
  return rec;
}
