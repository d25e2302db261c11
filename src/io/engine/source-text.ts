/**
 * An input as DuckDB reads it, as rows of text cells in header order with the place each row has
 * in its file (`ts_row`: the Parquet row index, or the CSV physical line), so the node engine's
 * layout recognition and line reader see the same strings a CSV export would hold.
 */
import { sqlId, sqlString, type DuckConnection } from './duckdb.js';

export interface SourceText {
  /** SQL relation: ts_row, c1 … cn (VARCHAR; NULL where a short CSV row has no field) */
  relation: string;
  header: string[];
  /** the line of the header (CSV; 0 for Parquet) */
  headerLine: number;
  kind: 'parquet' | 'csv';
  /** the file read */
  path: string;
}

/**
 * A Parquet column as the text a CSV export writes: timestamps as ISO UTC (`2025-05-01T00:00:00Z`),
 * dates as yyyy-MM-dd, decimals with their scale, floating-point in plain decimal notation.
 */
function parquetText(column: string, type: string): string {
  const c = sqlId(column);
  const t = type.toUpperCase();
  if (t.startsWith('TIMESTAMP')) return `strftime(${c}, '%Y-%m-%dT%H:%M:%SZ')`;
  if (t === 'DATE') return `strftime(${c}, '%Y-%m-%d')`;
  if (t === 'DOUBLE' || t === 'FLOAT' || t === 'REAL') {
    // DuckDB writes 1.2e-07 for small values: plain digits instead, as exports write them
    return `CASE WHEN contains(CAST(${c} AS VARCHAR), 'e') THEN rtrim(rtrim(CAST(CAST(${c} AS DECIMAL(38,18)) AS VARCHAR), '0'), '.') ELSE CAST(${c} AS VARCHAR) END`;
  }
  return `CAST(${c} AS VARCHAR)`;
}

export async function parquetSource(conn: DuckConnection, path: string): Promise<SourceText> {
  const described = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
  const columns = described.getRows().map((r) => ({ name: String(r[0]), type: String(r[1]) }));
  const cells = columns.map((c, i) => `${parquetText(c.name, c.type)} AS c${i + 1}`);
  return {
    relation: `(SELECT file_row_number AS ts_row, ${cells.join(', ')} FROM read_parquet(${sqlString(path)}, file_row_number = true))`,
    header: columns.map((c) => c.name),
    headerLine: 0,
    kind: 'parquet',
    path,
  };
}

/** A value no export writes: empty fields stay '' (a short or long row is an error DuckDB raises, and the node engine reads that file). */
const NO_NULL = '\u0001techspend-no-null\u0001';

/**
 * A CSV (or .csv.gz) read by DuckDB from the line after its header, every field as text. Rows are
 * numbered in file order; `ts_row` is the physical line when no record spans lines (a quoted
 * newline) and no blank line interrupts the data.
 */
export function csvSource(path: string, header: string[], headerLine: number, delimiter: string): SourceText {
  const columns = `{${header.map((_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ')}}`;
  const read = `read_csv(${sqlString(path)}, header = false, skip = ${headerLine}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', auto_detect = false, nullstr = ${sqlString(NO_NULL)}, columns = ${columns})`;
  return {
    relation: `(SELECT ${headerLine} + row_number() OVER () AS ts_row, * FROM ${read})`,
    header,
    headerLine,
    kind: 'csv',
    path,
  };
}
