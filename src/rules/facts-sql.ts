/**
 * The fact table as SQL, for a warehouse or a Spark cluster that holds the billing lines: each
 * line booked in the reporting currency (the config's rates), categorized by the rules
 * (rules/sql.ts: first match, splits by largest remainder) and summed to techspend's grain:
 * category × pool × vendor × month (× item for priced lines), with the line counts and totals the
 * reconciliation reads. `techspend <command> --facts <table>` runs the analyses on the result.
 *
 * The same output carries the savings inputs (`grain` = 'line'): one narrow row per line savings
 * examines (technology, won by a rule; its first part), with its source and line. Which of them a
 * detector compares is decided by vendor identity (the catalog) and by the detectors' dry run over
 * the monthly sums, neither of which SQL can make: so the warehouse does the per-line work (rates,
 * rules, splits) and hands over every examined line, and techspend's embedded DuckDB picks the
 * few a detector reads where the table lies (io/engine/savings-lines.ts), as on an engine run.
 * Excluded and uncategorized lines cross only as the summed facts.
 *
 * Input: the `lines` table of rules/sql.ts plus `quantity`, `usage`, `unit_price` (NULL where a
 * line has none), `reference` (its invoice, document or transaction number, NULL if none) and
 * `booked_to` (where it is booked beyond department and cost centre: fund, project; NULL if none).
 */
import type { Config } from '../config/config.js';
import { toExact } from '../money/decimal.js';
import { rulesToSql, type SqlDialect, type SqlExport } from './sql.js';

/** The columns of a fact table, in order (what `--facts` reads). */
export const FACT_COLUMNS = ['category', 'pool', 'scope', 'matched', 'vendor', 'month', 'item_account', 'item_description', 'amount', 'lines', 'quantity', 'quantity_lines', 'line_amount', 'line_count'] as const;
/** Columns a fact table may leave out (no priced lines) */
export const OPTIONAL_FACT_COLUMNS: readonly string[] = ['item_account', 'item_description', 'quantity', 'quantity_lines'];
/**
 * The savings inputs' columns, after the fact columns: `grain` says what a row is ('fact': a sum
 * of the fact columns; 'line': one examined line, whose category, vendor (as written), month,
 * amount (booked) and quantity are the fact columns' and the rest these). A table without them was
 * made by an older `facts --sql`: its figures read, its savings need it made again. A 'source' row
 * is one input's spend on one vendor (as written) in one month (line_amount, line_count) with one
 * of its first lines (source, line): the double-count check between inputs. A 'date' row is a day
 * with a line (`date`): where the data ends within a month.
 */
/** the lines a 'source' row names per input, vendor and month (analysis/double-count.ts shows as many) */
export const SIDE_REFS = 5;
export const LINE_COLUMNS = ['grain', 'source', 'line', 'date', 'rule', 'description', 'account', 'currency', 'source_amount', 'usage', 'unit_price', 'reference', 'department', 'cost_center', 'booked_to'] as const;

interface FactDialect {
  month: (date: string) => string;
  rate: string;
  rates: (rows: string[][]) => string;
  str: (s: string) => string;
  id: (s: string) => string;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const quoteEscaped = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const DIALECTS: Record<SqlDialect, FactDialect> = {
  duckdb: {
    month: (d) => `strftime(${d}, '%Y-%m')`,
    rate: 'DECIMAL(38,12)',
    rates: (rows) => `ts_rates(currency, month, rate) AS (VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')})`,
    str: quote,
    id: (n) => `"${n}"`,
  },
  bigquery: {
    month: (d) => `FORMAT_DATE('%Y-%m', ${d})`,
    rate: 'BIGNUMERIC',
    rates: (rows) => `ts_rates AS (SELECT * FROM UNNEST([${rows.map((r) => `STRUCT(${r[0]} AS currency, ${r[1]} AS month, ${r[2]} AS rate)`).join(', ')}]))`,
    str: quoteEscaped,
    id: (n) => `\`${n}\``,
  },
  spark: {
    month: (d) => `date_format(${d}, 'yyyy-MM')`,
    rate: 'DECIMAL(38,12)',
    rates: (rows) => `ts_rates AS (SELECT * FROM VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')} AS t(currency, month, rate))`,
    str: quoteEscaped,
    id: (n) => `\`${n}\``,
  },
};

export function factsToSql(config: Config, dialect: SqlDialect): SqlExport {
  const d = DIALECTS[dialect];
  // every money expression cast to one exact type: a CASE over DECIMAL(38,12) and a ROUND(…, 2) settles on the cent
  const rate = (v: string) => (dialect === 'bigquery' ? `CAST(${quoteEscaped(v)} AS BIGNUMERIC)` : `CAST(${d.str(v)} AS ${d.rate})`);
  // a fixed rate has no month; a monthly one wins for its month (money/currency.ts rateFor)
  const rows: string[][] = [];
  for (const [currency, r] of config.rates.fixed) rows.push([d.str(currency), 'NULL', rate(toExact(r))]);
  for (const [currency, months] of config.rates.monthly) for (const [month, r] of months) rows.push([d.str(currency), d.str(month), rate(toExact(r))]);
  // no rates at all: one row that matches nothing keeps the CTE well-formed
  if (rows.length === 0) rows.push([d.str(''), d.str(''), rate('0')]);
  const reporting = d.str(config.currency);
  const month = d.month('l.date');
  const categorized = rulesToSql(config, dialect, { booked: 'booked', passThrough: ['booked', 'quantity', 'ts_month', 'ts_amount', 'usage', 'unit_price', 'reference', 'department', 'cost_center', 'booked_to'], unordered: true });
  // rules/sql.ts reads `lines`: here the booked lines stand in for it
  const inner = categorized.sql.trimEnd().replace(/;$/, '').replace(/FROM lines AS l/, 'FROM booked_lines AS l');
  const partOne = 'coalesce(c.part, 1) = 1';
  const priced = 'c.parts_total = 1 AND c.quantity IS NOT NULL';
  const lineNulls = LINE_COLUMNS.slice(1).map((c) => `NULL AS ${d.id(c)}`).join(', ');
  const sql = [
    `-- techspend facts --sql ${dialect}: the fact table of ${config.path} (reporting currency ${config.currency}), with the savings inputs`,
    `-- input: a table named lines (source, line, date, vendor, description, account, department, cost_center, currency, amount, quantity, usage, unit_price, reference, booked_to[, raw columns]); (source, line) names one line`,
    `-- output: ${[...FACT_COLUMNS, ...LINE_COLUMNS].join(', ')}: the facts (grain 'fact'), every line savings examines (grain 'line'), each input's spend per vendor and month (grain 'source') and the days with a line (grain 'date'); save it as one CSV or Parquet file and run any analysis on it with: techspend board --facts <file>`,
    `WITH`,
    `  ${d.rates(rows)},`,
    `  booked_lines AS (`,
    `    SELECT l.*, ${month} AS ts_month, l.amount AS ts_amount,`,
    `      CAST(CASE WHEN l.currency = ${reporting} OR l.currency IS NULL OR l.currency = '' THEN CAST(l.amount AS ${d.rate}) ELSE CAST(ROUND(l.amount * coalesce(rm.rate, rf.rate), 2) AS ${d.rate}) END AS ${d.rate}) AS booked`,
    `    FROM lines AS l`,
    `    LEFT JOIN ts_rates AS rm ON rm.currency = l.currency AND rm.month = ${month}`,
    `    LEFT JOIN ts_rates AS rf ON rf.currency = l.currency AND rf.month IS NULL`,
    `  ),`,
    // a line with no rate to the reporting currency is left out (techspend rejects it)
    `  ts_categorized AS (`,
    `    SELECT * FROM (`,
    inner,
    `    ) AS c WHERE c.booked IS NOT NULL`,
    `  ),`,
    `  ts_facts AS (`,
    `    SELECT c.category, c.pool, c.scope, c.${d.id('rule')} IS NOT NULL AS matched, coalesce(c.vendor, '') AS vendor, c.ts_month AS month,`,
    `      CASE WHEN ${priced} THEN coalesce(c.account, '') END AS item_account,`,
    `      CASE WHEN ${priced} THEN coalesce(c.description, '') END AS item_description,`,
    `      SUM(c.amount) AS amount, COUNT(*) AS lines,`,
    `      SUM(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity,`,
    `      COUNT(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity_lines,`,
    `      SUM(CASE WHEN ${partOne} THEN c.booked END) AS line_amount,`,
    `      COUNT(CASE WHEN ${partOne} THEN 1 END) AS line_count`,
    `    FROM ts_categorized AS c`,
    `    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    `  )`,
    `SELECT f.*, ${d.str('fact')} AS grain, ${lineNulls} FROM ts_facts AS f`,
    `UNION ALL`,
    // what savings examines: technology lines a rule won, each once (a split's first part), booked whole
    `SELECT c.category, c.pool, c.scope, TRUE AS matched, coalesce(c.vendor, '') AS vendor, c.ts_month AS month, NULL AS item_account, NULL AS item_description,`,
    `  c.booked AS amount, NULL AS lines, c.quantity, NULL AS quantity_lines, NULL AS line_amount, NULL AS line_count,`,
    `  ${d.str('line')} AS grain, c.${d.id('source')}, c.${d.id('line')}, c.${d.id('date')}, c.${d.id('rule')}, coalesce(c.description, '') AS description, coalesce(c.account, '') AS account, c.currency,`,
    `  CAST(c.ts_amount AS ${d.rate}) AS source_amount, c.${d.id('usage')}, c.unit_price, c.reference, c.department, c.cost_center, c.booked_to`,
    `FROM ts_categorized AS c`,
    `WHERE c.scope <> 'excluded' AND ${partOne} AND c.${d.id('rule')} IS NOT NULL`,
    `UNION ALL`,
    // each input's spend per vendor and month, with its first lines: what tells two inputs that
    // hold the same spend (the double-count check), one row per line named
    `SELECT NULL AS category, NULL AS pool, NULL AS scope, NULL AS matched, s.vendor, s.month, NULL AS item_account, NULL AS item_description,`,
    `  NULL AS amount, NULL AS lines, NULL AS quantity, NULL AS quantity_lines, s.side_amount AS line_amount, s.side_lines AS line_count,`,
    `  ${d.str('source')} AS grain, s.${d.id('source')}, s.${d.id('line')}, ${LINE_COLUMNS.slice(3).map((c) => `NULL AS ${d.id(c)}`).join(', ')}`,
    `FROM (`,
    `  SELECT c.${d.id('source')}, coalesce(c.vendor, '') AS vendor, c.ts_month AS month, c.${d.id('line')},`,
    `    SUM(c.booked) OVER (PARTITION BY c.${d.id('source')}, c.vendor, c.ts_month) AS side_amount,`,
    `    COUNT(*) OVER (PARTITION BY c.${d.id('source')}, c.vendor, c.ts_month) AS side_lines,`,
    `    ROW_NUMBER() OVER (PARTITION BY c.${d.id('source')}, c.vendor, c.ts_month ORDER BY c.${d.id('line')}) AS side_rank`,
    `  FROM ts_categorized AS c WHERE c.scope <> 'excluded' AND ${partOne}`,
    `) AS s`,
    `WHERE s.side_rank <= ${SIDE_REFS}`,
    `UNION ALL`,
    // the days that have a line (of any scope): where the data ends within its last month, and its gaps
    `SELECT ${FACT_COLUMNS.map((c) => `NULL AS ${d.id(c)}`).join(', ')},`,
    `  ${d.str('date')} AS grain, NULL AS ${d.id('source')}, NULL AS ${d.id('line')}, t.${d.id('date')}, ${LINE_COLUMNS.slice(4).map((c) => `NULL AS ${d.id(c)}`).join(', ')}`,
    `FROM (SELECT DISTINCT c.${d.id('date')} FROM ts_categorized AS c) AS t`,
    // by name: a sort over a union by output columns, as every dialect takes it
    `ORDER BY grain, category, pool, scope, matched, vendor, month, item_account, item_description, ${d.id('source')}, ${d.id('line')};`,
  ].join('\n');
  return { sql: sql + '\n', warnings: categorized.warnings };
}
