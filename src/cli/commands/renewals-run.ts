/** `techspend renewals`, the action: loaded only when the command runs (options and help in renewals.ts). */
import { calendarOf } from '../../analysis/renewals/calendar-of.js';
import { DEFAULT_THRESHOLDS } from '../../analysis/savings/thresholds.js';
import { parseAmount, parsePercent } from '../money-options.js';
import { Ledger } from '../../analysis/ledger.js';
import { dataError, usageError } from '../../diagnostic.js';
import { holdSnugHeap } from '../../io/heap.js';
import { SpillingCollector } from '../../io/spill.js';
import { scanToLedger } from '../../io/workers/parallel.js';
import { referenceDate } from '../../analysis/window.js';
import { coverageOf } from '../../period/coverage.js';
import { monthOf } from '../../period/period.js';
import { buildRenewalsReport } from '../../report/build-renewals.js';
import { checkDate, finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import { loadContracts } from '../contracts-input.js';
import type { RenewalsOptions } from './renewals.js';

/** `--within 90d` (or 90): days, 1 to 3660. */
export function parseWithin(value: string): number {
  const m = /^\s*(\d{1,4})\s*d?\s*$/.exec(value);
  const n = m === null ? Number.NaN : Number(m[1]);
  if (!Number.isInteger(n) || n < 1 || n > 3660) throw usageError(`--within needs a number of days like 90d, got "${value}"`);
  return n;
}

export async function runRenewals(inputs: string[], opts: RenewalsOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'renewals', renewals: true });
  const asOfFlag = checkDate(opts.asOf, '--as-of');
  const within = parseWithin(opts.within ?? '90d');
  const contracts = loadContracts(opts.contracts, ctx);
  const collector = new SpillingCollector();
  const heap = holdSnugHeap();
  try {
    const job = { ...scanJob(ctx, opts.threads), canonicalVendors: 'none' as const, records: collector };
    // a fact table's savings inputs hold the billings (io/engine/facts-table.ts); else the node engine reads the inputs
    const reconciliation = ctx.opts.facts !== undefined ? await (await import('../../io/engine/index.js')).scanToLedger(new Ledger(() => '', false, () => false), job) : await scanToLedger(new Ledger(() => '', false, () => false), job);
    ctx.phase('looking for renewals');
    const records = collector.source();
    // the board's reference date: --to, else the end of the data's latest month (its last date when that month is partial)
    const dates = [...reconciliation.dates.keys()];
    const asOf = asOfFlag ?? referenceDate(ctx.scan.to, [...new Set(dates.map(monthOf))], coverageOf(dates)) ?? records.lastDate;
    if (asOf === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to look at: no expense lines (in the date range)', 'give --as-of to see the contract table alone');
    const material = {
      materialAmount: opts.material ? parseAmount(opts.material, '--material') : DEFAULT_THRESHOLDS.materialAmount,
      materialShare: opts.materialShare ? parsePercent(opts.materialShare, '--material-share') : DEFAULT_THRESHOLDS.materialShare,
    };
    const cal = { ...calendarOf(ctx.config, records, asOf, within, contracts, material), unexamined: { lines: reconciliation.uncategorizedLines, amount: reconciliation.uncategorizedTotal } };
    const report = buildRenewalsReport(ctx.config, cal, footerOf(reconciliation, ctx.config.currency));
    setExit(await finish(ctx, report, reconciliation, undefined, undefined, cal));
  } finally {
    heap.release();
    collector.dispose();
  }
}
