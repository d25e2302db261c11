/**
 * Total rows: a footer whose amount equals the sum of the rows above it (all of them, or those
 * since the last total row) summarizes them; it is read and listed, never counted as spend.
 */
import type { FileSummary, Reconciliation } from '../analysis/reconciliation.js';
import { printable } from '../diagnostic.js';
import type { Layout } from '../ingest/layout.js';
import { summaryCandidate } from '../ingest/summary-row.js';
import { compare, type Decimal, DecimalSum } from '../money/decimal.js';

export class TotalRows {
  private readonly file = new DecimalSum();
  private sinceTotal = new DecimalSum();

  constructor(
    private readonly layout: Layout,
    private readonly name: string,
    private readonly rec: Reconciliation,
    private readonly summary: FileSummary,
    /** a part of a split file after the first: the rows above are not all known here */
    private readonly partOfFile: boolean,
  ) {}

  /** a row's amount, above any total row still to come */
  count(amount: Decimal): void {
    this.file.add(amount);
    this.sinceTotal.add(amount);
  }

  /** whether the row is a total row; if so it is recorded as one */
  isTotal(fields: string[], line: number, amount: Decimal | undefined): boolean {
    if (amount === undefined) return false;
    const kind = summaryCandidate(fields, this.layout);
    if (kind === undefined) return false;
    // the run then reads the file on one thread, where the sum of the rows above is known
    if (this.partOfFile) throw new Error(`${this.name}:${line}: a total row in a later part of a split file`);
    if (compare(amount, this.file.value()) !== 0 && compare(amount, this.sinceTotal.value()) !== 0) return false;
    this.rec.summaryRows.push({ source: this.name, line, amount, label: kind === 'labelled' ? printable(fields.find((f) => f.trim() !== '')!.trim(), 40) : '' });
    this.summary.summaryRows = (this.summary.summaryRows ?? 0) + 1;
    this.sinceTotal = new DecimalSum();
    return true;
  }
}
