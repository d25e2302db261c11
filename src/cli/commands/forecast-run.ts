/** `techspend forecast`, the action: loaded only when the command runs (options and help in forecast.ts). */
import { Ledger } from '../../analysis/ledger.js';
import { referenceDate } from '../../analysis/window.js';
import { coverageOf } from '../../period/coverage.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { composeForecastReport } from '../../report/forecast-pack.js';
import { loadScenarios } from '../scenario-input.js';
import { vendorDisplayKey } from '../../analysis/vendor-key.js';
import { SpillingCollector } from '../../io/spill.js';
import { forecastLumps } from '../forecast-lumps-input.js';
import { finish, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseCount, parseGrowth } from '../money-options.js';
import type { ForecastOptions } from './forecast.js';

export async function runForecast(inputs: string[], opts: ForecastOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'forecast', spendFigures: true });
  const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
  const growth = parseGrowth(opts.growth ?? [], ctx.config);
  const budget = loadBudget(opts.budget, io.cwd, ctx.config);
  // read before the scan: a bad scenario file fails fast
  const scenarioSet = opts.scenario !== undefined ? loadScenarios(opts.scenario, io.cwd, ctx.config) : undefined;
  const fyFlag = opts.fiscalYear?.trim().toUpperCase();
  if (fyFlag !== undefined && !/^FY\d{4}$/.test(fyFlag)) throw usageError(`--fiscal-year needs a fiscal year like FY2027, got "${opts.fiscalYear}"`);
  // the run rate is built vendor by vendor (cadence, one-offs): keep the vendors
  const ledger = new Ledger(vendorDisplayKey(ctx.config, true));
  // the lines too: the renewals detector finds the vendors billed in lumps (analysis/forecast-lumps.ts)
  const collector = new SpillingCollector();
  try {
  const reconciliation = await scanToLedger(ledger, {
    ...scanJob(ctx, opts.threads), canonicalVendors: true, records: collector });
  const coverage = coverageOf(reconciliation.dates.keys());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
  if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to forecast from: no expense lines (in the date range)');
  const { report, facts } = composeForecastReport({
    config: ctx.config,
    facts: ledger.all(),
    months: ledger.months(),
    reconciliation,
    coverage,
    end,
    to: ctx.scan.to,
    runRateMonths: n,
    growth,
    budget: budget?.lines,
    fiscalYear: fyFlag,
    scenarios: scenarioSet,
    basisAsked: opts.basis !== undefined,
    lumpVendors: forecastLumps(collector.source(), ledger.all()),
  });
  setExit(await finish(ctx, report, reconciliation, facts, budget?.lines));
  } finally {
    collector.dispose();
  }
}
