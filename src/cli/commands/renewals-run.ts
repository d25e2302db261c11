/** `techspend renewals`, the action: loaded only when the command runs (options and help in renewals.ts). */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { keyedContracts, vendorLinesOf } from '../../analysis/renewals/from-records.js';
import { type RenewalCalendar, renewalCalendar } from '../../analysis/renewals/schedule.js';
import type { SavingsSource } from '../../analysis/savings/source.js';
import { Ledger } from '../../analysis/ledger.js';
import { readContractTable } from '../../config/contract-table.js';
import { dataError, EXIT, ExitError, usageError } from '../../diagnostic.js';
import { holdSnugHeap } from '../../io/heap.js';
import { SpillingCollector } from '../../io/spill.js';
import { scanToLedger } from '../../io/workers/parallel.js';
import { referenceDate } from '../../analysis/window.js';
import { coverageOf } from '../../period/coverage.js';
import { fiscalYearOf, lastDayOfMonth, monthOf, monthsOfPeriod } from '../../period/period.js';
import { buildRenewalsReport } from '../../report/build-renewals.js';
import { checkDate, finish, footerOf, type Io, prepare, type RunContext, scanJob } from '../context.js';
import type { RenewalsOptions } from './renewals.js';
import { materialityOf, trailingYearSpend } from '../../analysis/savings/materiality.js';
import { DEFAULT_THRESHOLDS, type SavingsThresholds } from '../../analysis/savings/thresholds.js';
import { parseAmount, parsePercent } from '../money-options.js';

/** `--within 90d` (or 90): days, 1 to 3660. */
export function parseWithin(value: string): number {
  const m = /^\s*(\d{1,4})\s*d?\s*$/.exec(value);
  const n = m === null ? Number.NaN : Number(m[1]);
  if (!Number.isInteger(n) || n < 1 || n > 3660) throw usageError(`--within needs a number of days like 90d, got "${value}"`);
  return n;
}

/** The contract table: `--contracts <csv>` (relative to the working folder) when given, else the config's. */
export function loadContracts(path: string | undefined, ctx: RunContext) {
  if (path === undefined) return keyedContracts(ctx.config.contracts ?? []);
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : join(ctx.io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --contracts ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const { lines, problems } = readContractTable(text, path);
  if (problems.length > 0) throw new ExitError(EXIT.data, problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, ...p })));
  return keyedContracts(lines);
}

/** The last day of the fiscal year `date` falls in. */
export function fiscalYearEndOf(date: string, fiscalYearStart: number): string {
  const months = monthsOfPeriod(`FY${fiscalYearOf(monthOf(date), fiscalYearStart)}`, fiscalYearStart)!;
  return lastDayOfMonth(months.at(-1)!);
}

/** The calendar renewals and board show, from the lines savings keeps. */
export function calendarOf(
  ctx: RunContext,
  records: SavingsSource,
  asOf: string,
  withinDays: number,
  contracts: ReturnType<typeof loadContracts>,
  material: Pick<SavingsThresholds, 'materialAmount' | 'materialShare'> = DEFAULT_THRESHOLDS,
): RenewalCalendar {
  // the savings materiality floor: renewals guessed from spend below it are held back, counted
  const floor = records.lastMonth === undefined ? undefined : materialityOf(trailingYearSpend(records.spend().values(), records.lastMonth), material).floor;
  return renewalCalendar(vendorLinesOf(records), contracts, { asOf, fiscalYearEnd: fiscalYearEndOf(asOf, ctx.config.fiscalYearStart), withinDays, toleranceDays: 21, materialFloor: floor });
}

export async function runRenewals(inputs: string[], opts: RenewalsOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'renewals', renewals: true });
  const asOfFlag = checkDate(opts.asOf, '--as-of');
  const within = parseWithin(opts.within ?? '90d');
  const contracts = loadContracts(opts.contracts, ctx);
  const collector = new SpillingCollector();
  const heap = holdSnugHeap();
  try {
    const reconciliation = await scanToLedger(new Ledger(() => '', false, () => false), { ...scanJob(ctx, opts.threads), canonicalVendors: 'none', records: collector });
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
    const cal = { ...calendarOf(ctx, records, asOf, within, contracts, material), unexamined: { lines: reconciliation.uncategorizedLines, amount: reconciliation.uncategorizedTotal } };
    const report = buildRenewalsReport(ctx.config, cal, footerOf(reconciliation, ctx.config.currency));
    setExit(await finish(ctx, report, reconciliation, undefined, undefined, cal));
  } finally {
    heap.release();
    collector.dispose();
  }
}
