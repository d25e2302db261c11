/**
 * categorize on the DuckDB engine: every line of a file in file order, with its category, pool,
 * scope and rule decided by the compiled rules in DuckDB, handed to the same sink the node engine
 * fills (so the rows written are the node engine's, byte for byte).
 *
 * DuckDB streams each line's cells and its parts (one row per split part) ordered by line; node
 * makes the line from the cells with the node engine's own reader (the same ExpenseLine), books it
 * as the node engine does, and splits it by the winning rule's weights with money/decimal.ts's
 * allocate, so amounts are exactly the node engine's. The rows SQL left to node (rejections, total
 * rows, anything not plain; `pending`, already read and categorized by node) are merged in place.
 * Memory stays flat: chunks of rows, never the file.
 */
import type { Config } from '../../config/config.js';
import type { Rule } from '../../config/rule.js';
import type { Pool, Scope } from '../../config/schema.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { isRejection, type LineReader } from '../../ingest/read-line.js';
import { bookAmount } from '../../money/currency.js';
import { allocate, type Decimal } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import type { Categorization } from '../../rules/engine.js';
import { rulesToSql, type SqlOptions } from '../../rules/sql.js';
import type { DuckConnection } from './duckdb.js';
import type { RowSink } from './row-pipeline.js';

/** A row node read and categorized itself, at its DuckDB row number; `excluded`: out of every technology figure. */
export interface PendingLine {
  row: number;
  line: ExpenseLine;
  booked: Decimal;
  c: Categorization;
  excluded?: boolean;
}

/** A row's cells as DuckDB hands back a LIST: a NULL (a Parquet null) reads as an empty field, as in a CSV. */
function fieldsOf(cells: { items?: unknown[] } | unknown[]): string[] {
  const list = Array.isArray(cells) ? cells : (cells.items ?? []);
  return list.map((v) => (v === null || v === undefined ? '' : String(v)));
}

type PartRow = [bigint, { items?: unknown[] } | unknown[], string, string, string, string | null];

/**
 * Stream the view `lines` (cells, booked amounts, rule candidates) through the rules SQL to `sink`
 * in file order, `pending` merged in; `each` (the checks across files) sees every technology line
 * as in the node engine's scan.
 */
export async function linesInOrder(
  conn: DuckConnection,
  config: Config,
  reader: LineReader,
  lineOf: (row: number) => number,
  pending: readonly PendingLine[],
  sink: RowSink,
  each: ((l: ExpenseLine, booked: Decimal, c: Categorization) => void) | undefined,
  rulesSql: Pick<SqlOptions, 'external' | 'candidates'>,
): Promise<void> {
  const { sql } = rulesToSql(config, 'duckdb', { scale: 'booked_scale', booked: 'booked', passThrough: ['booked', 'booked_scale', 'cells'], unordered: true, ...rulesSql });
  const rules = new Map<string, Rule>(config.rules.map((r) => [r.id, r]));
  const emit = (line: ExpenseLine, booked: Decimal, c: Categorization) => {
    if (c.scope === 'excluded') {
      sink.excluded?.(line, booked, c);
      return;
    }
    each?.(line, booked, c);
    sink.line(line, booked, c);
  };
  let next = 0;
  const pendingBefore = (row: number) => {
    while (next < pending.length && pending[next]!.row < row) {
      const p = pending[next++]!;
      if (p.excluded === true) sink.excluded?.(p.line, p.booked, p.c);
      else {
        each?.(p.line, p.booked, p.c);
        sink.line(p.line, p.booked, p.c);
      }
    }
  };
  // one line's parts, gathered across chunks
  let row = -1;
  let parts: PartRow[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    pendingBefore(row);
    const [, cellsValue, , , scope, ruleId] = parts[0]!;
    const line = reader(fieldsOf(cellsValue), lineOf(row));
    if (isRejection(line)) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL read a row the line reader rejects (${line.reason})`);
    // booked as the node engine books it (io/engine/row-pipeline.ts)
    const booked = line.currency === config.currency ? line.amount : bookAmount(line.amount, line.currency, config.currency, config.rates, monthOf(line.date));
    if (booked === undefined) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL booked a line with no rate for ${line.currency}`);
    const rule = ruleId === null ? undefined : rules.get(ruleId);
    // a split's amounts by the node engine's own allocation (largest remainder at the line's unit)
    const amounts = rule?.split === undefined ? [booked] : allocate(booked, rule.split.map((p) => p.weight));
    if (amounts.length !== parts.length) throw new Error(`duckdb engine: ${line.source}:${line.line}: ${parts.length} parts from SQL, ${amounts.length} by the rule`);
    emit(line, booked, { rule, parts: parts.map((p, i) => ({ category: p[2], pool: p[3] as Pool, amount: amounts[i]! })), scope: scope as Scope });
    parts = [];
  };
  const result = await conn.stream(
    `SELECT c.line, c.cells, c.category, c.pool, c.scope, c.rule FROM (${sql.trimEnd().replace(/;$/, '')}) AS c ORDER BY c.line, coalesce(c.part, 1)`,
  );
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    for (const r of chunk.getRows() as PartRow[]) {
      const at = Number(r[0]);
      if (at !== row) {
        flush();
        row = at;
      }
      parts.push(r);
    }
  }
  flush();
  pendingBefore(Number.POSITIVE_INFINITY);
}
