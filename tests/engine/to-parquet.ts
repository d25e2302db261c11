/** Write a SELECT's result as Parquet with DuckDB (the engine tests' Parquet inputs). */
import { DuckDBInstance } from '@duckdb/node-api';

export async function toParquet(select: string, file: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (${select}) TO '${file.replace(/'/g, "''")}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
