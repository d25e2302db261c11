/** `techspend forecast`, the action: loaded only when the command runs (options and help in forecast.ts). */
import { Ledger } from '../../analysis/ledger.js';
import { referenceDate } from '../../analysis/window.js';
import { coverageOf } from '../../period/coverage.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { composeForecastReport } from '../../report/forecast-pack.js';
import { loadScenarios } from '../scenario-input.js';
import { scenariosLinked } from '../../analysis/scenario-results.js';
import { pendingSavingIds } from '../../analysis/scenario-savings.js';
import { readRegister } from '../savings-register.js';
import { SpillingCollector } from '../../io/spill.js';
import { vendorDisplayKey } from '../../analysis/vendor-key.js';
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
  // landings that name a saving by id: the register's amount, or a candidate's (then the scan keeps the savings records)
  const pending = scenarioSet === undefined ? [] : pendingSavingIds(scenarioSet.scenarios);
  const register = pending.length > 0 ? readRegister(opts.register, ctx.origin, ctx.config.dir, io.cwd, ctx.config, ctx.note) : undefined;
  // the scan keeps the lines: the renewals detector finds the vendors billed in lumps (analysis/forecast-lumps.ts)
  const records = new SpillingCollector();
  const fyFlag = opts.fiscalYear?.trim().toUpperCase();
  if (fyFlag !== undefined && !/^FY\d{4}$/.test(fyFlag)) throw usageError(`--fiscal-year needs a fiscal year like FY2027, got "${opts.fiscalYear}"`);
  // the run rate is built vendor by vendor (cadence, one-offs): keep the vendors
  const ledger = new Ledger(vendorDisplayKey(ctx.config, true));
  let reconciliation;
  let linked;
  let lumpVendors;
  try {
    reconciliation = await scanToLedger(ledger, { ...scanJob(ctx, opts.threads), canonicalVendors: true, records });
    if (scenarioSet !== undefined) linked = scenariosLinked(scenarioSet.scenarios, ctx.config, register, records.source());
    lumpVendors = forecastLumps(records.source(), ledger.all());
  } finally {
    records.dispose();
  }
  const coverage = coverageOf(reconciliation.dates.keys(), ledger.months());
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
    scenarios: scenarioSet === undefined ? undefined : { scenarios: linked?.scenarios ?? scenarioSet.scenarios, source: scenarioSet.source, notes: linked?.notes ?? [] },
    basisAsked: opts.basis !== undefined,
    lumpVendors,
  });
  setExit(await finish(ctx, report, reconciliation, facts, budget?.lines));
}
