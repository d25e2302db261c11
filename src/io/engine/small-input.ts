/**
 * A small input's parsed rows kept in a table, so each query over them starts from a table.
 *
 * A file is parsed once per query in the engine (the counts, the rules' sums, the savings lines,
 * the rows left to node, the lines in order): `ts_parsed` is a view, because a table of every line
 * raises the peak on large inputs by more than parsing again costs (a 1M-line Parquet board: 120
 * MiB more). On a small file it is the other way round: each query over the view binds and
 * optimizes the whole parse again (the trims, null markers and exact decimal casts of every cell
 * the rules read), some 0.1 CPU s per query whatever the row count, against milliseconds of
 * execution. Up to SMALL_INPUT_CELLS cells, the parse runs once into a table and `ts_parsed` becomes
 * a view of that table; the queries over it are unchanged, and so are their results.
 */
import type { DuckConnection } from './duckdb.js';

/**
 * At most this many cells (rows × columns), a file's parsed and categorized lines are kept in
 * tables. The planning they save is about the same on any file (some 0.1 CPU s per query, 0.5 a
 * file); the tables grow with the cells: a 31-column FOCUS export of 10,000 rows takes 0.5 CPU s
 * less and 35 MiB more at the peak, of 100,000 rows 1.2 CPU s and 200 MiB more.
 */
export const SMALL_INPUT_CELLS = 500_000;

/** Whether `relation` (the file's rows, `columns` cells each) holds at most `cells` cells: it reads no further than one row past that. */
export async function isSmallInput(conn: DuckConnection, relation: string, columns: number, cells = SMALL_INPUT_CELLS): Promise<boolean> {
  const limit = Math.floor(cells / Math.max(columns, 1));
  const [[count] = [0n]] = (await conn.runAndReadAll(`SELECT count(*) FROM (SELECT 1 FROM ${relation} AS r LIMIT ${limit + 1})`)).getRows();
  return Number(count) <= limit;
}

/**
 * The view `view` (the parsed rows) run once into a table and the view replaced by a view of that
 * table, when the file is small; otherwise the table of an earlier file is dropped, and the view
 * stays as it is.
 */
export async function keepParsedRowsIfSmall(conn: DuckConnection, view: string, relation: string, columns: number, cells = SMALL_INPUT_CELLS): Promise<boolean> {
  const table = `${view}_rows`;
  if (!(await isSmallInput(conn, relation, columns, cells))) {
    // the tables of a small file read before it are not needed again
    await conn.run(`DROP TABLE IF EXISTS ${table}`);
    await conn.run('DROP TABLE IF EXISTS ts_categorized');
    return false;
  }
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${view}`);
  await conn.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT * FROM ${table}`);
  return true;
}

/** The rules SQL over `lines`, keeping these columns of it besides the categorization. */
export type RulesSql = (passThrough: readonly string[]) => string;

/**
 * The categorized lines each query of a file reads (the sums, the savings lines, the lines in
 * order), as SQL. A small file's lines are categorized once, into a table with every column those
 * queries keep (`columns`): the rules SQL, a CASE over every rule, is planned once instead of once
 * per query. A large file's queries each run the rules, as a table of every line would raise the peak.
 */
export async function categorizedOnce(conn: DuckConnection, small: boolean, rules: RulesSql, columns: readonly string[]): Promise<RulesSql> {
  if (!small) return rules;
  await conn.run(`CREATE OR REPLACE TEMP TABLE ts_categorized AS ${rules(columns).trimEnd().replace(/;$/, '')}`);
  return () => 'SELECT * FROM ts_categorized';
}
