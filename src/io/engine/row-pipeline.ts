/**
 * The node engine's treatment of one row, for rows an engine hands to node (the DuckDB engine's
 * rows SQL does not take, every row of a Parquet file explain reads): read the line, spot a total
 * row (a summary of the rows above), leave out lines outside --from/--to, book, categorize, and
 * count it in the reconciliation as io/scan.ts does.
 */
import type { Config } from '../../config/config.js';
import { printable } from '../../diagnostic.js';
import type { Layout } from '../../ingest/layout.js';
import type { ExpenseLine, Rejection } from '../../ingest/line.js';
import { isRejection, type LineReader } from '../../ingest/read-line.js';
import { summaryCandidate } from '../../ingest/summary-row.js';
import { bookAmount } from '../../money/currency.js';
import { add, compare, type Decimal, DecimalSum, sub, ZERO } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import type { Categorization, Categorizer } from '../../rules/engine.js';
import { type FileSummary, noteExcluded, type Reconciliation, recordRejection } from '../../analysis/reconciliation.js';
import type { ScanOptions } from '../scan.js';

export interface RowSink {
  line(line: ExpenseLine, booked: Decimal, c: Categorization): void;
  excluded?(line: ExpenseLine, booked: Decimal, c: Categorization): void;
}

export class NodeRows {
  private readonly nodeSum = new DecimalSum();
  private atLastTotal: Decimal = ZERO;
  private readonly inputSum = new DecimalSum();
  private readonly reportSum = new DecimalSum();
  private readonly uncategorizedSum = new DecimalSum();
  private readonly excludedSum = new DecimalSum();

  constructor(
    private readonly layout: Layout,
    private readonly name: string,
    private readonly config: Config,
    private readonly reader: LineReader,
    private readonly categorizer: Categorizer,
    private readonly rec: Reconciliation,
    private readonly summary: FileSummary,
    private readonly scan: ScanOptions,
    private readonly sink: RowSink,
  ) {}

  /**
   * One row (not blank, not a repeated header). `above`: the sum of the amounts of the rows before
   * it that were read elsewhere (SQL), so a total row is compared with every row above it.
   */
  row(fields: string[], line: number, above: Decimal = ZERO): void {
    const { rec, summary, config, scan, layout, name } = this;
    const fileSum = add(above, this.nodeSum.value());
    const reject = (r: Rejection) => {
      summary.rejected++;
      recordRejection(rec, r);
    };
    const summaryRow = (amount: Decimal | undefined): boolean => {
      if (amount === undefined) return false;
      const kind = summaryCandidate(fields, layout);
      if (kind === undefined) return false;
      if (compare(amount, fileSum) !== 0 && compare(amount, sub(fileSum, this.atLastTotal)) !== 0) return false;
      rec.summaryRows.push({ source: name, line, amount, label: kind === 'labelled' ? printable(fields.find((f) => f.trim() !== '')!.trim(), 40) : '' });
      summary.summaryRows = (summary.summaryRows ?? 0) + 1;
      this.atLastTotal = fileSum;
      return true;
    };
    const result = this.reader(fields, line);
    if (isRejection(result)) {
      if ((result.reason === 'no date' || result.reason === 'cannot read date') && summaryRow(result.amount)) return;
      if (result.amount !== undefined) this.nodeSum.add(result.amount);
      return reject(result);
    }
    if (layout.month !== undefined && summaryRow(result.amount)) return;
    this.nodeSum.add(result.amount);
    if ((scan.from !== undefined && result.date < scan.from) || (scan.to !== undefined && result.date > scan.to)) {
      rec.rowsOutOfRange++;
      return;
    }
    const booked = result.currency === config.currency ? result.amount : bookAmount(result.amount, result.currency, config.currency, config.rates, monthOf(result.date));
    if (booked === undefined) {
      const { columns, header } = layout;
      return reject({ source: name, line, reason: 'no rate for currency', column: columns.currency !== undefined ? header[columns.currency] : 'currency', text: result.currency, amount: result.amount, currency: result.currency, hint: `add ${result.currency} under rates in the config` });
    }
    const c = this.categorizer.categorize(result, booked);
    rec.rowsUsed++;
    summary.used++;
    if (!rec.dates.has(result.date)) rec.dates.set(result.date, 1);
    this.inputSum.add(booked);
    if (c.scope === 'excluded') {
      rec.excludedLines++;
      this.excludedSum.add(booked);
      noteExcluded(rec, result, booked);
      this.sink.excluded?.(result, booked, c);
      return;
    }
    for (const p of c.parts) this.reportSum.add(p.amount);
    if (c.rule === undefined) {
      rec.uncategorizedLines++;
      this.uncategorizedSum.add(booked);
    }
    this.sink.line(result, booked, c);
  }

  /** Add this file's totals to the reconciliation's. */
  finish(): void {
    const rec = this.rec;
    rec.inputTotal = add(rec.inputTotal, this.inputSum.value());
    rec.reportTotal = add(rec.reportTotal, this.reportSum.value());
    rec.uncategorizedTotal = add(rec.uncategorizedTotal, this.uncategorizedSum.value());
    rec.excludedTotal = add(rec.excludedTotal, this.excludedSum.value());
  }
}
