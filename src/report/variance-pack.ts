/**
 * `techspend variance`'s report from one scan: the period compared and its base, the facts
 * compared (shared spend allocated when by function), the vendors' billing history for the causes,
 * the budget and the business's volume when asked, and the warnings on missing data. Two views as
 * every report: the tables at the run's cents, the data exact. Pure: the run's facts come as data.
 */
import { roundFacts, withExactData } from './display-rounding.js';
import { allocateShared } from '../analysis/allocation.js';
import { budgetFor, monthlyBudget } from '../analysis/budget.js';
import type { ItemFact } from '../analysis/variance.js';
import { type Against, basePeriod, coverageNotes, currentPeriod, partialLastNote, periodNoData } from '../analysis/window.js';
import { buildHistories, historySpan } from '../analysis/vendor-history.js';
import type { Coverage } from '../period/coverage.js';
import type { PeriodKind } from '../period/period.js';
import { keyOf } from './dimensions.js';
import { buildVarianceReport, type VarianceDimension } from './build-variance.js';
import { type DriverSeries, driverGrowthBetween } from '../analysis/unit-economics.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import type { BudgetLine, Config } from '../config/config.js';
import type { Decimal } from '../money/decimal.js';
import { footerOf } from './footer.js';
import type { Report } from './model.js';

export interface VarianceRun {
  config: Config;
  /** the run's exact facts, by item (catalog vendors) */
  facts: ItemFact[];
  /** the exact facts of some months (the history's span) */
  factsIn(months: ReadonlySet<string>): ItemFact[];
  /** the months with any spend */
  months: Iterable<string>;
  reconciliation: Reconciliation;
  coverage: Coverage | undefined;
  /** the reference date: --to, else the end of the data's latest month */
  end: string;
  /** --to, when given */
  to: string | undefined;
  by: VarianceDimension;
  against: Against;
  period: PeriodKind;
  materiality: { threshold: Decimal; minAmount: Decimal };
  lookback: number;
  /** shared spend allocated to functions (not --no-allocate) */
  allocate: boolean;
  budget: BudgetLine[] | undefined;
  /** the budget column shown (--against budget, or --budget given) */
  budgetShown: boolean;
  /** --per's driver (or the config's per:) */
  series: DriverSeries | undefined;
}

/** The report, and every month's facts at the run's cents (what --fail-on reads). */
export function composeVarianceReport(run: VarianceRun): { report: Report; facts: ItemFact[] } {
  const { config, reconciliation, coverage, end, to, by, against, period, lookback, allocate, budget, budgetShown, series } = run;
  const { threshold, minAmount } = run.materiality;
  const current = currentPeriod(end, period, config.fiscalYearStart);
  const base = against === 'budget' ? undefined : basePeriod(current, against, period, config.fiscalYearStart);

  // every month is rounded (its cents are apportioned from the grand total, as in report), then
  // only the two periods compared are kept
  const compared = new Set([...current.months, ...(base?.months ?? [])]);
  const exact = run.facts;
  const allFacts = roundFacts(exact);
  const notes: string[] = [];
  const factsOf = (all: readonly ItemFact[]): (ItemFact & { fn?: string })[] => {
    const facts = all.filter((f) => compared.has(f.month));
    if (by !== 'function' || !allocate || config.allocations.size === 0) return facts;
    const allocated = allocateShared(facts, config);
    if (notes.length === 0) notes.push(...allocated.notes);
    return allocated.facts;
  };
  const facts = factsOf(allFacts);
  const warnings: string[] = [];
  const months = new Set(run.months);
  // a side with no data at all (before the data, in a gap inside it, after it) is flagged, not compared as $0
  const noData = { current: periodNoData(coverage, current.months), base: base === undefined ? undefined : periodNoData(coverage, base.months) };
  if (noData.current !== undefined) warnings.push(`no data for ${current.label}, the period compared: ${noData.current}`);
  else if (!current.months.some((m) => months.has(m))) warnings.push(`no spend in ${current.label}, the period compared (check --to or --period)`);
  if (base && coverage && base.months.at(-1)! < coverage.firstMonth) warnings.push(`no data for ${base.label}, the base period: the data starts on ${coverage.first}; every vendor shows as new capability`);
  else if (base && noData.base !== undefined) warnings.push(`no data for ${base.label}, the base period: ${noData.base}`);
  else if (base && !base.months.some((m) => months.has(m))) warnings.push(`no spend in ${base.label}, the base period: all current spend shows as new capability`);
  // per month, the months of a side that has some data (a side with none is said above)
  const sideMonths = (ms: readonly string[] | undefined) => (ms === undefined || periodNoData(coverage, ms) !== undefined ? [] : ms);
  warnings.push(...coverageNotes(coverage, [...sideMonths(base?.months), ...sideMonths(current.months)], 'the comparison'));
  const partial = partialLastNote(coverage, to, current.months);
  if (partial) notes.push(partial);
  // the vendors' billing history over the lookback window up to the base period and both periods
  let history;
  // by function with shared spend allocated, the facts compared are not the ledger's: no history
  const allocated = by === 'function' && allocate && config.allocations.size > 0;
  if (base !== undefined && !allocated) {
    const span = historySpan(base.months, current.months, lookback, [...months].sort().at(-1));
    const histories = buildHistories(run.factsIn(new Set(span)), (f) => keyOf(f, by, config));
    history = { histories, baseMonths: base.months, currentMonths: current.months, lookbackMonths: lookback };
  }
  const business = series && base ? { driver: series.driver, growth: driverGrowthBetween(series, base.months, current.months) } : undefined;
  const budgetMap = budget ? budgetFor(monthlyBudget(budget, config.fiscalYearStart), current.months) : undefined;
  if (against === 'budget' && budgetMap?.size === 0) warnings.push(`the budget has no line for ${current.label}: all spend is unbudgeted`);

  const compareHistory = history;
  const build = (fs: readonly (ItemFact & { fn?: string })[]) =>
    buildVarianceReport(
      fs,
      config,
      { by, against, current, base, materiality: { threshold, minAmount }, budget: budgetShown ? budgetMap : undefined, notes, parameters: { period, ...(base ? { lookback: `${lookback} months` } : {}), ...(business ? { per: business.driver } : {}) }, history: compareHistory, business, noData },
      footerOf(reconciliation, config.currency),
      warnings,
    );
  return { report: withExactData(build(facts), build(factsOf(exact))), facts: allFacts };
}
