/**
 * Which engine reads a run's inputs: the in-process (node) scan for the common case, DuckDB for
 * Parquet (node cannot read it) and for inputs past the size where a columnar engine pays.
 * Pure: the caller says how big each input is.
 */
import { usageError } from '../../diagnostic.js';

export const ENGINES = ['auto', 'node', 'duckdb'] as const;
export type EngineOption = (typeof ENGINES)[number];
export type Engine = 'node' | 'duckdb';

/**
 * From this many bytes of CSV, auto picks DuckDB. The node engine reads about 1M lines (~100 MB)
 * in a few seconds with bounded memory; past a gigabyte DuckDB's parallel columnar scan and
 * spilling aggregation are the safer choice.
 */
export const DUCKDB_MIN_BYTES = 1024 * 1024 * 1024;

export function isParquet(path: string): boolean {
  return /\.parquet$/i.test(path);
}

export function checkEngine(value: string | undefined): EngineOption {
  if (value === undefined) return 'auto';
  if (!(ENGINES as readonly string[]).includes(value)) throw usageError(`unknown --engine "${value}"`, `use ${ENGINES.join(', ')}`);
  return value as EngineOption;
}

export interface EngineChoice {
  engine: Engine;
  /** the line said on stderr: which engine and why */
  why: string;
}

/** `sizes`: each input's size in bytes (undefined: stdin or unknown). */
export function chooseEngine(option: EngineOption, paths: readonly string[], sizes: readonly (number | undefined)[]): EngineChoice {
  const parquet = paths.filter(isParquet).length;
  if (option === 'node') {
    if (parquet > 0) throw usageError('--engine node cannot read Parquet', 'use --engine duckdb (or auto)');
    return { engine: 'node', why: 'engine: node (--engine node)' };
  }
  if (option === 'duckdb') {
    if (paths.includes('-')) throw usageError('--engine duckdb reads files, not stdin (-)', 'save stdin to a file first, or use --engine node');
    return { engine: 'duckdb', why: 'engine: duckdb (--engine duckdb)' };
  }
  if (parquet > 0) return { engine: 'duckdb', why: `engine: duckdb (${parquet === 1 ? 'a Parquet input' : `${parquet} Parquet inputs`})` };
  const bytes = sizes.reduce<number>((t, s) => t + (s ?? 0), 0);
  if (!paths.includes('-') && bytes >= DUCKDB_MIN_BYTES) return { engine: 'duckdb', why: `engine: duckdb (${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB of input, from ${DUCKDB_MIN_BYTES / 1024 / 1024 / 1024} GiB)` };
  return { engine: 'node', why: 'engine: node' };
}
