/**
 * The fact table as SQL, for a warehouse or a Spark cluster that holds the billing lines: each
 * line booked in the reporting currency (the config's rates), categorized by the rules
 * (rules/sql.ts: first match, splits by largest remainder) and summed to techspend's grain:
 * category × pool × vendor × month (× item for priced lines), with the line counts and totals the
 * reconciliation reads. `techspend <command> --facts <table>` runs the analyses on the result.
 *
 * Input: the `lines` table of rules/sql.ts plus `quantity` (NULL where a line has none).
 */
import type { Config } from '../config/config.js';
import { toExact } from '../money/decimal.js';
import { rulesToSql, type SqlDialect, type SqlExport } from './sql.js';

/** The columns of a fact table, in order (what `--facts` reads). */
export const FACT_COLUMNS = ['category', 'pool', 'scope', 'matched', 'vendor', 'month', 'item_account', 'item_description', 'amount', 'lines', 'quantity', 'quantity_lines', 'line_amount', 'line_count'] as const;
/** Columns a fact table may leave out (no priced lines) */
export const OPTIONAL_FACT_COLUMNS: readonly string[] = ['item_account', 'item_description', 'quantity', 'quantity_lines'];

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
  const categorized = rulesToSql(config, dialect, { booked: 'booked', passThrough: ['booked', 'quantity', 'ts_month'], unordered: true });
  // rules/sql.ts reads `lines`: here the booked lines stand in for it
  const inner = categorized.sql.trimEnd().replace(/;$/, '').replace(/FROM lines AS l/, 'FROM booked_lines AS l');
  const partOne = 'coalesce(c.part, 1) = 1';
  const priced = 'c.parts_total = 1 AND c.quantity IS NOT NULL';
  const sql = [
    `-- techspend facts --sql ${dialect}: the fact table of ${config.path} (reporting currency ${config.currency})`,
    `-- input: a table named lines (source, line, date, vendor, description, account, department, cost_center, currency, amount, quantity[, raw columns]); (source, line) names one line`,
    `-- output: ${FACT_COLUMNS.join(', ')}; run any analysis on it with: techspend board --facts <table as csv or parquet>`,
    `WITH`,
    `  ${d.rates(rows)},`,
    `  booked_lines AS (`,
    `    SELECT l.*, ${month} AS ts_month,`,
    `      CAST(CASE WHEN l.currency = ${reporting} OR l.currency IS NULL OR l.currency = '' THEN CAST(l.amount AS ${d.rate}) ELSE CAST(ROUND(l.amount * coalesce(rm.rate, rf.rate), 2) AS ${d.rate}) END AS ${d.rate}) AS booked`,
    `    FROM lines AS l`,
    `    LEFT JOIN ts_rates AS rm ON rm.currency = l.currency AND rm.month = ${month}`,
    `    LEFT JOIN ts_rates AS rf ON rf.currency = l.currency AND rf.month IS NULL`,
    `  )`,
    `SELECT c.category, c.pool, c.scope, c.${d.id('rule')} IS NOT NULL AS matched, coalesce(c.vendor, '') AS vendor, c.ts_month AS month,`,
    `  CASE WHEN ${priced} THEN coalesce(c.account, '') END AS item_account,`,
    `  CASE WHEN ${priced} THEN coalesce(c.description, '') END AS item_description,`,
    `  SUM(c.amount) AS amount, COUNT(*) AS lines,`,
    `  SUM(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity,`,
    `  COUNT(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity_lines,`,
    `  SUM(CASE WHEN ${partOne} THEN c.booked END) AS line_amount,`,
    `  COUNT(CASE WHEN ${partOne} THEN 1 END) AS line_count`,
    `FROM (`,
    inner,
    `) AS c`,
    // a line with no rate to the reporting currency is left out (techspend rejects it)
    `WHERE c.booked IS NOT NULL`,
    `GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    `ORDER BY 1, 2, 3, 4, 5, 6, 7, 8;`,
  ].join('\n');
  return { sql: sql + '\n', warnings: categorized.warnings };
}
