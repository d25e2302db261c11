/** Which engine auto picks: DuckDB for Parquet, node for CSV at any size (measured, io/engine/choose.ts). */
import { describe, expect, it } from 'vitest';
import { chooseEngine, LARGE_CSV_BYTES } from '../../src/io/engine/choose.js';
import { ExitError } from '../../src/diagnostic.js';

describe('chooseEngine', () => {
  it('auto: a Parquet input goes to DuckDB, saying why', () => {
    expect(chooseEngine('auto', ['a.csv', 'b.parquet'], [10, 10])).toEqual({ engine: 'duckdb', why: 'engine: duckdb (a Parquet input)' });
    expect(chooseEngine('auto', ['a.PARQUET', 'b.parquet'], [10, 10]).why).toBe('engine: duckdb (2 Parquet inputs)');
  });

  it('auto: CSV stays on the node engine at any size; a large one says why', () => {
    expect(chooseEngine('auto', ['a.csv'], [1000])).toEqual({ engine: 'node', why: 'engine: node' });
    const big = chooseEngine('auto', ['a.csv', 'b.csv.gz'], [LARGE_CSV_BYTES, LARGE_CSV_BYTES / 2]);
    expect(big.engine).toBe('node');
    expect(big.why).toBe('engine: node (1.5 GiB of CSV: it reads CSV in bounded memory at about a sixth of DuckDB\'s CPU; --engine duckdb to choose DuckDB)');
    expect(chooseEngine('auto', ['-'], [undefined])).toEqual({ engine: 'node', why: 'engine: node' });
  });

  it('an explicit engine is taken, or refused where it cannot read the input', () => {
    expect(chooseEngine('duckdb', ['a.csv'], [1]).engine).toBe('duckdb');
    expect(chooseEngine('node', ['a.csv'], [LARGE_CSV_BYTES * 4]).engine).toBe('node');
    expect(() => chooseEngine('node', ['a.parquet'], [1])).toThrow(ExitError);
    expect(() => chooseEngine('duckdb', ['-'], [undefined])).toThrow(ExitError);
  });
});
