/** `techspend forecast`, the action: loaded only when the command runs (options and help in forecast.ts). */
import { amortizeSuggestion } from '../../report/accrual-text.js';
import { roundFacts, withExactData } from '../../report/display-rounding.js';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { computeForecast } from '../../analysis/forecast.js';
import { Ledger } from '../../analysis/ledger.js';
import { partialLastNote, referenceDate, runRateMonths } from '../../analysis/window.js';
import { coverageOf, firstCompleteMonth } from '../../period/coverage.js';
import { runRateNotes, toDateOf } from '../../report/run-rate-notes.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { toExact, ZERO } from '../../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../../period/period.js';
import { buildForecastReport } from '../../report/build-forecast.js';
import { buildScenariosReport } from '../../report/build-scenarios.js';
import { loadScenarios, scenarioResults } from '../scenario-input.js';
import { labelOf } from '../../report/dimensions.js';
import { vendorDisplayKey } from '../../analysis/vendor-key.js';
import { SpillingCollector } from '../../io/spill.js';
import { forecastLumps } from '../forecast-lumps-input.js';
import { lumpNote } from '../../report/lump-note.js';
import { finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseCount, parseGrowth } from '../money-options.js';
import type { CommonOptions } from '../options.js';
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
  // the lines too: the renewals detector finds the vendors billed in lumps (forecast-lumps.ts)
  const collector = new SpillingCollector();
  try {
  const reconciliation = await scanToLedger(ledger, {
    ...scanJob(ctx, opts.threads), canonicalVendors: true, records: collector });
  const coverage = coverageOf(reconciliation.dates.keys());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
  if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to forecast from: no expense lines (in the date range)');
  const window = runRateMonths(end, n);
  // months before the data starts (or its partial first month) are no data, not zero spend
  const months = coverage === undefined ? window : window.filter((m) => m >= firstCompleteMonth(coverage));
  if (months.length === 0) months.push(window.at(-1)!);
  const fy = fyFlag ?? `FY${fiscalYearOf(months.at(-1)!, ctx.config.fiscalYearStart) + 1}`;
  const warnings: string[] = [];
  const seen = new Set(ledger.months());
  if (months.length < window.length) warnings.push(`the run rate rests on ${months.length} month${months.length === 1 ? '' : 's'} only (${months.join(', ')}), not ${n}: the data starts on ${coverage!.first}`);
  const empty = months.filter((m) => !seen.has(m));
  if (empty.length > 0) warnings.push(`no spend at all in ${empty.join(', ')}: the run rate counts ${empty.length === 1 ? 'it' : 'them'} as zero (check --run-rate-months or --to)`);
  let budgetMap = budget ? budgetFor(monthlyBudget(budget.lines, ctx.config.fiscalYearStart), monthsOfPeriod(fy, ctx.config.fiscalYearStart)!) : undefined;
  const growthNotes: string[] = [];
  if (budget && budgetMap?.size === 0) {
    growthNotes.push(`The budget has no line for ${fy}: no comparison.`);
    budgetMap = undefined;
  }
  if (growth.all !== undefined) growthNotes.push(`Growth ${pct(growth.all)} for every category${growth.byCategory.size > 0 ? ' not named below' : ''}.`);
  for (const [id, g] of [...growth.byCategory].sort()) growthNotes.push(`Growth for ${labelOf(id, 'category', ctx.config)}: ${pct(g)}.`);
  const trailing = runRateMonths(end, 12);
  const toDate = toDateOf(fy, months.at(-1)!, ctx.config.fiscalYearStart);
  const exact = ledger.all();
  const facts = roundFacts(exact);
  const lumps = { vendors: forecastLumps(collector.source(), exact), yearMonths: monthsOfPeriod(fy, ctx.config.fiscalYearStart)! };
  const { basis, bills } = computeForecast(exact, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate, lumps });
  const notes = runRateNotes(basis, coverage, ctx.scan.to, months, ctx.config.currency, (c) => labelOf(c, 'category', ctx.config));
  const lumpText = lumpNote(lumps.vendors, bills ?? [], fy, ctx.config.currency);
  if (lumpText !== undefined) notes.push(lumpText);
  // asked for a basis: vendors billed semi-annually, annually or once a year are the lines to amortize (quarterly lumps are as often purchases as prepayments; said only then: default output unchanged)
  if (opts.basis !== undefined && basis !== undefined) {
    const hint = amortizeSuggestion([...basis.lumpy.filter((l) => l.cycle >= 6), ...basis.once.map((o) => ({ ...o, cycle: 12 }))].sort((a, b) => (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0)));
    if (hint !== undefined) notes.push(hint);
  }
  const partial = partialLastNote(coverage, ctx.scan.to, months);
  if (partial) notes.unshift(partial);
  if (scenarioSet !== undefined) {
    // scenarios replace the plain forecast: the same run rate, each assumption set side by side
    const { scenarios, source } = scenarioSet;
    const buildScenarios = (fs: typeof exact) => {
      const { rows, basis } = computeForecast(fs, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate });
      const { results, yearMonths } = scenarioResults(scenarios, ctx.config, fy, rows, basis);
      return buildScenariosReport(ctx.config, { fiscalYear: fy, months, yearMonths, results, source, notes }, footerOf(reconciliation, ctx.config.currency), warnings);
    };
    const scenarioReport = withExactData(buildScenarios(facts), buildScenarios(exact));
    setExit(await finish(ctx, scenarioReport, reconciliation, facts, budget?.lines));
    return;
  }
  const build = (fs: typeof exact) => {
    const { rows, total } = computeForecast(fs, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate, lumps });
    return buildForecastReport(ctx.config, { months, fiscalYear: fy, rows, total, growthNotes: [...growthNotes, ...notes], toDate, parameters: { 'run-rate-months': String(n) } }, footerOf(reconciliation, ctx.config.currency), warnings);
  };
  const report = withExactData(build(facts), build(exact));
  setExit(await finish(ctx, report, reconciliation, facts, budget?.lines));
  } finally {
    collector.dispose();
  }
}

function pct(fraction: { units: bigint; scale: number }): string {
  const s = toExact({ units: fraction.units * 100n, scale: fraction.scale });
  return `${fraction.units < 0n ? '' : '+'}${s}%`;
}
