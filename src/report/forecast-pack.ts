/**
 * `techspend forecast`'s report from one scan: the run-rate window (complete months of data),
 * next fiscal year's outlook against the budget, the notes on the run rate and growth, or the
 * scenarios side by side. Two views as every report: the tables at the run's cents, the data
 * exact. Pure: the run's facts and the parts read from files come as data.
 */
import { amortizeSuggestion } from './accrual-text.js';
import { roundFacts, withExactData } from './display-rounding.js';
import { budgetFor, monthlyBudget } from '../analysis/budget.js';
import { computeForecast } from '../analysis/forecast.js';
import type { LumpVendor } from '../analysis/forecast-lumps.js';
import { lumpNote } from './lump-note.js';
import type { Fact } from '../analysis/ledger.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import { monthsWithData, partialLastNote, runRateMonths } from '../analysis/window.js';
import { type Coverage, monthSpanText } from '../period/coverage.js';
import { runRateNotes, toDateOf } from './run-rate-notes.js';
import { type Decimal, toExact, ZERO } from '../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../period/period.js';
import { buildForecastReport } from './build-forecast.js';
import { buildScenariosReport } from './build-scenarios.js';
import { scenarioResults } from '../analysis/scenario-results.js';
import type { Scenario } from '../config/scenario-file.js';
import type { BudgetLine, Config } from '../config/config.js';
import { labelOf } from './dimensions.js';
import { footerOf } from './footer.js';
import type { Report } from './model.js';

/** What a next-year run rate rests on, as forecast and the board both take it. */
export interface RunRateRun {
  config: Config;
  reconciliation: Reconciliation;
  /** the dates the data covers */
  coverage: Coverage | undefined;
  /** the reference date: --to, else the end of the data's latest month */
  end: string;
  /** --to, when given */
  to: string | undefined;
  /** --run-rate-months */
  runRateMonths: number;
  growth: { all: Decimal | undefined; byCategory: Map<string, Decimal> };
  budget: BudgetLine[] | undefined;
  /** vendors billed in lumps (renewals from spend, cli/forecast-lumps-input.ts): their bills added once */
  lumpVendors?: LumpVendor[] | undefined;
}

export interface ForecastRun extends RunRateRun {
  /** the run's exact facts (vendors kept: the run rate is built vendor by vendor) */
  facts: Fact[];
  /** the months with any spend */
  months: Iterable<string>;
  /** --fiscal-year (FY2027), else the year after the run rate's */
  fiscalYear: string | undefined;
  /** --scenario: the scenarios replace the plain forecast (notes: how savings named by id were linked) */
  scenarios: { scenarios: Scenario[]; source: string; notes?: string[] | undefined } | undefined;
  /** --basis given: name the lines to amortize */
  basisAsked: boolean;
}

/** The report, and the facts at the run's cents (what --fail-on reads). */
export function composeForecastReport(run: ForecastRun): { report: Report; facts: Fact[] } {
  const { config, reconciliation, coverage, end, to, runRateMonths: n, growth, budget, fiscalYear: fyFlag, scenarios: scenarioSet } = run;
  const window = runRateMonths(end, n);
  // months before the data starts (or its partial first month) or in a gap inside it are no data, not zero spend
  const { months, why } = monthsWithData(window, coverage);
  // no month of the window has data: its last stands in, said as no data (not "no spend")
  const none = months.length === 0 && coverage !== undefined;
  if (months.length === 0) months.push(window.at(-1)!);
  const fy = fyFlag ?? `FY${fiscalYearOf(months.at(-1)!, config.fiscalYearStart) + 1}`;
  const warnings: string[] = [];
  const seen = new Set(run.months);
  if (none) warnings.push(`no month with data in the run-rate window (${window.length === 1 ? window[0] : monthSpanText(window)}): ${why.join('; ')}; the run rate is zero for want of data, not spend (check --to)`);
  else if (months.length < window.length) warnings.push(`the run rate rests on ${months.length} month${months.length === 1 ? '' : 's'} only (${months.join(', ')}), not ${n}: ${why.join('; ')}`);
  const empty = none ? [] : months.filter((m) => !seen.has(m));
  if (empty.length > 0) warnings.push(`no spend at all in ${empty.join(', ')}: the run rate counts ${empty.length === 1 ? 'it' : 'them'} as zero (check --run-rate-months or --to)`);
  let budgetMap = budget ? budgetFor(monthlyBudget(budget, config.fiscalYearStart), monthsOfPeriod(fy, config.fiscalYearStart)!) : undefined;
  const growthNotes: string[] = [];
  if (budget && budgetMap?.size === 0) {
    growthNotes.push(`The budget has no line for ${fy}: no comparison.`);
    budgetMap = undefined;
  }
  if (growth.all !== undefined) growthNotes.push(`Growth ${pct(growth.all)} for every category${growth.byCategory.size > 0 ? ' not named below' : ''}.`);
  for (const [id, g] of [...growth.byCategory].sort()) growthNotes.push(`Growth for ${labelOf(id, 'category', config)}: ${pct(g)}.`);
  const trailing = runRateMonths(end, 12);
  const toDate = toDateOf(fy, months.at(-1)!, config.fiscalYearStart);
  const exact = run.facts;
  const facts = roundFacts(exact);
  const lumps = run.lumpVendors === undefined ? undefined : { vendors: run.lumpVendors, yearMonths: monthsOfPeriod(fy, config.fiscalYearStart)! };
  const { basis, bills } = computeForecast(exact, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate, lumps });
  const notes = runRateNotes(basis, coverage, to, months, config.currency, (c) => labelOf(c, 'category', config));
  const lumpText = lumps === undefined ? undefined : lumpNote(lumps.vendors, bills ?? [], fy, config.currency);
  if (lumpText !== undefined) notes.push(lumpText);
  // asked for a basis: vendors billed semi-annually, annually or once a year are the lines to amortize (quarterly lumps are as often purchases as prepayments; said only then: default output unchanged)
  if (run.basisAsked && basis !== undefined) {
    const hint = amortizeSuggestion([...basis.lumpy.filter((l) => l.cycle >= 6), ...basis.once.map((o) => ({ ...o, cycle: 12 }))].sort((a, b) => (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0)));
    if (hint !== undefined) notes.push(hint);
  }
  const partial = partialLastNote(coverage, to, months);
  if (partial) notes.unshift(partial);
  if (scenarioSet !== undefined) {
    // scenarios replace the plain forecast: the same run rate, each assumption set side by side
    const { scenarios, source } = scenarioSet;
    notes.push(...(scenarioSet.notes ?? []));
    const buildScenarios = (fs: typeof exact) => {
      const { rows, basis } = computeForecast(fs, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate, lumps });
      const { results, yearMonths } = scenarioResults(scenarios, config, fy, rows, basis);
      return buildScenariosReport(config, { fiscalYear: fy, months, yearMonths, results, source, notes }, footerOf(reconciliation, config.currency), warnings);
    };
    return { report: withExactData(buildScenarios(facts), buildScenarios(exact)), facts };
  }
  const build = (fs: typeof exact) => {
    const { rows, total } = computeForecast(fs, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap, { trailing, toDate, lumps });
    return buildForecastReport(config, { months, fiscalYear: fy, rows, total, growthNotes: [...growthNotes, ...notes], toDate, parameters: { 'run-rate-months': String(n) } }, footerOf(reconciliation, config.currency), warnings);
  };
  return { report: withExactData(build(facts), build(exact)), facts };
}

function pct(fraction: { units: bigint; scale: number }): string {
  const s = toExact({ units: fraction.units * 100n, scale: fraction.scale });
  return `${fraction.units < 0n ? '' : '+'}${s}%`;
}
