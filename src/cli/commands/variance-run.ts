/** `techspend variance`, the action: loaded only when the command runs (options and help in variance.ts). */
import { roundFacts, withExactData } from '../../report/display-rounding.js';
import { allocateShared } from '../../analysis/allocation.js';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import type { ItemFact } from '../../analysis/variance.js';
import { type Against, basePeriod, coverageNotes, currentPeriod, partialLastNote, referenceDate } from '../../analysis/window.js';
import { DEFAULT_LOOKBACK } from '../../analysis/variance.js';
import { buildHistories, historySpan } from '../../analysis/vendor-history.js';
import { coverageOf } from '../../period/coverage.js';
import { keyOf } from '../../report/dimensions.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/workers/parallel.js';
import { buildVarianceReport, type VarianceDimension } from '../../report/build-variance.js';
import { vendorSpellingKey, vendorDisplayKey } from '../../analysis/vendor-key.js';
import { finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseAmount, parseCount, parsePercent } from '../money-options.js';
import type { CommonOptions } from '../options.js';
import { parsePeriod } from './report-run.js';
import { loadDrivers, perDriver } from '../driver-options.js';
import { driverGrowthBetween } from '../../analysis/unit-economics.js';
import type { VarianceOptions } from './variance.js';

const AGAINST: readonly Against[] = ['previous', 'last-year', 'budget'];
const BY: readonly VarianceDimension[] = ['category', 'function', 'pool', 'vendor'];

export async function runVariance(inputs: string[], opts: VarianceOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'variance', spendFigures: true });
  const against = (opts.against ?? 'previous') as Against;
  if (!AGAINST.includes(against)) throw usageError(`unknown --against "${opts.against}"`, `use ${AGAINST.join(', ')}`);
  const by = (opts.by ?? 'category') as VarianceDimension;
  if (!BY.includes(by)) throw usageError(`unknown --by "${opts.by}"`, `use ${BY.join(', ')}`);
  const period = parsePeriod(opts.period, 'month');
  const threshold = parsePercent(opts.threshold ?? '10%', '--threshold');
  const minAmount = parseAmount(opts.minAmount ?? '1000', '--min-amount');
  const lookback = parseCount(opts.lookback ?? String(DEFAULT_LOOKBACK), '--lookback');
  const budget = loadBudget(opts.budget, io.cwd, ctx.config);
  if (against === 'budget' && budget === undefined) throw usageError('--against budget needs a budget', 'give --budget budget.csv (category,period,amount) or a budget in the config');
  const budgetShown = against === 'budget' || budget?.fromFlag === true;
  if (budgetShown && by !== 'category') throw usageError(`a budget is per category: use --by category with ${against === 'budget' ? '--against budget' : '--budget'}`);

  const ledger = new ItemLedger(vendorDisplayKey(ctx.config, true), vendorSpellingKey(true));
  const reconciliation = await scanToLedger(ledger, {
    ...scanJob(ctx, opts.threads), canonicalVendors: true, itemized: true });
  const coverage = coverageOf(reconciliation.dates.keys());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
  if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to compare: no expense lines (in the date range)');
  const current = currentPeriod(end, period, ctx.config.fiscalYearStart);
  const base = against === 'budget' ? undefined : basePeriod(current, against, period, ctx.config.fiscalYearStart);

  // every month is rounded (its cents are apportioned from the grand total, as in report), then
  // only the two periods compared are kept
  const compared = new Set([...current.months, ...(base?.months ?? [])]);
  const exact = ledger.all();
  const allFacts = roundFacts(exact);
  const notes: string[] = [];
  const factsOf = (all: readonly ItemFact[]): (ItemFact & { fn?: string })[] => {
    const facts = all.filter((f) => compared.has(f.month));
    if (by !== 'function' || opts.allocate === false || ctx.config.allocations.size === 0) return facts;
    const allocated = allocateShared(facts, ctx.config);
    if (notes.length === 0) notes.push(...allocated.notes);
    return allocated.facts;
  };
  const facts = factsOf(allFacts);
  const warnings: string[] = [];
  const months = new Set(ledger.months());
  if (!current.months.some((m) => months.has(m))) warnings.push(`no spend in ${current.label}, the period compared (check --to or --period)`);
  if (base && coverage && base.months.at(-1)! < coverage.firstMonth) warnings.push(`no data for ${base.label}, the base period: the data starts on ${coverage.first}; every vendor shows as new capability`);
  else if (base && !base.months.some((m) => months.has(m))) warnings.push(`no spend in ${base.label}, the base period: all current spend shows as new capability`);
  warnings.push(...coverageNotes(coverage, [...(base?.months ?? []), ...current.months], 'the comparison'));
  const partial = partialLastNote(coverage, ctx.scan.to, current.months);
  if (partial) notes.push(partial);
  // the vendors' billing history over the lookback window up to the base period and both periods
  let history;
  // by function with shared spend allocated, the facts compared are not the ledger's: no history
  const allocated = by === 'function' && opts.allocate !== false && ctx.config.allocations.size > 0;
  if (base !== undefined && !allocated) {
    const span = historySpan(base.months, current.months, lookback, [...months].sort().at(-1));
    const histories = buildHistories(ledger.all(new Set(span)), (f) => keyOf(f, by, ctx.config));
    history = { histories, baseMonths: base.months, currentMonths: current.months, lookbackMonths: lookback };
  }
  // volume of the business: only when a driver is asked for (--per, or per: in the config)
  const per = opts.per ?? (against === 'budget' ? undefined : ctx.config.per);
  if (opts.drivers !== undefined && per === undefined) throw usageError('--drivers needs --per <driver>', 'e.g. --per revenue');
  if (per !== undefined && against === 'budget') throw usageError('--per splits a change between two periods: use --against previous or last-year');
  const series = per === undefined ? undefined : perDriver(per, loadDrivers(opts.drivers, io.cwd, ctx.config));
  const business = series && base ? { driver: series.driver, growth: driverGrowthBetween(series, base.months, current.months) } : undefined;
  const budgetMap = budget ? budgetFor(monthlyBudget(budget.lines, ctx.config.fiscalYearStart), current.months) : undefined;
  if (against === 'budget' && budgetMap?.size === 0) warnings.push(`the budget has no line for ${current.label}: all spend is unbudgeted`);

  const compareHistory = history;
  const build = (fs: readonly (ItemFact & { fn?: string })[]) =>
    buildVarianceReport(
      fs,
      ctx.config,
      { by, against, current, base, materiality: { threshold, minAmount }, budget: budgetShown ? budgetMap : undefined, notes, parameters: { period, ...(base ? { lookback: `${lookback} months` } : {}), ...(business ? { per: business.driver } : {}) }, history: compareHistory, business },
      footerOf(reconciliation, ctx.config.currency),
      warnings,
    );
  const report = withExactData(build(facts), build(factsOf(exact)));
  // --fail-on reads every month (budget overruns in any period)
  setExit(await finish(ctx, report, reconciliation, ctx.failOn.length > 0 ? allFacts : undefined, budget?.lines));
}
