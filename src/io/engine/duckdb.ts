/**
 * DuckDB, loaded only when a run uses it: a node-engine run (the common case) never pays for the
 * native module at start-up. The bundle keeps @duckdb/node-api external (scripts/bundle.mjs).
 */
import { createRequire } from 'node:module';
import { makeTempFolder } from '../temp-folder.js';
import { usageError } from '../../diagnostic.js';

/** The part of @duckdb/node-api the engine uses. */
export interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][]; columnNames(): string[] }>;
  stream(sql: string): Promise<{ fetchChunk(): Promise<{ rowCount: number; getRows(): unknown[][] } | null> }>;
  closeSync(): void;
}

export interface DuckDb {
  conn: DuckConnection;
  close(): void;
}

/** Threads and memory for the embedded engine: this machine's share, spilling past the limit. */
export interface DuckSettings {
  threads?: number | undefined;
  memoryLimit?: string | undefined;
}

export async function openDuckDb(settings: DuckSettings = {}): Promise<DuckDb> {
  let api: { DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> } };
  try {
    // required, not imported: the CLI runs as one CommonJS bundle from a V8 code cache, where a
    // dynamic import() has no loader; the package is CommonJS
    api = createRequire(import.meta.url)('@duckdb/node-api') as typeof api;
  } catch (e) {
    throw usageError(`the duckdb engine is not available here: ${(e as Error).message.split('\n')[0]}`, 'use --engine node (reinstall techspend where prebuilt DuckDB binaries exist)');
  }
  const db = await api.DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  // timestamps in Parquet are read as UTC dates, as the node engine reads a `Z` time
  await conn.run(`SET TimeZone = 'UTC'`);
  if (settings.threads !== undefined) await conn.run(`SET threads = ${Math.max(1, Math.floor(settings.threads))}`);
  await conn.run(`SET memory_limit = '${settings.memoryLimit ?? memoryLimitFromEnv() ?? '512MB'}'`);
  // past the memory limit DuckDB spills to disk (an in-memory database has no folder of its own)
  await conn.run(`SET temp_directory = ${sqlString(makeTempFolder('duckdb'))}`);
  await conn.run(`SET preserve_insertion_order = true`);
  // every join the engine writes has the lines on its left and a lookup table on its right: the
  // right side is the one to build. DuckDB picks the build side by its cardinality estimates,
  // and behind a Parquet scan's filters it takes a million lines for a few thousand, builds its
  // hash table of them (every column) and runs out of memory
  await conn.run(`SET disabled_optimizers = 'build_side_probe_side'`);
  return {
    conn,
    close: () => {
      conn.closeSync();
      db.closeSync();
    },
  };
}

/**
 * TECHSPEND_DUCKDB_MEMORY_LIMIT (e.g. `64MB`) lowers DuckDB's memory limit: tests run a file of
 * some tens of thousands of lines where the limit bites as it does on millions. Not a user option.
 */
function memoryLimitFromEnv(): string | undefined {
  const v = process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT?.trim();
  return v !== undefined && /^[0-9]{1,6}(\.[0-9]{1,3})? ?(KB|MB|GB|KiB|MiB|GiB)$/.test(v) ? v : undefined;
}

/**
 * Run `work` with DuckDB free to hand rows over in any order (preserve_insertion_order off): for
 * results nothing reads in the order they were made (sums the ledger keys, a table read back by
 * file and row). Keeping the order costs DuckDB buffering on every line.
 */
export async function inAnyOrder<T>(conn: DuckConnection, work: () => Promise<T>): Promise<T> {
  await conn.run('SET preserve_insertion_order = false');
  try {
    return await work();
  } finally {
    await conn.run('SET preserve_insertion_order = true');
  }
}

/** A SQL string literal. */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A SQL identifier. */
export const sqlId = (s: string) => `"${s.replace(/"/g, '""')}"`;
