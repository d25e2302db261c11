/**
 * Savings' lines under the DuckDB engine, summed where they live: the examined (categorized)
 * technology lines of every input are kept in a narrow DuckDB table, summed there per vendor
 * month, and only the lines some detector compares cross into node as records (the groups
 * analysis/savings/summed-source.ts names, picked whole). A run of a million cloud billing lines
 * hands node a few thousand instead of every line.
 *
 * Vendor keys are decided in node over the distinct vendors (catalog and identity, as the
 * records key them), as are the months the vendor-month detectors read (their dry run over the
 * sums). The rows node read itself (rows SQL does not take, files the node engine reads) are
 * added to the table too, so a group is judged over every line, and kept in node.
 */
import type { Config } from '../../config/config.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { isRejection, type LineReader } from '../../ingest/read-line.js';
import type { Categorization } from '../../rules/engine.js';
import type { Rule } from '../../config/rule.js';
import type { Pool } from '../../config/schema.js';
import { type Decimal, parseDecimal, toExact, ZERO } from '../../money/decimal.js';
import { RecordCollector, RecordNames } from '../../analysis/savings/record.js';
import { identifyVendor as identify } from '../../analysis/savings/record-names.js';
import { SummedSource, type SummedMonth } from '../../analysis/savings/summed-source.js';
import { monthsRead } from '../../analysis/savings/find.js';
import { detectRenewal, type VendorLines } from '../../analysis/renewals/detect.js';
import { watchedSince } from '../../analysis/savings/still-billed.js';
import type { SavingsCollector } from '../../analysis/savings/source.js';
import { DEFAULT_THRESHOLDS, type SavingsThresholds } from '../../analysis/savings/thresholds.js';
import type { SavingsItem } from '../../analysis/savings/register.js';
import { type DuckConnection, inAnyOrder, sqlString } from './duckdb.js';

/** What the command runs the detectors with: the lines picked are those these thresholds and this register read. */
export interface SavingsNeeds {
  thresholds: SavingsThresholds;
  register: readonly SavingsItem[];
}

/** An input as phase two reads its picked rows again. */
interface FileLines {
  name: string;
  /** the input as DuckDB reads it (ts_row, c1 … cn), undefined for a file the node engine read */
  relation: string | undefined;
  cells: number;
  reader: LineReader | undefined;
  lineOf: (row: number) => number;
}

/** A held line is copied by its number: no amount or categorization to hand over. */
const NO_CATEGORY = { rule: undefined, parts: [] } as unknown as Categorization;

/** The table's columns, in order. */
const COLUMNS = 'file INTEGER, row BIGINT, held INTEGER, seat BOOLEAN, vendor VARCHAR, date DATE, amount DECIMAL(38,12), scale INTEGER, currency VARCHAR, source_amount DECIMAL(38,12), description VARCHAR, category VARCHAR, rule VARCHAR';

/** A line's place over every input: file, then row (rows are below 10^13). */
const POSITION = `(CAST(file AS BIGINT) * 10000000000000 + row)`;

/**
 * The price-series key of a description, as seriesDescriptionKey (analysis/savings/series.ts)
 * reads it, or coarser: descriptions node keys alike always key alike here. Plain ASCII text (the
 * Kelvin sign read as the k JavaScript lowers it to) is keyed exactly; any other keeps only its
 * letters a-z after lowering, where JavaScript's and DuckDB's lowering agree (the Kelvin sign and
 * the dotted capital I are the only characters outside ASCII either lowers to an ASCII letter).
 */
export function seriesKeySql(d: string): string {
  const k = `replace(${d}, chr(8490), 'k')`;
  const exact = `regexp_replace(trim(regexp_replace(lower(${k}), '[\\t\\n\\x0B\\f\\r ]+', ' ', 'g')), '[0-9]{5,}', '#', 'g')`;
  return `CASE WHEN regexp_matches(${k}, '[^\\x00-\\x7F]') THEN chr(1) || regexp_replace(lower(${k}), '[^a-z]', '', 'g') ELSE ${exact} END`;
}

export class EngineSavingsLines {
  private readonly files: FileLines[] = [];
  /** the names every line refers to: the held lines', then every vendor's, counted over every line */
  private readonly names = new RecordNames();
  /** the examined lines node read itself, in columns (a file the node engine read can be long), with their place */
  private readonly held = new RecordCollector(this.names);
  private readonly heldAt: { file: number; row: number; rule: string; seat: boolean }[] = [];
  /** a reason every examined line goes to node (a seat export, an amount past 12 places) */
  private everyLine: string | undefined;
  private readonly needs: SavingsNeeds;

  constructor(
    private readonly conn: DuckConnection,
    private readonly config: Config,
    needs: SavingsNeeds | undefined,
  ) {
    this.needs = needs ?? { thresholds: DEFAULT_THRESHOLDS, register: [] };
  }

  async begin(): Promise<void> {
    await this.conn.run(`CREATE OR REPLACE TEMP TABLE ts_examined (${COLUMNS})`);
  }

  /** A new input; its number. */
  file(f: FileLines): number {
    this.files.push(f);
    return this.files.length - 1;
  }

  /** Every examined line goes to node (the detectors read something the table does not keep). */
  allLines(why: string): void {
    this.everyLine ??= why;
  }

  /** The examined lines SQL categorized (`categorized`: the rules SQL over `lines`, passing booked, booked_scale and ts_source_amount). */
  async addSql(file: number, categorized: string): Promise<void> {
    // nothing reads ts_examined in the order it was filled (its queries order by file and row)
    await inAnyOrder(this.conn, () =>
      this.conn.run(`INSERT INTO ts_examined
      SELECT ${file}, c.line, NULL, FALSE, c.vendor, c.date, c.booked, c.booked_scale, c.currency, c.ts_source_amount, coalesce(c.description, ''), c.category, c.rule
      FROM (${categorized.trimEnd().replace(/;$/, '')}) AS c
      WHERE c.scope <> 'excluded' AND coalesce(c.part, 1) = 1 AND c.rule IS NOT NULL`),
    );
  }

  /**
   * Examined lines from a query giving every column of the table but `held` (file, row, seat,
   * vendor, date, amount, scale, currency, source_amount, description, category, rule): a fact
   * table's savings inputs (facts-table.ts), of inputs already numbered by `file`.
   */
  async addExamined(query: string): Promise<void> {
    await inAnyOrder(this.conn, () =>
      this.conn.run(`INSERT INTO ts_examined
      SELECT q.file, q.row, NULL, q.seat, q.vendor, q.date, q.amount, q.scale, q.currency, q.source_amount, q.description, q.category, q.rule FROM (${query}) AS q`),
    );
  }

  /** An examined line node read itself (a row SQL did not take, or a file the node engine read), at its row. */
  add(file: number, row: number, line: ExpenseLine, booked: Decimal, c: Categorization): void {
    if (booked.scale > 12 || line.amount.scale > 12) this.allLines('an amount with more than 12 decimal places');
    this.held.add(line, booked, c);
    this.heldAt.push({ file, row, rule: c.rule!.id, seat: line.quantity !== undefined && line.usage !== undefined });
  }

  /** Hand the lines to `records`: summed, with the lines the detectors compare; or every one. */
  async finish(records: SavingsCollector): Promise<{ lines: number; examined: number }> {
    const { conn, names } = this;
    await this.insertHeld();
    const [[count] = [0n]] = await rows(conn, 'SELECT count(*) FROM ts_examined');
    const examined = Number(count);
    if (examined === 0) return { lines: 0, examined };
    // vendors: in the order first seen, each identified once, keyed by a number in SQL; the held
    // lines are counted already
    const vendors = await rows(conn, `SELECT vendor, count(*), min(${POSITION}) AS first FROM ts_examined GROUP BY vendor ORDER BY first`);
    const counted = new Map<number, number>();
    for (let i = 0; i < this.held.size; i++) {
      const v = names.vendor(this.held.rawVendor(i));
      counted.set(v, (counted.get(v) ?? 0) + 1);
    }
    const totals = new Map<number, number>();
    const keyNumber = new Map<string, number>();
    const keyOf: string[] = [];
    const vkeys: string[][] = [];
    const named = new Map<string, string>();
    for (const [raw, n] of vendors as [string, bigint][]) {
      totals.set(names.vendor(raw), Number(n));
      const id = identify(raw);
      let k: number | undefined;
      if (id.vendorKey !== '') {
        k = keyNumber.get(id.vendorKey);
        if (k === undefined) {
          keyNumber.set(id.vendorKey, (k = keyOf.length));
          keyOf.push(id.vendorKey);
          named.set(id.vendorKey, id.vendor);
        }
      }
      vkeys.push([sqlString(raw), k === undefined ? 'NULL' : String(k)]);
    }
    const wins = new Set((await rows(conn, 'SELECT DISTINCT rule FROM ts_examined ORDER BY rule')).map((r) => String(r[0])));
    const amortized = this.config.rules.filter((r) => (r.amortize ?? 0) > 1).map((r) => sqlString(r.id));
    const spread = new Set(amortized.length === 0 ? [] : (await rows(conn, `SELECT DISTINCT vendor FROM ts_examined WHERE rule IN (${amortized.join(', ')})`)).map((r) => String(r[0])));
    // the picked lines, in input order, into records that share the names counted over every line
    const take = (stores: RecordCollector[]) => (l: ExpenseLine | number, b: Decimal, c: Categorization, into: Store) => {
      for (const store of into === 'both' ? stores : [into === 'series' ? stores[1]! : stores[0]!]) {
        if (typeof l === 'number') store.copyLine(this.held, l);
        else {
          store.add(l, b, c);
          const v = names.vendor(l.vendor);
          counted.set(v, (counted.get(v) ?? 0) + 1);
        }
      }
    };
    const topUp = () => {
      for (const [v, total] of totals) names.countLines(v, total - (counted.get(v) ?? 0));
    };
    if (this.everyLine !== undefined || records.adopt === undefined) {
      await conn.run('CREATE OR REPLACE TEMP TABLE ts_sel AS SELECT file, row, TRUE AS by_amount, FALSE AS by_series FROM ts_examined');
      const all = new RecordCollector(names);
      const lines = await this.fetch(take([all, all]));
      topUp();
      if (records.adopt === undefined) throw new Error('duckdb engine: the savings lines need a collector that adopts a source');
      records.adopt(all, wins, spread);
      return { lines, examined };
    }
    await table(conn, 'ts_vkeys', 'vendor VARCHAR, vkey INTEGER', vkeys);
    await conn.run(`CREATE OR REPLACE TEMP VIEW ts_ex AS SELECT e.*, k.vkey, strftime(e.date, '%Y-%m') AS month FROM ts_examined AS e JOIN ts_vkeys AS k ON k.vendor = e.vendor`);
    const months: SummedMonth[] = (await rows(conn, `SELECT vkey, month, CAST(sum(amount) AS VARCHAR), max(scale), min(${POSITION}) AS first FROM ts_ex WHERE vkey IS NOT NULL GROUP BY vkey, month ORDER BY first`)).map(
      ([k, month, sum, scale]) => ({ vendorKey: keyOf[Number(k)]!, month: String(month), amount: decimalAt(String(sum), Number(scale)) }),
    );
    const [[last]] = (await rows(conn, `SELECT CAST(max(date) AS VARCHAR) FROM ts_examined`)) as [[string | null]];
    // renewals: the vendors the detector finds a renewal or a single billing for, judged over their
    // billings (the sums of each date: all the detector reads) of the vendors with no two in one month
    const billings = await rows(
      conn,
      `WITH d AS (SELECT vkey, date, sum(amount) AS s, max(scale) AS scale FROM ts_ex WHERE vkey IS NOT NULL GROUP BY vkey, date),
        one AS (SELECT vkey FROM d WHERE s > 0 GROUP BY vkey HAVING count(*) = count(DISTINCT strftime(date, '%Y-%m')))
       SELECT vkey, CAST(date AS VARCHAR), CAST(s AS VARCHAR), scale FROM d JOIN one USING (vkey) ORDER BY vkey, date`,
    );
    const byVendor = new Map<string, VendorLines>();
    for (const [k, date, sum, scale] of billings) {
      const key = keyOf[Number(k)]!;
      let v = byVendor.get(key);
      if (v === undefined) byVendor.set(key, (v = { vendorKey: key, vendor: key, category: '', lines: [] }));
      v.lines.push({ date: String(date), amount: decimalAt(String(sum), Number(scale)), ref: { source: '', line: 0 } });
    }
    const whole = new Set([...byVendor.values()].filter((v) => detectRenewal(v).kind !== 'none').map((v) => v.vendorKey));
    const all = new Map<string, { vendor: string; category: string }>();
    for (const [k, category] of await rows(conn, `SELECT vkey, first(category ORDER BY date DESC, file DESC, row DESC) FROM ts_ex WHERE vkey IS NOT NULL GROUP BY vkey`)) {
      const key = keyOf[Number(k)]!;
      all.set(key, { vendor: named.get(key)!, category: String(category) });
    }
    const source = new SummedSource(names, new RecordCollector(names), months, last ?? undefined, { whole, all });
    // the vendor months the vendor-month detectors read, and the vendors a register item watches
    const { thresholds, register } = this.needs;
    const wanted: string[][] = [];
    for (const [key, set] of monthsRead(source, thresholds, this.config.currency)) for (const m of set) wanted.push([String(keyNumber.get(key)!), sqlString(m)]);
    await table(conn, 'ts_wanted', 'vkey INTEGER, month VARCHAR', wanted);
    const since = watchedSince(register);
    const watched: string[][] = [];
    keyOf.forEach((key, k) => {
      const d = since(key);
      if (d !== undefined) watched.push([String(k), `DATE ${sqlString(d)}`]);
    });
    await table(conn, 'ts_watch', 'vkey INTEGER, since DATE', watched);
    await table(conn, 'ts_whole', 'vkey INTEGER', [...whole].map((key) => [String(keyNumber.get(key)!)]));
    // price series are judged in the order their detector reads them: inputs by name as JavaScript sorts them
    const order = this.files.map((f, k) => ({ name: f.name, k })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.k - b.k));
    await table(conn, 'ts_files', 'file INTEGER, src_rank INTEGER', order.map((f, rank) => [String(f.k), String(rank)]));
    await conn.run(selection(thresholds));
    // the picked lines, in input order, into records that share the names counted over every line:
    // the groups compared by amount and the vendor months in one store, whole price series in another
    const byAmount = new RecordCollector(names);
    const bySeries = new RecordCollector(names);
    const n = await this.fetch(take([byAmount, bySeries]));
    topUp();
    records.adopt(new SummedSource(names, byAmount, months, last ?? undefined, { whole, all }, bySeries), wins, spread);
    return { lines: n, examined };
  }

  private async insertHeld(): Promise<void> {
    const { held } = this;
    for (let at = 0; at < held.size; at += 1000) {
      const batch: string[] = [];
      for (let i = at; i < Math.min(held.size, at + 1000); i++) {
        const r = held.record(i);
        const { file, row, rule, seat } = this.heldAt[i]!;
        const values = [
          String(file),
          String(row),
          String(i),
          seat ? 'TRUE' : 'FALSE',
          sqlString(held.rawVendor(i)),
          `DATE ${sqlString(r.date)}`,
          `CAST(${sqlString(toExact(r.amount))} AS DECIMAL(38,12))`,
          String(r.amount.scale),
          sqlString(r.currency),
          `CAST(${sqlString(toExact(r.sourceAmount))} AS DECIMAL(38,12))`,
          sqlString(r.description),
          sqlString(r.category),
          sqlString(rule),
        ];
        batch.push(`(${values.join(', ')})`);
      }
      await this.conn.run(`INSERT INTO ts_examined VALUES ${batch.join(', ')}`);
    }
  }

  /**
   * The rows of ts_sel in input order to `take`: a row SQL read is read again from its input and
   * made into a line by the node engine's own reader (the ExpenseLine a scan makes); a row node
   * read is the line it kept. The number of lines.
   */
  private async fetch(take: (l: ExpenseLine | number, booked: Decimal, c: Categorization, into: Store) => void): Promise<number> {
    const { conn, config } = this;
    const rules = new Map<string, Rule>(config.rules.map((r) => [r.id, r]));
    const storeOf = (byAmount: boolean, bySeries: boolean): Store => (byAmount && bySeries ? 'both' : byAmount ? 'amount' : 'series');
    const heldPicked = new Map((await rows(conn, 'SELECT e.held, s.by_amount, s.by_series FROM ts_examined AS e JOIN ts_sel AS s USING (file, row) WHERE e.held IS NOT NULL')).map((r) => [Number(r[0]), storeOf(r[1] === true, r[2] === true)]));
    let n = 0;
    for (const [k, f] of this.files.entries()) {
      const mine = this.heldAt.map((h, i) => ({ row: h.row, file: h.file, i })).filter((h) => h.file === k && heldPicked.has(h.i));
      let next = 0;
      const flushTo = (row: number) => {
        while (next < mine.length && mine[next]!.row < row) {
          const { i } = mine[next++]!;
          take(i, ZERO, NO_CATEGORY, heldPicked.get(i)!);
          n++;
        }
      };
      if (f.relation !== undefined && f.reader !== undefined) {
        const cells = Array.from({ length: f.cells }, (_, i) => `r.c${i + 1}`).join(', ');
        const result = await conn.stream(
          `SELECT r.ts_row, [${cells}], e.category, e.rule, CAST(e.amount AS VARCHAR), e.by_amount, e.by_series FROM ${f.relation} AS r
           JOIN (SELECT e.row, e.category, e.rule, e.amount, s.by_amount, s.by_series FROM ts_examined AS e JOIN ts_sel AS s USING (file, row) WHERE e.file = ${k} AND e.held IS NULL) AS e ON e.row = r.ts_row
           ORDER BY r.ts_row`,
        );
        for (;;) {
          const chunk = await result.fetchChunk();
          if (chunk === null || chunk.rowCount === 0) break;
          for (const [rowValue, cellsValue, category, ruleId, bookedText, byAmount, bySeries] of chunk.getRows() as [bigint, { items?: unknown[] } | unknown[], string, string, string, boolean, boolean][]) {
            const row = Number(rowValue);
            flushTo(row);
            const list = Array.isArray(cellsValue) ? cellsValue : (cellsValue.items ?? []);
            const line = f.reader(list.map((v) => (v === null || v === undefined ? '' : String(v))), f.lineOf(row));
            if (isRejection(line)) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL read a row the line reader rejects (${line.reason})`);
            const booked = line.currency === config.currency ? line.amount : decimalAt(bookedText, 2);
            take(line, booked, { rule: rules.get(ruleId), parts: [{ category, pool: '' as Pool, amount: booked }], scope: 'technology' } as unknown as Categorization, storeOf(byAmount, bySeries));
            n++;
          }
        }
      }
      flushTo(Number.POSITIVE_INFINITY);
    }
    return n;
  }
}

/** Which of the two stores a picked line goes to. */
type Store = 'amount' | 'series' | 'both';

/**
 * ts_sel: the rows of every group a detector could find something in (summed-source.ts), once
 * each, and the store each goes to: price series only whole into their own (their test is not one
 * a part of a series passes whenever it finds something), the rest into the other.
 */
function selection(t: SavingsThresholds): string {
  const factor = Number(toExact({ units: 10n ** BigInt(t.priceIncrease.scale) + t.priceIncrease.units, scale: t.priceIncrease.scale }));
  // a charge above another by more than the threshold, with room for the floating point
  const above = (after: string, before: string) => `CAST(${after} AS DOUBLE) >= CAST(${before} AS DOUBLE) * ${factor} - abs(CAST(${before} AS DOUBLE)) * 1e-9`;
  const order = 'ORDER BY date, src_rank, row';
  return `CREATE OR REPLACE TEMP TABLE ts_sel AS
WITH ex AS (SELECT * FROM ts_ex WHERE vkey IS NOT NULL),
multi AS (SELECT vkey, amount FROM ex WHERE amount <> 0 GROUP BY vkey, amount HAVING count(*) >= 2),
dup AS (SELECT DISTINCT vkey, amount FROM (
    SELECT vkey, amount, date_diff('day', lag(date) OVER (PARTITION BY vkey, amount ORDER BY date), date) AS gap FROM ex JOIN multi USING (vkey, amount))
  WHERE gap <= ${t.duplicateDays}),
skeys AS (SELECT description, ${seriesKeySql('description')} AS skey FROM (SELECT DISTINCT description FROM ex WHERE amount > 0)),
pos AS MATERIALIZED (SELECT ex.file, ex.row, ex.vkey, s.skey, ex.currency, ex.source_amount, ex.date FROM ex JOIN skeys AS s USING (description) WHERE ex.amount > 0),
-- a series where one charge recurs on enough dates and another is above it: the ones worth ordering
rep AS (SELECT vkey, skey, currency, min(source_amount) AS a FROM (
    SELECT vkey, skey, currency, source_amount FROM pos GROUP BY vkey, skey, currency, source_amount HAVING count(DISTINCT date) >= ${t.priceRepeats})
  GROUP BY vkey, skey, currency),
top AS (SELECT vkey, skey, currency, max(source_amount) AS m FROM pos GROUP BY vkey, skey, currency),
rough AS (SELECT DISTINCT vkey, skey FROM rep JOIN top USING (vkey, skey, currency) WHERE ${above('m', 'a')}),
-- their billings in the detector's order (lines of one date and charge are one billing), runs of
-- one charge, and a run of enough billings followed by a charge above it
lines AS (SELECT p.*, f.src_rank FROM pos AS p JOIN rough USING (vkey, skey) JOIN ts_files AS f USING (file)),
starts AS (SELECT *, NOT (date IS NOT DISTINCT FROM lag(date) OVER w AND currency IS NOT DISTINCT FROM lag(currency) OVER w AND source_amount IS NOT DISTINCT FROM lag(source_amount) OVER w) AS new_billing,
    dense_rank() OVER (PARTITION BY vkey, skey ORDER BY date) AS dates_so_far, min(date) OVER (PARTITION BY vkey, skey) AS first_date
  FROM lines WINDOW w AS (PARTITION BY vkey, skey ${order})),
billings AS (SELECT *, NOT (currency IS NOT DISTINCT FROM lag(currency) OVER w AND source_amount IS NOT DISTINCT FROM lag(source_amount) OVER w) AS new_run,
    lead(currency) OVER w AS next_currency, lead(source_amount) OVER w AS next_amount, lead(dates_so_far) OVER w AS next_dates, lead(date) OVER w AS next_date
  FROM starts WHERE new_billing WINDOW w AS (PARTITION BY vkey, skey ${order})),
runs AS (SELECT *, sum(CASE WHEN new_run THEN 1 ELSE 0 END) OVER (PARTITION BY vkey, skey ${order} ROWS UNBOUNDED PRECEDING) AS run FROM billings),
price AS (SELECT DISTINCT vkey, skey FROM (SELECT *, row_number() OVER (PARTITION BY vkey, skey, run ${order}) AS in_run FROM runs)
  WHERE in_run >= ${t.priceRepeats} AND next_currency = currency AND ${above('next_amount', 'source_amount')}
    -- the detector's cadence up to the step: a median gap of 20 days or more between billing dates,
    -- so at least half the gaps that long: 10 days a date at least since the first
    AND 10 * (next_dates - 1) <= date_diff('day', first_date, next_date)),
picked AS (
  SELECT file, row, TRUE AS a, FALSE AS s FROM ex JOIN dup USING (vkey, amount)
  UNION ALL SELECT file, row, FALSE, TRUE FROM pos JOIN price USING (vkey, skey)
  UNION ALL SELECT file, row, TRUE, FALSE FROM ex JOIN ts_wanted USING (vkey, month)
  UNION ALL SELECT file, row, TRUE, FALSE FROM ex JOIN ts_whole USING (vkey)
  UNION ALL SELECT ex.file, ex.row, TRUE, FALSE FROM ex JOIN ts_watch AS w USING (vkey) WHERE ex.date > w.since
  UNION ALL SELECT file, row, TRUE, FALSE FROM ts_examined WHERE seat)
SELECT file, row, bool_or(a) AS by_amount, bool_or(s) AS by_series FROM picked GROUP BY file, row`;
}

async function rows(conn: DuckConnection, sql: string): Promise<unknown[][]> {
  return (await conn.runAndReadAll(sql)).getRows();
}

async function table(conn: DuckConnection, name: string, columns: string, values: string[][]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns})`);
  for (let i = 0; i < values.length; i += 1000) await conn.run(`INSERT INTO ${name} VALUES ${values.slice(i, i + 1000).map((r) => `(${r.join(', ')})`).join(', ')}`);
}

/** DuckDB writes DECIMAL(38,12) with 12 places: back to the scale the node engine's sum has (exact: no value summed had more). */
function decimalAt(text: string, scale: number): Decimal {
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`duckdb engine: not a number: ${text}`);
  if (d.scale <= scale) return d;
  return { units: d.units / 10n ** BigInt(d.scale - scale), scale };
}

