/**
 * Which engine reads a run's inputs: DuckDB for Parquet (node cannot read it, and a columnar
 * engine reads it best), the in-process (node) scan for CSV of any size. Measured, not assumed: on
 * a 1M-line CSV × 500 rules DuckDB took about 6× the node engine's CPU (report 55 vs 9.6 CPU s,
 * categorize 96 vs 17) and 4× its memory (589 vs 131 MiB): numbering a CSV's lines takes a window
 * over the whole file on one thread, and amounts like "$1,234.56" or "(15.63)" go back to node; the node engine reads CSV in bounded memory at any size
 * (worker threads on large files, spill files for savings). `--engine duckdb` still reads CSV.
 * Pure: the caller says how big each input is (kept for the line said on stderr).
 */
import { usageError } from '../../diagnostic.js';

export const ENGINES = ['auto', 'node', 'duckdb'] as const;
export type EngineOption = (typeof ENGINES)[number];
export type Engine = 'node' | 'duckdb';

/** From this many bytes of CSV, auto says why it keeps the node engine (a user may expect DuckDB there). */
export const LARGE_CSV_BYTES = 1024 * 1024 * 1024;

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
  if (bytes >= LARGE_CSV_BYTES) return { engine: 'node', why: `engine: node (${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB of CSV: it reads CSV in bounded memory at about a sixth of DuckDB's CPU; --engine duckdb to choose DuckDB)` };
  return { engine: 'node', why: 'engine: node' };
}
