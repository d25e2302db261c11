/**
 * A fact table made elsewhere (`techspend facts --sql`, run by a warehouse or Spark) read into the
 * ledger, so every analysis and the board run on it as on a scan. DuckDB reads it (CSV or
 * Parquet), every value as text: amounts stay exact decimals, never floating point.
 *
 * Its savings inputs (rows of grain 'line': every line savings examines) stay in DuckDB: the same
 * picking as an engine run (savings-lines.ts) sums them there and hands node only the lines a
 * detector compares, each made into a line again with its source and line, so savings findings,
 * renewals and annual bills are those of the lines and `explain` names `file:line`.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dataError, printable } from '../../diagnostic.js';
import type { Ledger } from '../../analysis/ledger.js';
import { emptyReconciliation, noteExcluded, type Reconciliation } from '../../analysis/reconciliation.js';
import type { Pool } from '../../config/schema.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { add, type Decimal, parseDecimal, ZERO } from '../../money/decimal.js';
import type { Config } from '../../config/config.js';
import type { SavingsCollector } from '../../analysis/savings/source.js';
import { FACT_COLUMNS, LINE_COLUMNS, OPTIONAL_FACT_COLUMNS, SIDE_REFS } from '../../rules/facts-sql.js';
import { splitScaleSql } from '../../rules/sql.js';
import { createDoubleCountGuard, type DoubleCount, type GuardSide, loadVendorKey } from '../../analysis/double-count.js';
import { openDuckDb, sqlId, sqlString, type DuckConnection } from './duckdb.js';
import { isParquet } from './choose.js';
import { EngineSavingsLines, type SavingsNeeds } from './savings-lines.js';

/** What a command reads of a fact table beyond its facts. */
export interface FactsJob {
  config: Config;
  /** savings' lines (savings, forecast's annual bills, board): read from the table's line rows */
  records?: SavingsCollector | undefined;
  savings?: SavingsNeeds | undefined;
  note?: ((message: string) => void) | undefined;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function readFacts(ledger: Ledger, file: string, cwd: string | undefined, job?: FactsJob): Promise<Reconciliation> {
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
    // a table made by an older facts --sql has no savings inputs: every row is a fact
    const withLines = LINE_COLUMNS.every((c) => columns.includes(c));
    const factRows = withLines ? `WHERE coalesce(CAST(grain AS VARCHAR), 'fact') = 'fact'` : '';
    const rows = (await duck.conn.runAndReadAll(`SELECT ${FACT_COLUMNS.map(text).join(', ')} FROM ${relation} ${factRows}`)).getRows();
    const dates = new Set<string>();
    rows.forEach((r, i) => {
      const [category, pool, scope, matched, vendor, month, itemAccount, itemDescription, amount, lines, quantity, quantityLines, lineAmount, lineCount] = r.map((v) => (v === null ? undefined : String(v)));
      // the facts come first in the table facts --sql writes: a CSV's line (after its header)
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
        month,
        category,
        pool: (pool ?? 'other') as Pool,
        item: itemAccount === undefined && itemDescription === undefined ? '' : `${itemAccount ?? ''}\u0000${itemDescription ?? ''}`,
        amount: sum,
        lines: count('lines', lines),
        quantity: quantity === undefined || quantity === '' ? undefined : money('quantity', quantity),
        quantityLines: quantityLines === undefined ? 0 : count('quantity_lines', quantityLines),
      });
    });
    // the days with a line, where the table has them; else each month's first
    const days = withLines ? (await duck.conn.runAndReadAll(`SELECT DISTINCT CAST(CAST(date AS DATE) AS VARCHAR) FROM ${relation} WHERE CAST(grain AS VARCHAR) = 'date'`)).getRows() : [];
    if (days.length > 0) {
      dates.clear();
      for (const [d] of days) dates.add(String(d));
    }
    for (const d of [...dates].sort()) rec.dates.set(d, 1);
    // the inputs the table was made from: an explain command reopens a figure from them, where they are
    const inputs = withLines ? (await duck.conn.runAndReadAll(`SELECT DISTINCT CAST(source AS VARCHAR) FROM ${relation} WHERE CAST(grain AS VARCHAR) IN ('source', 'line') AND source IS NOT NULL`)).getRows().map((r) => String(r[0])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
    rec.files.push({ source: file, format: 'techspend fact table', mapping: '', encoding: isParquet(file) ? 'parquet' : 'utf-8', delimiter: '', skipRows: 0, rows: rows.length, used: rows.length, rejected: 0, notes: [], ...(inputs.length > 0 ? { inputs } : {}) });
    if (withLines) rec.doubleCounts = await doubleCounts(duck.conn, relation, file);
    if (job?.records !== undefined) {
      if (withLines) await savingsFromLines(duck.conn, relation, file, job, job.records);
      else job.note?.(`${file}: a fact table without savings inputs (made by an older techspend facts --sql): no savings findings, renewals or annual bills; make it again with techspend facts --sql for the columns ${LINE_COLUMNS.join(', ')}`);
    }
  } finally {
    duck.close();
  }
  return rec;
}

/** The line row's columns, as the reader below takes them. */
const CELLS = ['source', 'line', 'date', 'vendor', 'description', 'account', 'department', 'cost_center', 'currency', 'source_amount', 'quantity', 'usage', 'unit_price', 'reference', 'booked_to'] as const;
const NO_HEADER: ReadonlyMap<string, number> = new Map();
/** where a line is booked beyond department and cost centre, as line-tags.ts reads a fund column */
const BOOKED_TO_HEADER: ReadonlyMap<string, number> = new Map([['booked to fund', 0]]);

/**
 * The examined lines of the table into savings: one input per source (in the order JavaScript
 * sorts their names, as the demo and a folder are read), each line picked by savings-lines.ts
 * and made an ExpenseLine again from its row.
 */
async function savingsFromLines(conn: DuckConnection, relation: string, file: string, job: FactsJob, records: SavingsCollector): Promise<void> {
  // the line rows once, typed, each with its input's number (inputs in the order JavaScript sorts
  // their names, as the demo and a folder are read)
  const sources = (await conn.runAndReadAll(`SELECT DISTINCT CAST(source AS VARCHAR) FROM ${relation} WHERE CAST(grain AS VARCHAR) = 'line'`)).getRows().map((r) => String(r[0])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  await conn.run('CREATE OR REPLACE TEMP TABLE ts_sources (source VARCHAR, file INTEGER)');
  for (let i = 0; i < sources.length; i += 1000) await conn.run(`INSERT INTO ts_sources VALUES ${sources.slice(i, i + 1000).map((src, k) => `(${sqlString(src)}, ${i + k})`).join(', ')}`);
  // a view, not a table: on 10M lines a table of every line row as text was some 1 GB, spilled
  // past DuckDB's memory limit; savings reads the rows once here and its few picked lines again
  await conn.run(`CREATE OR REPLACE TEMP VIEW ts_fact_lines AS
    SELECT s.file, CAST(l.line AS BIGINT) AS line, ${CELLS.map((c) => `CAST(l.${sqlId(c)} AS VARCHAR) AS ${sqlId(`t_${c}`)}`).join(', ')},
      CAST(l.amount AS DECIMAL(38,12)) AS booked, CAST(l.category AS VARCHAR) AS category, CAST(l.rule AS VARCHAR) AS rule,
      CAST(l.source_amount AS DECIMAL(38,12)) AS source_amount, CAST(l.date AS DATE) AS date
    FROM ${relation} AS l JOIN ts_sources AS s ON s.source = CAST(l.source AS VARCHAR)
    WHERE CAST(l.grain AS VARCHAR) = 'line'`);
  const savings = new EngineSavingsLines(conn, job.config, job.savings);
  await savings.begin();
  const decimal = (name: string, v: string, line: number): Decimal => {
    const d = parseDecimal(v);
    if (d === undefined) throw dataError(`${file}`, `${name} of ${v} is not a number (savings input line ${line})`);
    return writtenScale(d, 2);
  };
  // a count of seats or units is written whole, a unit price in cents
  const optional = (name: string, v: string, line: number, least: number) => {
    if (v === '') return undefined;
    const d = parseDecimal(v);
    if (d === undefined) throw dataError(`${file}`, `${name} of ${v} is not a number (savings input line ${line})`);
    return writtenScale(d, least);
  };
  sources.forEach((source, k) => {
    const numbered = savings.file({
      name: source,
      relation: `(SELECT line AS ts_row, ${CELLS.map((c, i) => `coalesce(${sqlId(`t_${c}`)}, '') AS c${i + 1}`).join(', ')} FROM ts_fact_lines WHERE file = ${k})`,
      cells: CELLS.length,
      lineOf: (row) => row,
      reader: (cells, line) => {
        const [src, , date, vendor, description, account, department, costCenter, currency, sourceAmount, quantity, usage, unitPrice, reference, bookedTo] = cells as string[] as [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string];
        return {
          source: src,
          line,
          date,
          vendor,
          description,
          account,
          department,
          costCenter,
          currency,
          amount: decimal('source_amount', sourceAmount, line),
          quantity: optional('quantity', quantity, line, 0),
          usage: optional('usage', usage, line, 0),
          unitPrice: optional('unit_price', unitPrice, line, 2),
          reference,
          fields: bookedTo === '' ? [] : [bookedTo],
          header: bookedTo === '' ? NO_HEADER : BOOKED_TO_HEADER,
        } as ExpenseLine;
      },
    });
    if (numbered !== k) throw new Error(`facts: input ${source} numbered ${numbered}, not ${k}`);
  });
  await savings.addExamined(
    // the amounts and dates from the table's own types: DuckDB reads text into DECIMAL(38,12)
    // through 128-bit arithmetic (on 5M line rows, 65 s against 11 s from the column as typed)
    `SELECT file, line AS row, t_quantity IS NOT NULL AND t_usage IS NOT NULL AS seat, coalesce(t_vendor, '') AS vendor, date,
       booked AS amount, ${splitScaleSql('duckdb', 'booked')} AS scale, t_currency AS currency, source_amount,
       coalesce(t_description, '') AS description, category, rule
     FROM ts_fact_lines`,
  );
  await savings.finish(records);
}

/** A typed amount read back as text ("9900.000000000000"): at the fewest decimals that hold it, at least `least` (an amount: 2, as splitScaleSql). */
function writtenScale(d: Decimal, least: number): Decimal {
  let { units, scale } = d;
  while (scale > least && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/**
 * The double counts between the table's inputs, from its 'source' rows (each input's spend per
 * vendor and month, with its first lines) as the scan's guard finds them between files. One input
 * has none. A tie in lines, which the scan breaks by the file with more columns, goes here to the
 * input whose name sorts first: the table does not know a file's columns.
 */
async function doubleCounts(conn: DuckConnection, relation: string, file: string): Promise<DoubleCount[]> {
  const rows = (
    await conn.runAndReadAll(
      `SELECT CAST(source AS VARCHAR), coalesce(CAST(vendor AS VARCHAR), ''), CAST(month AS VARCHAR), CAST(line_amount AS VARCHAR), CAST(line_count AS VARCHAR), CAST(line AS BIGINT)
       FROM ${relation} WHERE CAST(grain AS VARCHAR) = 'source'`,
    )
  ).getRows() as [string, string, string, string, string, bigint][];
  const sources = [...new Set(rows.map((r) => r[0]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sources.length < 2) return [];
  const rank = new Map(sources.map((s, i) => [s, i]));
  const vendorKey = await loadVendorKey();
  // one side per input, vendor key and month: the sums of its vendors as written, its first lines
  const sides = new Map<string, GuardSide & { spellings: Set<string> }>();
  for (const [source, vendor, month, amount, count, line] of rows) {
    const v = vendorKey(vendor);
    if (v === undefined) continue;
    const total = parseDecimal(amount);
    if (total === undefined) throw dataError(file, `line_amount of a source row is not a number: "${printable(amount, 40)}"`);
    const id = `${v.key}\u0000${month}\u0000${source}`;
    let side = sides.get(id);
    if (side === undefined) sides.set(id, (side = { key: v.key, name: v.name, month, source, total: ZERO, lines: 0, refs: [], columns: 0, spellings: new Set() }));
    // each vendor as written counts its sums once (a row per line named carries them)
    if (!side.spellings.has(vendor)) {
      side.spellings.add(vendor);
      side.total = add(side.total, total);
      side.lines += Number(count);
    }
    // named as its earliest line's vendor is
    if (side.refs.every((r) => r.line > Number(line))) side.name = v.name;
    side.refs.push({ source, line: Number(line) });
  }
  // in the order a scan meets them: inputs in turn, each side from its first line
  const ordered = [...sides.values()].map((s) => ({ ...s, refs: s.refs.sort((a, b) => a.line - b.line).slice(0, SIDE_REFS) }));
  ordered.sort((a, b) => rank.get(a.source)! - rank.get(b.source)! || a.refs[0]!.line - b.refs[0]!.line);
  const guard = createDoubleCountGuard(vendorKey);
  guard.absorb(ordered.map(({ spellings: _, ...side }) => side));
  return guard.result();
}
