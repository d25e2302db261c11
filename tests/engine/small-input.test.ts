/**
 * The duckdb engine's cost on small files is its planning, not its rows: each query over the parse
 * binds and optimizes the whole parse again. Two things keep that small (io/engine/small-input.ts,
 * duckdb-scan.ts): the parse writes each cell's text once, in a step below it, instead of inside
 * every trim and decimal cast that reads it; and a file of at most SMALL_INPUT_CELLS cells is parsed
 * once into a table, and its lines categorized once into another. Past that size the parse stays a
 * view and each query runs the rules, and the reports are the same.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { openDuckDb } from '../../src/io/engine/duckdb.js';
import { isSmallInput, keepParsedRowsIfSmall, SMALL_INPUT_CELLS } from '../../src/io/engine/small-input.js';

/** Every statement the engine sends DuckDB, and whether files past the size run as large ones. */
const seen = vi.hoisted(() => ({ sql: [] as string[], largeFrom: undefined as number | undefined }));

vi.mock('../../src/io/engine/duckdb.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/engine/duckdb.js')>();
  return {
    ...real,
    openDuckDb: async (...args: Parameters<typeof real.openDuckDb>) => {
      const db = await real.openDuckDb(...args);
      const { conn } = db;
      const record =
        <T,>(f: (sql: string) => Promise<T>) =>
        (sql: string) => {
          seen.sql.push(sql);
          return f.call(conn, sql);
        };
      return { ...db, conn: { ...conn, run: record(conn.run), runAndReadAll: record(conn.runAndReadAll), stream: record(conn.stream), closeSync: () => conn.closeSync() } };
    },
  };
});

vi.mock('../../src/io/engine/small-input.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/engine/small-input.js')>();
  return { ...real, keepParsedRowsIfSmall: (...a: Parameters<typeof real.keepParsedRowsIfSmall>) => real.keepParsedRowsIfSmall(a[0], a[1], a[2], a[3], seen.largeFrom ?? a[4]) };
});

const root = resolve(import.meta.dirname, '../..');

async function withDuck<T>(f: (conn: Awaited<ReturnType<typeof openDuckDb>>['conn']) => Promise<T>): Promise<T> {
  const duck = await openDuckDb({ threads: 1 });
  try {
    return await f(duck.conn);
  } finally {
    duck.close();
  }
}

describe('a small input, by its row count', () => {
  it('is small up to SMALL_INPUT_CELLS cells (rows × columns), and not one row past', async () => {
    await withDuck(async (conn) => {
      // 31 columns (a FOCUS export): 16,129 rows
      const rows = Math.floor(SMALL_INPUT_CELLS / 31);
      expect(await isSmallInput(conn, `(SELECT * FROM range(${rows}))`, 31)).toBe(true);
      expect(await isSmallInput(conn, `(SELECT * FROM range(${rows + 1}))`, 31)).toBe(false);
      expect(await isSmallInput(conn, '(SELECT * FROM range(0))', 31)).toBe(true);
      expect(await isSmallInput(conn, '(SELECT * FROM range(3))', 2, 4)).toBe(false);
      expect(await isSmallInput(conn, '(SELECT * FROM range(2))', 2, 4)).toBe(true);
    });
  });

  it('a small file: the view becomes a view of a table holding its rows; a large one leaves the view and drops the last table', async () => {
    await withDuck(async (conn) => {
      const defined = async () => (await conn.runAndReadAll(`SELECT sql FROM duckdb_views() WHERE view_name = 'parsed'`)).getRows()[0]![0] as string;
      const tables = async () => (await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() ORDER BY 1`)).getRows().map((r) => r[0]);
      await conn.run('CREATE TEMP VIEW parsed AS SELECT range * 2 AS x FROM range(5)');
      await keepParsedRowsIfSmall(conn, 'parsed', '(SELECT * FROM range(5))', 1);
      expect(await defined()).toContain('parsed_rows');
      expect(await tables()).toEqual(['parsed_rows']);
      expect((await conn.runAndReadAll('SELECT sum(x) FROM parsed')).getRows()).toEqual([[20n]]);
      // the next file, past the limit: its own view, and no table left from the file before
      await conn.run('CREATE OR REPLACE TEMP VIEW parsed AS SELECT range * 3 AS x FROM range(5)');
      await keepParsedRowsIfSmall(conn, 'parsed', '(SELECT * FROM range(5))', 1, 4);
      expect(await defined()).toContain('* 3');
      expect(await tables()).toEqual([]);
      expect((await conn.runAndReadAll('SELECT sum(x) FROM parsed')).getRows()).toEqual([[30n]]);
    });
  });
});

describe('the demo through the duckdb engine', () => {
  it('each file is parsed once into a table and categorized once, and the parse writes each cell a bounded number of times', async () => {
    seen.sql.length = 0;
    const r = await runCli(['report', '--demo', '--engine', 'duckdb', '-q'], root);
    expect(r.code).toBe(0);
    const parses = seen.sql.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW ts_parsed AS\n'));
    expect(parses).toHaveLength(4);
    expect(seen.sql.filter((s) => s.startsWith('CREATE OR REPLACE TEMP TABLE ts_parsed_rows AS'))).toHaveLength(4);
    // and categorized once, into the table the sums and the lines in order read
    expect(seen.sql.filter((s) => s.startsWith('CREATE OR REPLACE TEMP TABLE ts_categorized AS'))).toHaveLength(4);
    expect(seen.sql.filter((s) => s.includes('FROM (SELECT * FROM ts_categorized) AS c'))).toHaveLength(8);
    for (const sql of parses) {
      // written in place, the amount cell (its null-marker test, its trim) was repeated inside every
      // branch of the decimal parse: 179 mentions of one column on the demo, and 2-5 s of planning per query
      const mentions = new Map<string, number>();
      for (const m of sql.matchAll(/\br\.c\d+\b/g)) mentions.set(m[0], (mentions.get(m[0]) ?? 0) + 1);
      expect(Math.max(...mentions.values())).toBeLessThanOrEqual(40);
    }
  }, 120_000);

  it('past the size a file keeps in a table, board is still the node engine\'s, byte for byte', async () => {
    seen.largeFrom = 0;
    try {
      seen.sql.length = 0;
      const duckdb = await runCli(['board', '--demo', '-f', 'markdown', '--engine', 'duckdb', '-q'], root);
      expect(seen.sql.some((s) => s.includes('ts_parsed_rows AS') || s.includes('ts_categorized AS'))).toBe(false);
      const node = await runCli(['board', '--demo', '-f', 'markdown', '--engine', 'node', '-q'], root);
      expect(node.code).toBe(0);
      expect(duckdb.code).toBe(0);
      expect(duckdb.stdout).toBe(node.stdout);
    } finally {
      seen.largeFrom = undefined;
    }
  }, 120_000);
});
