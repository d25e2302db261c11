// The DuckDB yardstick: node bench/duckdb-baseline.mjs <csv file> <sql file>
//
// Does in DuckDB, with 2 threads, the nearest equivalent of the timed `techspend report`: reads a
// bench CSV through a `lines` view, categorizes it with the SQL from
// `techspend rules --sql duckdb` (bench/out/rules-<n>.duckdb.sql) and sums by category and month.
// Prints the number of result rows. Run as its own process and timed whole, like
// csv-parse-baseline.mjs. What it does not do compared with techspend: docs/benchmarks.md.
//
// @duckdb/node-api is techspend's own pinned dependency (the embedded engine, src/io/engine/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const duckdbPackage = join(here, '..');

/** The entry file of @duckdb/node-api as the package resolves it, or undefined. */
export function duckdbEntry() {
  try {
    return createRequire(join(duckdbPackage, 'package.json')).resolve('@duckdb/node-api');
  } catch {
    return undefined;
  }
}

const q = (s) => `'${s.replace(/'/g, "''")}'`;

/**
 * The `lines` view over a bench file (Date,Vendor,Description,Account,Department,Cost Center,
 * Currency,Amount) in the shape the generated SQL reads. `line` is a hash of the raw fields: the
 * SQL partitions its split allocation by (source, line), so it must tell lines apart (a constant
 * would make the whole file one window partition); DuckDB's read_csv has no row number, and
 * row_number() would add a window over the file. Lines identical in every field share a hash.
 * Amounts: `$` and `,` stripped, `(123.45)` read as -123.45.
 */
export function linesViewSql(file) {
  const columns = `{'date': 'DATE', 'vendor': 'VARCHAR', 'description': 'VARCHAR', 'account': 'VARCHAR', 'department': 'VARCHAR', 'cost_center': 'VARCHAR', 'currency': 'VARCHAR', 'amount_text': 'VARCHAR'}`;
  return `CREATE VIEW lines AS
SELECT 'bench' AS source,
  hash(date, vendor, description, account, department, cost_center, currency, amount_text) AS line,
  date, vendor, description, account, department, cost_center, currency,
  CAST(CASE WHEN starts_with(a, '(') AND ends_with(a, ')') THEN '-' || trim(a, '()') ELSE a END AS DECIMAL(18,2)) AS amount
FROM (
  SELECT *, replace(replace(trim(amount_text), '$', ''), ',', '') AS a
  FROM read_csv(${q(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns})
)`;
}

/** The generated SQL as a subquery (without its trailing semicolon), summed by category and month. */
export function reportSql(categorizeSql) {
  const inner = categorizeSql.trimEnd().replace(/;$/, '');
  return `SELECT category, date_trunc('month', date) AS month, sum(amount) AS amount FROM (\n${inner}\n) GROUP BY ALL`;
}

export async function openDuckDb(threads = 2) {
  const entry = duckdbEntry();
  if (entry === undefined) {
    throw new Error(`@duckdb/node-api does not resolve from ${duckdbPackage}: npm ci installs it`);
  }
  const { DuckDBInstance } = await import(pathToFileURL(entry).href);
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`SET threads = ${threads}`);
  return { db, conn };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const [file, sqlFile] = process.argv.slice(2);
  if (!file || !sqlFile) {
    process.stderr.write('usage: node bench/duckdb-baseline.mjs <csv file> <sql file>\n');
    process.exit(2);
  }
  let duck;
  try {
    duck = await openDuckDb(2);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  const { db, conn } = duck;
  try {
    await conn.run(linesViewSql(resolve(file)));
    const result = await conn.runAndReadAll(reportSql(readFileSync(sqlFile, 'utf8')));
    process.stdout.write(`${result.currentRowCount}\n`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
