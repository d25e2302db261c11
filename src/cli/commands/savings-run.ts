/** `techspend savings`, the action: loaded only when the command runs (options and help in savings.ts). */
import { amortizeHints } from '../../analysis/renewals/amortize-hint.js';
import { vendorLinesOf } from '../../analysis/renewals/from-records.js';
import { identifyVendor } from '../../analysis/savings/record-names.js';
import { SpillingCollector } from '../../io/spill.js';
import { holdSnugHeap } from '../../io/heap.js';
import { DEFAULT_THRESHOLDS, type SavingsThresholds } from '../../analysis/savings/thresholds.js';
import { usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { Ledger } from '../../analysis/ledger.js';
import { referenceDate } from '../../analysis/window.js';
import { type Decimal, parseDecimal } from '../../money/decimal.js';
import { savingsReportOf } from '../../report/savings-pack.js';
import { checkDate, finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import { parseAmount, parseCount, parsePercent } from '../money-options.js';
import { readRegister } from '../savings-register.js';
import { inputsWhere } from '../inputs-where.js';
import type { SavingsOptions } from './savings.js';

function parseFactor(value: string, flag: string): Decimal {
  const d = parseDecimal(value.trim().replace(/x$/i, ''));
  if (d === undefined || d.units <= 0n) throw usageError(`${flag} needs a multiple like 3 or 3x, got "${value}"`);
  return d;
}

function thresholdsFrom(o: SavingsOptions): SavingsThresholds {
  const d = DEFAULT_THRESHOLDS;
  return {
    overlapMonths: o.overlapMonths ? parseCount(o.overlapMonths, '--overlap-months', 1, 24) : d.overlapMonths,
    overlapAll: o.overlapAll === true,
    priceIncrease: o.priceIncrease ? parsePercent(o.priceIncrease, '--price-increase') : d.priceIncrease,
    priceRepeats: o.priceRepeats ? parseCount(o.priceRepeats, '--price-repeats', 1, 24) : d.priceRepeats,
    duplicateDays: o.duplicateDays ? parseCount(o.duplicateDays, '--duplicate-days', 0, 31) : d.duplicateDays,
    utilization: o.utilization ? parsePercent(o.utilization, '--utilization') : d.utilization,
    unusedMonths: o.unusedMonths ? parseCount(o.unusedMonths, '--unused-months', 1, 24) : d.unusedMonths,
    annualMonths: o.annualMonths ? parseCount(o.annualMonths, '--annual-months', 2, 60) : d.annualMonths,
    annualDiscount: o.annualDiscount ? parsePercent(o.annualDiscount, '--annual-discount') : d.annualDiscount,
    spikeFactor: o.spike ? parseFactor(o.spike, '--spike') : d.spikeFactor,
    spikeWindow: o.spikeWindow ? parseCount(o.spikeWindow, '--spike-window', 1, 24) : d.spikeWindow,
    spikeHistory: d.spikeHistory,
    materialAmount: o.material ? parseAmount(o.material, '--material') : d.materialAmount,
    materialShare: o.materialShare ? parsePercent(o.materialShare, '--material-share') : d.materialShare,
  };
}

export async function runSavings(inputs: string[], opts: SavingsOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'savings' });
  const thresholds = thresholdsFrom(opts);
  const asOfFlag = checkDate(opts.asOf, '--as-of');
  const minSaving = parseAmount(opts.minSaving ?? '0', '--min-saving');
  const register = readRegister(opts.register, ctx.origin, ctx.config.dir, io.cwd, ctx.config, ctx.note);
  const collector = new SpillingCollector();
  const heap = holdSnugHeap();
  try {
    // the records are what savings reads; the scan's ledger sums over vendors and is not used
    const ledger = new Ledger(() => '', false, () => false);
    const reconciliation = await scanToLedger(ledger, {
      ...scanJob(ctx, opts.threads),
      canonicalVendors: 'none',
      records: collector,
      savings: { thresholds, register: register?.items ?? [] },
    });
    ctx.phase('looking for savings');
    // the same as-of date as board, variance and forecast: --to, else the end of the latest month
    const asOf = asOfFlag ?? referenceDate(ctx.scan.to, ledger.months());
    const source = collector.source();
    // vendors billed in lumps: the lines to amortize (savings itself only; the board leaves them out)
    const spread = new Set([...collector.spread].map((raw) => identifyVendor(raw).vendorKey));
    const amortize = amortizeHints(vendorLinesOf(source), spread);
    // the lines savings did not examine (uncategorized: analysis/savings/scope.ts)
    const unexamined = { lines: reconciliation.uncategorizedLines, amount: reconciliation.uncategorizedTotal };
    const report = savingsReportOf(ctx.config, inputsWhere(ctx.paths), source, { thresholds, minSaving, asOf, register, amortize, unexamined }, footerOf(reconciliation, ctx.config.currency));
    setExit(await finish(ctx, report, reconciliation));
  } finally {
    heap.release();
    collector.dispose();
  }
}

