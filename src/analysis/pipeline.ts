/**
 * The one place a line becomes figures: line → booked → categorized → facts.
 *
 * Every scan runs its lines through here the same way: the one-thread scan (io/scan.ts), each
 * part of a split file and each whole file on a worker thread (io/workers/*, which receive the
 * run's one normalized config as data and build a `Pipeline` from it exactly as the main thread
 * does). Nothing here reads a file, the clock or the terminal, and nothing closes over a
 * command's state: a `Pipeline` is the config, its categorizer and the run's date window; a
 * `FileTally` is one file's counts, held as fields. io/ reads the records and finds the layout;
 * what a line is worth, where it goes and how it is counted is decided below.
 *
 * This is also the seam where another engine stands in for the in-process scan: a SQL engine
 * that books and categorizes in the database must give the same `LineFate`s (the same booked
 * amount, the same parts) and the same tallies, and hands the analyses a Ledger of the same
 * facts (see `factsSink`).
 */
import type { Config } from '../config/config.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { bookAmount } from '../money/currency.js';
import { add, type Decimal, DecimalSum } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { type Categorization, type Categorizer, createCategorizer } from '../rules/engine.js';
import type { Ledger } from './ledger.js';
import { cutToWindow } from '../rules/accrual.js';
import { type FileSummary, type Reconciliation, noteExcluded, recordRejection } from './reconciliation.js';
import type { SavingsCollector } from './savings/source.js';
import { lookupVendor } from '../catalog/catalog.js';

/** What the stage needs for a whole run: data, and the categorizer compiled from it once. */
export interface Pipeline {
  readonly config: Config;
  readonly categorizer: Categorizer;
  /** the reporting window (`--from`, `--to`, yyyy-MM-dd, inclusive) */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** lines the run leaves out (--dedupe's less detailed side of a double count) */
  readonly exclude?: ((line: ExpenseLine) => boolean) | undefined;
}

export function createPipeline(config: Config, window: Pick<Pipeline, 'from' | 'to' | 'exclude'> = {}, categorizer: Categorizer = createCategorizer(config)): Pipeline {
  return { config, categorizer, from: window.from, to: window.to, exclude: window.exclude };
}

/** Where a read line ends up. */
export type LineFate =
  /** dated outside the window: counted, in no figure */
  | { kind: 'out-of-range' }
  /** left out by --dedupe */
  | { kind: 'deduplicated' }
  /** cannot be booked (no rate for its currency) */
  | { kind: 'rejected'; rejection: Rejection }
  /** out of scope: reconciled and listed, in no technology figure */
  | { kind: 'excluded'; booked: Decimal; categorization: Categorization }
  /** a technology line: every figure is made of these */
  | { kind: 'technology'; booked: Decimal; categorization: Categorization; accruedBefore?: Decimal[]; accruedAfter?: Decimal[] };

/** The booked stage: the line's amount in the reporting currency, or undefined when no rate converts it. */
export function bookLine(line: ExpenseLine, config: Config): Decimal | undefined {
  // same currency: booked as it is (no month needed)
  return line.currency === config.currency ? line.amount : bookAmount(line.amount, line.currency, config.currency, config.rates, monthOf(line.date));
}

/**
 * line → booked → categorized. `currencyColumn` names the column a rejection for a missing
 * rate points at (the file's currency column as headed).
 */
export function stageLine(p: Pipeline, line: ExpenseLine, currencyColumn: string | ((line: ExpenseLine) => { column: string; text: string })): LineFate {
  if ((p.from !== undefined && line.date < p.from) || (p.to !== undefined && line.date > p.to)) return { kind: 'out-of-range' };
  if (p.exclude?.(line)) return { kind: 'deduplicated' };
  const booked = bookLine(line, p.config);
  if (booked === undefined) {
    // where the currency was written: a column, or the amount cell's mark (io/scan.ts says which)
    const where = typeof currencyColumn === 'string' ? { column: currencyColumn, text: line.currency } : currencyColumn(line);
    return {
      kind: 'rejected',
      rejection: {
        source: line.source,
        line: line.line,
        reason: 'no rate for currency',
        column: where.column,
        text: where.text,
        amount: line.amount,
        currency: line.currency,
        hint: `add ${line.currency} under rates in the config`,
      },
    };
  }
  const categorization = p.categorizer.categorize(line, booked);
  if (categorization.scope === 'excluded') return { kind: 'excluded', booked, categorization };
  if (p.config.basis !== 'accrual' || (p.from === undefined && p.to === undefined)) return { kind: 'technology', booked, categorization };
  // accrual basis with a date range: expense spread outside it is in no figure, only in the reconciliation
  const cut = cutToWindow(categorization, p.from === undefined ? undefined : monthOf(p.from), p.to === undefined ? undefined : monthOf(p.to));
  return { kind: 'technology', booked, categorization: cut.kept, accruedBefore: cut.before.map((x) => x.amount), accruedAfter: cut.after.map((x) => x.amount) };
}

/**
 * One file's counts: the run's reconciliation gets its counters as lines go by and its money
 * totals when the file is done (`flush`), so a file that fails half way still adds what it read.
 */
export class FileTally {
  private readonly input = new DecimalSum();
  private readonly report = new DecimalSum();
  private readonly uncategorized = new DecimalSum();
  private readonly excluded = new DecimalSum();
  private readonly accruedBefore = new DecimalSum();
  private readonly accruedAfter = new DecimalSum();

  constructor(
    private readonly rec: Reconciliation,
    private readonly summary: FileSummary,
  ) {}

  /** a row the reader turned down (or the booking did) */
  reject(r: Rejection): void {
    this.summary.rejected++;
    recordRejection(this.rec, r);
  }

  /** count a line's fate (a rejected one through `reject`) */
  count(line: ExpenseLine, fate: LineFate): void {
    const rec = this.rec;
    switch (fate.kind) {
      case 'out-of-range':
        rec.rowsOutOfRange++;
        return;
      case 'deduplicated':
        rec.rowsDeduplicated++;
        return;
      case 'rejected':
        this.reject(fate.rejection);
        return;
    }
    rec.rowsUsed++;
    this.summary.used++;
    if (!rec.dates.has(line.date)) rec.dates.set(line.date, 1);
    this.input.add(fate.booked);
    if (fate.kind === 'excluded') {
      rec.excludedLines++;
      this.excluded.add(fate.booked);
      noteExcluded(rec, line, fate.booked);
      return;
    }
    const parts = fate.categorization.parts;
    for (let i = 0; i < parts.length; i++) this.report.add(parts[i]!.amount);
    // spread on the catalog's hint (accrual basis): counted by vendor, so the footer can say so
    if (parts[0]?.share?.from === 'catalog') {
      const name = lookupVendor(line.vendor)?.name ?? line.vendor;
      rec.catalogSpread.set(name, (rec.catalogSpread.get(name) ?? 0) + 1);
    }
    if (fate.accruedBefore !== undefined) for (const a of fate.accruedBefore) this.accruedBefore.add(a);
    if (fate.accruedAfter !== undefined) for (const a of fate.accruedAfter) this.accruedAfter.add(a);
    if (fate.categorization.rule === undefined) {
      rec.uncategorizedLines++;
      this.uncategorized.add(fate.booked);
    }
  }

  /** add the file's money totals to the run's */
  flush(): void {
    const rec = this.rec;
    rec.inputTotal = add(rec.inputTotal, this.input.value());
    rec.reportTotal = add(rec.reportTotal, this.report.value());
    rec.uncategorizedTotal = add(rec.uncategorizedTotal, this.uncategorized.value());
    rec.excludedTotal = add(rec.excludedTotal, this.excluded.value());
    rec.accruedBefore = add(rec.accruedBefore, this.accruedBefore.value());
    rec.accruedAfter = add(rec.accruedAfter, this.accruedAfter.value());
  }
}

/**
 * The facts stage: a technology line into the ledger (category × pool × vendor × month), and,
 * for board and savings, into the savings records. The same sink on one thread and on every
 * worker.
 */
export function factsSink(ledger: Ledger | undefined, records?: Pick<SavingsCollector, 'add'>): (line: ExpenseLine, booked: Decimal, c: Categorization) => void {
  if (records === undefined) return (l, _b, c) => ledger?.addLine(l, c);
  return (l, b, c) => {
    ledger?.addLine(l, c);
    records.add(l, b, c);
  };
}
