/**
 * categorize on the DuckDB engine: every line of a file in file order, with its category, pool,
 * scope and rule decided by the compiled rules in DuckDB, handed to the same sink the node engine
 * fills (so the rows written are the node engine's, byte for byte).
 *
 * DuckDB streams each line's cells and its parts (one row per split part) ordered by line; node
 * makes the line from the cells with the node engine's own reader (the same ExpenseLine), books it
 * as the node engine does, and splits it by the winning rule's weights with money/decimal.ts's
 * allocate, so amounts are exactly the node engine's. The rows SQL leaves to node (rejections, total
 * rows, amounts not plain) come in the same ordered stream and go through the node engine's row
 * pipeline in their place. Memory stays flat: chunks of rows, never the file.
 */
import type { Config } from '../../config/config.js';
import type { Rule } from '../../config/rule.js';
import type { Pool, Scope } from '../../config/schema.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { isRejection, type LineReader } from '../../ingest/read-line.js';
import { bookAmount } from '../../money/currency.js';
import { add, allocate, atSplitUnit, type Decimal, DecimalSum, parseDecimal, ZERO } from '../../money/decimal.js';
import { type FileSummary, noteExcluded, type Reconciliation } from '../../analysis/reconciliation.js';
import { monthOf } from '../../period/period.js';
import type { Categorization } from '../../rules/engine.js';
import { rulesToSql, type SqlOptions } from '../../rules/sql.js';
import type { DuckConnection } from './duckdb.js';
import type { NodeRows, RowSink } from './row-pipeline.js';

/**
 * The reconciliation's counts and totals for the lines SQL categorized, as the node engine's row
 * pipeline counts its own (io/engine/row-pipeline.ts NodeRows.row): categorize sums no ledger.
 */
export class LineCounts {
  private readonly inputSum = new DecimalSum();
  private readonly reportSum = new DecimalSum();
  private readonly uncategorizedSum = new DecimalSum();
  private readonly excludedSum = new DecimalSum();

  constructor(
    private readonly rec: Reconciliation,
    private readonly summary: FileSummary,
  ) {}

  add(line: ExpenseLine, booked: Decimal, c: Categorization): void {
    const { rec } = this;
    rec.rowsUsed++;
    this.summary.used++;
    if (!rec.dates.has(line.date)) rec.dates.set(line.date, 1);
    this.inputSum.add(booked);
    if (c.scope === 'excluded') {
      rec.excludedLines++;
      this.excludedSum.add(booked);
      noteExcluded(rec, line, booked);
      return;
    }
    for (const p of c.parts) this.reportSum.add(p.amount);
    if (c.rule === undefined) {
      rec.uncategorizedLines++;
      this.uncategorizedSum.add(booked);
    }
  }

  /** Add this file's totals to the reconciliation's. */
  finish(): void {
    const { rec } = this;
    rec.inputTotal = add(rec.inputTotal, this.inputSum.value());
    rec.reportTotal = add(rec.reportTotal, this.reportSum.value());
    rec.uncategorizedTotal = add(rec.uncategorizedTotal, this.uncategorizedSum.value());
    rec.excludedTotal = add(rec.excludedTotal, this.excludedSum.value());
  }
}

/** A row's cells as DuckDB hands back a LIST: a NULL (a Parquet null) reads as an empty field, as in a CSV. */
function fieldsOf(cells: { items?: unknown[] } | unknown[]): string[] {
  const list = Array.isArray(cells) ? cells : (cells.items ?? []);
  return list.map((v) => (v === null || v === undefined ? '' : String(v)));
}

/** line, cells, category, pool, scope, rule, above: a rules-SQL part (above NULL), or a row node reads (category NULL) */
type StreamRow = [bigint, { items?: unknown[] } | unknown[], string | null, string | null, string | null, string | null, string | null];

/** The rows SQL does not take (`sql`: ts_row, cells, above), read by the node engine's row pipeline. */
export interface LeftToNode {
  sql: string;
  rows: NodeRows;
}

/**
 * Stream the view `lines` (cells, booked amounts, rule candidates) through the rules SQL to `sink`
 * in file order, with the rows `left` names read by node in their places; `each` (the checks
 * across files) sees every technology line SQL categorized, as in the node engine's scan.
 */
export async function linesInOrder(
  conn: DuckConnection,
  config: Config,
  reader: LineReader,
  lineOf: (row: number) => number,
  sink: RowSink,
  each: ((l: ExpenseLine, booked: Decimal, c: Categorization) => void) | undefined,
  rulesSql: Pick<SqlOptions, 'external' | 'candidates'>,
  left: LeftToNode | undefined,
  counts: LineCounts,
): Promise<void> {
  const { sql } = rulesToSql(config, 'duckdb', { booked: 'booked', passThrough: ['booked', 'booked_scale', 'cells'], unordered: true, ...rulesSql });
  const rules = new Map<string, Rule>(config.rules.map((r) => [r.id, r]));
  // one line's parts, gathered across chunks
  let row = -1;
  let parts: StreamRow[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    const [, cellsValue, category, , scope, ruleId, above] = parts[0]!;
    if (category === null) {
      // a row SQL left to node: read, booked, categorized and counted there, then to the sink
      left!.rows.row(fieldsOf(cellsValue), lineOf(row), parseDecimal(above ?? '0') ?? ZERO);
      parts = [];
      return;
    }
    const line = reader(fieldsOf(cellsValue), lineOf(row));
    if (isRejection(line)) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL read a row the line reader rejects (${line.reason})`);
    // booked as the node engine books it (io/engine/row-pipeline.ts)
    const booked = line.currency === config.currency ? line.amount : bookAmount(line.amount, line.currency, config.currency, config.rates, monthOf(line.date));
    if (booked === undefined) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL booked a line with no rate for ${line.currency}`);
    const rule = ruleId === null ? undefined : rules.get(ruleId);
    // a split's amounts by the node engine's own allocation (largest remainder at the cent, or finer)
    const amounts = rule?.split === undefined ? [booked] : allocate(atSplitUnit(booked), rule.split.map((p) => p.weight));
    if (amounts.length !== parts.length) throw new Error(`duckdb engine: ${line.source}:${line.line}: ${parts.length} parts from SQL, ${amounts.length} by the rule`);
    const c: Categorization = { rule, parts: parts.map((p, i) => ({ category: p[2]!, pool: p[3] as Pool, amount: amounts[i]! })), scope: scope as Scope };
    parts = [];
    counts.add(line, booked, c);
    if (c.scope === 'excluded') {
      sink.excluded?.(line, booked, c);
      return;
    }
    each?.(line, booked, c);
    sink.line(line, booked, c);
  };
  const categorized = `SELECT c.line, c.cells, c.category, c.pool, c.scope, c.rule, NULL::VARCHAR AS above, coalesce(c.part, 1) AS part FROM (${sql.trimEnd().replace(/;$/, '')}) AS c`;
  const byNode = left === undefined ? '' : ` UNION ALL SELECT l.ts_row, l.cells, NULL, NULL, NULL, NULL, CAST(l.above AS VARCHAR), 1 FROM (${left.sql}) AS l`;
  const result = await conn.stream(`SELECT * FROM (${categorized}${byNode}) ORDER BY 1, 8`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    for (const r of chunk.getRows() as StreamRow[]) {
      const at = Number(r[0]);
      if (at !== row) {
        flush();
        row = at;
      }
      parts.push(r);
    }
  }
  flush();
}
