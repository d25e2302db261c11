/**
 * The one place a command's scan picks its engine: the node engine (io/workers/parallel.ts, on
 * one or more threads) or DuckDB (duckdb-scan.ts, loaded only when chosen). Both fill the same
 * ledger and reconciliation, so the analyses and renderers never know which ran.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Ledger } from '../../analysis/ledger.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import { scanToLedger as nodeScan, type LedgerScan } from '../workers/parallel.js';
import { usageError } from '../../diagnostic.js';
import type { SavingsNeeds } from './savings-lines.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';
import type { Categorization } from '../../rules/engine.js';
import { checkEngine, chooseEngine, type EngineChoice, isParquet } from './choose.js';
import type { RowSink } from './row-pipeline.js';
import { scanInputs } from '../scan.js';

export interface EngineJob extends LedgerScan {
  /** `--engine`: auto (default), node or duckdb */
  engine?: string | undefined;
  /** say which engine runs, and files it hands back to the node engine (not with -q) */
  note?: ((message: string) => void) | undefined;
  /** `--facts`: a fact table made elsewhere stands in for the inputs */
  facts?: string | undefined;
  /** the thresholds and register savings will run with (the duckdb engine hands node only the lines they read) */
  savings?: SavingsNeeds | undefined;
  /**
   * categorize: every line in file order, excluded ones too (`excluded`), with its parts as the
   * node engine splits them; on the node engine then read on this thread, as categorize always was
   */
  lines?: RowSink | undefined;
}

/** The engine a run's inputs get (`--engine`, Parquet, their size); said on stderr unless the default node run. */
export async function engineFor(job: EngineJob): Promise<EngineChoice> {
  const option = checkEngine(job.engine);
  const sizes = await Promise.all(job.paths.map((p) => (p === '-' ? undefined : stat(job.scan.cwd === undefined ? p : resolve(job.scan.cwd, p)).then((s) => s.size, () => undefined))));
  const choice = chooseEngine(option, job.paths, sizes);
  // the default run (auto picking node) stays silent, as before engines existed, but for a CSV large enough that DuckDB might be expected
  if (job.engine !== undefined || choice.engine === 'duckdb' || choice.why !== 'engine: node') job.note?.(choice.why);
  return choice;
}

/** `chosen`: the engine already chosen (and said) by the caller. */
export async function scanToLedger(ledger: Ledger, job: EngineJob, chosen?: EngineChoice): Promise<Reconciliation> {
  if (job.facts !== undefined) {
    job.note?.(`facts: ${job.facts} (a fact table made by techspend facts --sql)`);
    const { readFacts } = await import('./facts-table.js');
    return readFacts(ledger, job.facts, job.scan.cwd, { config: job.config, records: job.records, savings: job.savings, note: job.note });
  }
  const choice = chosen ?? (await engineFor(job));
  const { lines } = job;
  // categorize's lines, in file order, from the node engine on this thread
  const nodeScanToLedger = async (l: Ledger, j: EngineJob): Promise<Reconciliation> => {
    if (lines === undefined) return nodeScan(l, j);
    const line = (x: ExpenseLine, b: Decimal, c: Categorization) => {
      l.addLine(x, c);
      lines.line(x, b, c);
    };
    return (await scanInputs(j.paths, j.config, { line, excluded: lines.excluded }, j.scan)).reconciliation;
  };
  if (choice.engine === 'node') return nodeScanToLedger(ledger, job);
  // the SQL sums each line into its own month: spreading over a service period is the node engine's
  if (job.config.basis === 'accrual') {
    if (job.paths.some(isParquet)) throw usageError('--basis accrual: the duckdb engine (Parquet inputs) books each line in its own month', 'run on the cash basis, or export the lines as CSV for the node engine');
    job.note?.('--basis accrual spreads lines over their service periods: the node engine reads this run');
    return nodeScanToLedger(ledger, job);
  }
  // a rule's own capex share keeps its lines apart in the ledger (Ledger.capexFacts); the SQL sums by category
  if (job.config.rules.some((r) => r.capitalize !== undefined)) {
    if (job.paths.some(isParquet)) job.note?.('rules with their own capitalize share: the duckdb engine (Parquet inputs) sums by category, so capex figures of this run use the categories\' shares');
    else {
      job.note?.('rules with their own capitalize share: the node engine reads this run');
      return nodeScanToLedger(ledger, job);
    }
  }
  if (job.scan.dedupe) {
    job.note?.('--dedupe compares files line by line: the node engine reads this run');
    return nodeScanToLedger(ledger, job);
  }
  const { duckdbScanToLedger } = await import('./duckdb-scan.js');
  try {
    return await duckdbScanToLedger(ledger, job);
  } catch (e) {
    throw outOfMemory(e, job) ?? e;
  }
}

/**
 * DuckDB past its memory limit: one line saying so and what to do, not an internal error. Its
 * hash tables over millions of distinct descriptions outgrow the limit on a large CSV, which the
 * node engine reads in bounded memory.
 */
export function outOfMemory(e: unknown, job: EngineJob): Error | undefined {
  const message = e instanceof Error ? e.message : String(e);
  if (!/^Out of Memory Error/i.test(message)) return undefined;
  const limit = /\/([\d.]+ [KMG]iB) used\)/.exec(message)?.[1];
  const csv = !job.paths.some(isParquet);
  return usageError(
    `the duckdb engine ran out of memory${limit === undefined ? '' : ` at its limit (${limit})`} reading ${job.paths.length === 1 ? job.paths[0] : `${job.paths.length} inputs`}`,
    csv ? 'use --engine node: it reads CSV in bounded memory' : 'split the Parquet export (by month) and run on fewer files at a time',
  );
}
