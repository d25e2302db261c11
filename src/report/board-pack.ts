/**
 * The board pack composed from one scan: the month on month variance with its causes, next fiscal
 * year's run-rate forecast (and the config's scenarios on it), unit economics, the savings and
 * renewals parts, coverage, and each headline figure's explain command. Pure: the run's facts,
 * reconciliation and the parts read from files (budget, savings, renewals) come as data.
 */
import { budgetFor, monthlyBudget } from '../analysis/budget.js';
import { computeForecast } from '../analysis/forecast.js';
import { lumpNote } from './lump-note.js';
import { basePeriod, coverageNotes, currentPeriod, monthsWithData, partialLastNote, periodNoData, runRateMonths } from '../analysis/window.js';
import { DEFAULT_LOOKBACK, type ItemFact } from '../analysis/variance.js';
import type { Scenario } from '../config/scenario-file.js';
import type { Fact } from '../analysis/ledger.js';
import { buildHistories } from '../analysis/vendor-history.js';
import { monthSpanText } from '../period/coverage.js';
import { addMonths, fiscalYearOf, monthsOfPeriod } from '../period/period.js';
import { runRateNotes } from './run-rate-notes.js';
import { labelOf } from './dimensions.js';
import { add, type Decimal, sub, ZERO } from '../money/decimal.js';
import { buildBoardReport } from './build-board.js';
import { boardUnitEconomics } from './build-unit-economics.js';
import { driverSeries } from '../analysis/unit-economics.js';
import { allocateShared } from '../analysis/allocation.js';
import { driverNameMatches } from '../config/driver-table.js';
import { boardRefInput, boardRefs, type BoardRefInput, withRefs } from './refs.js';
import { revenueGeneratingShare } from '../analysis/share.js';
import { buildForecastReport } from './build-forecast.js';
import { scenarioTables } from './build-scenarios.js';
import type { Report, Table } from './model.js';
import { scenarioResults } from '../analysis/scenario-results.js';
import { buildVarianceReport } from './build-variance.js';
import { buildRenewalsReport } from './build-renewals.js';
import type { RenewalCalendar } from '../analysis/renewals/schedule.js';
import { footerOf } from './footer.js';
import type { RunRateRun } from './forecast-pack.js';

export interface BoardRun extends RunRateRun {
  /** the run's facts at the pack's cents (rounded once per run) */
  facts: ItemFact[];
  materiality: { threshold: Decimal; minAmount: Decimal };
  /** "what can be trimmed": the savings report as of `end`, and the amount committed */
  savings: { report: Report; committed: Decimal };
  /** renewals as of `end`, from the same records */
  renewals: RenewalCalendar;
  /** the rules that won at least one line */
  rulesWon: ReadonlySet<string>;
  /** the options the explain commands of the figures repeat */
  refOptions: BoardRefInput['options'];
  /** the start of the explain command (inputs and options as given) */
  invocation: readonly string[];
  /** the config's scenarios with the savings they name by id linked (absent: as written), and how */
  scenarios?: { scenarios: Scenario[]; notes: string[] } | undefined;
  /** the facts with rules' own capex shares kept apart (Ledger.capexFacts), at the pack's cents */
  capexFacts?: Fact[] | undefined;
}

export function composeBoardReport(run: BoardRun): Report {
  const { config, facts, reconciliation, coverage, end, to, runRateMonths: n, growth, savings, renewals, rulesWon, refOptions, invocation, budget } = run;
  const { threshold, minAmount } = run.materiality;
  const fys = config.fiscalYearStart;
  const current = currentPeriod(end, 'month', fys);
  const previous = basePeriod(current, 'previous', 'month', fys);
  const monthly = budget ? monthlyBudget(budget, fys) : undefined;
  const lookbackFrom = addMonths(previous.months.at(-1)!, 1 - DEFAULT_LOOKBACK);
  const history = {
    histories: buildHistories(facts.filter((f) => f.month >= lookbackFrom), (f) => f.category),
    baseMonths: previous.months,
    currentMonths: current.months,
    lookbackMonths: DEFAULT_LOOKBACK,
  };
  // a month with no data at all is said in the headline, not compared as $0
  const noData = { current: periodNoData(coverage, current.months), base: periodNoData(coverage, previous.months) };
  const variance = buildVarianceReport(facts, config, { by: 'category', against: 'previous', current, base: previous, materiality: { threshold, minAmount }, budget: undefined, history, noData }, undefined);

  const window = runRateMonths(end, n);
  // months before the data starts or in a gap inside it are no data, not zero spend
  const { months, why } = monthsWithData(window, coverage);
  // no month of the window has data: its last stands in, said as no data
  const none = months.length === 0 && coverage !== undefined;
  if (months.length === 0) months.push(window.at(-1)!);
  const nextFy = `FY${fiscalYearOf(months.at(-1)!, fys) + 1}`;
  const nextBudgetMap = monthly ? budgetFor(monthly, monthsOfPeriod(nextFy, fys)!) : undefined;
  const hasNextBudget = nextBudgetMap !== undefined && nextBudgetMap.size > 0;
  const lumps = run.lumpVendors === undefined ? undefined : { vendors: run.lumpVendors, yearMonths: monthsOfPeriod(nextFy, fys)! };
  const forecast = computeForecast(facts, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, hasNextBudget ? nextBudgetMap : undefined, { trailing: runRateMonths(end, 12), lumps });
  const rateNotes = runRateNotes(forecast.basis, coverage, to, months, config.currency, (c) => labelOf(c, 'category', config));
  const lumpText = lumps === undefined ? undefined : lumpNote(lumps.vendors, forecast.bills ?? [], nextFy, config.currency);
  if (lumpText !== undefined) rateNotes.push(lumpText);
  if (none) rateNotes.unshift(`No month with data in the run-rate window (${window.length === 1 ? window[0] : monthSpanText(window)}): ${why.join('; ')}; the run rate is zero for want of data, not spend.`);
  else if (months.length < window.length) rateNotes.unshift(`The run rate rests on ${months.length} month${months.length === 1 ? '' : 's'} only (${months.join(', ')}), not ${n}: ${why.join('; ')}.`);
  const forecastReport = buildForecastReport(config, { months, fiscalYear: nextFy, rows: forecast.rows, total: forecast.total, growthNotes: rateNotes }, undefined);
  const periodNotes = [partialLastNote(coverage, to, current.months), ...coverageNotes(coverage, [...previous.months, ...current.months].filter((m) => periodNoData(coverage, [m]) === undefined), 'the month-on-month comparison')].filter((x): x is string => x !== undefined);
  const nextBudget = hasNextBudget ? [...nextBudgetMap!.values()].reduce((a, b) => add(a, b), ZERO as Decimal) : undefined;

  // "Scenarios": the config's next-year scenarios on the forecast's run rate
  let scenarioSections: Table[] | undefined;
  if (config.scenarios !== undefined) {
    // landings that name a saving by id take the register's or the candidate's amount (linked by the command)
    const linked = run.scenarios ?? { scenarios: config.scenarios, notes: [] };
    // scenarios rest on the forecast's run rate and annual bills, as `forecast --scenario` builds them
    const { results, yearMonths } = scenarioResults(linked.scenarios, config, nextFy, forecast.rows, forecast.basis);
    scenarioSections = scenarioTables(config, { fiscalYear: nextFy, months, yearMonths, results, source: config.path, notes: linked.notes });
  }
  // unit economics: every configured driver, the config's per: (else revenue) leading
  const driverNames = [...new Set(config.drivers.map((d) => d.driver))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  function rank(d: string): number {
    return config.per !== undefined && driverNameMatches(config.per, d) ? 0 : d === 'revenue' ? 1 : 2;
  }
  const series = driverNames.map((d) => driverSeries(config.drivers, d)!);
  // the pack's cents (rounded once per run), so its spend is the board's other tables' to the cent
  const shownFacts = series.length > 0 ? facts : [];
  const unitFacts = series.length > 0 && config.allocations.size > 0 ? allocateShared(shownFacts, config).facts : shownFacts;
  const unitEconomics = boardUnitEconomics(shownFacts, unitFacts, config, series, current.months.at(-1)!);
  const built = buildBoardReport({
    facts,
    // the capex section: rules' own shares need their spend kept apart (the same cents)
    ...(run.capexFacts !== undefined ? { capexFacts: run.capexFacts } : {}),
    config,
    end,
    current,
    previous,
    budget: monthly,
    variance,
    forecast: { fiscalYear: nextFy, months, rows: forecast.rows, total: forecast.total, report: forecastReport, nextBudget, basis: forecast.basis },
    dataCoverage: coverage,
    periodNotes,
    savings,
    renewals: buildRenewalsReport(config, renewals, undefined),
    coverage: {
      rules: config.rules.length,
      // technology lines only: excluded lines are in no board figure
      lines: reconciliation.rowsUsed - reconciliation.excludedLines,
      linesCategorized: reconciliation.rowsUsed - reconciliation.excludedLines - reconciliation.uncategorizedLines,
      spend: reconciliation.reportTotal,
      spendCategorized: sub(reconciliation.reportTotal, reconciliation.uncategorizedTotal),
      neverWin: config.rules.filter((r) => !rulesWon.has(r.id)).map((r) => r.id),
    },
    unitEconomics,
    footer: footerOf(reconciliation, config.currency),
    warnings: [],
    scenarios: scenarioSections,
  });
  // each headline figure and function figure: the explain command that opens it (report/refs);
  // the refs carry --to (the board's reference date), so the user's --to is not repeated
  const fytdMonths = new Set(monthsOfPeriod(built.parameters['fiscal year']!, fys)!.filter((m) => m <= current.months.at(-1)!));
  const revenue = revenueGeneratingShare(facts.filter((f) => fytdMonths.has(f.month)), config);
  const refInput = boardRefInput(built, variance, { config, end, previousMonth: previous.months.at(-1)!, revenue: revenue.categories.length > 0 ? revenue.revenue : undefined, runRateMonths: n, options: refOptions });
  return withRefs(built, boardRefs(refInput), invocation);
}
