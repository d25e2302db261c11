/**
 * `techspend report`'s report from one scan: spend by the dimensions asked (shared spend
 * allocated where functions are shown, the budget beside it), each cell's explain command, the
 * capex view; or unit economics against a driver (--per). Two views as every report: the tables
 * at the run's cents, the data exact. Pure: the run's facts come as data.
 */
import { roundFacts, withExactData } from './display-rounding.js';
import type { Fact } from '../analysis/ledger.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import type { DriverSeries } from '../analysis/unit-economics.js';
import type { BudgetLine, Config } from '../config/config.js';
import type { PeriodKind } from '../period/period.js';
import { buildSpendReport } from './build-spend.js';
import type { Dimension } from './dimensions.js';
import { buildUnitEconomicsReport } from './build-unit-economics.js';
import { moneyTalk } from './build-mix.js';
import { spendListing, spendRefs, withRefs } from './refs.js';
import { withCapexView } from './build-capex.js';
import { footerOf } from './footer.js';
import type { Report } from './model.js';
import { coverageOf, gapText } from '../period/coverage.js';

export interface SpendRun {
  config: Config;
  /** the run's exact facts */
  facts: Fact[];
  reconciliation: Reconciliation;
  by: Dimension[];
  period: PeriodKind;
  /** shared spend allocated to functions (not --no-allocate) */
  allocate: boolean;
  budget: BudgetLine[] | undefined;
  /** --per: unit economics against this driver instead */
  unit: DriverSeries | undefined;
  /** --capex: the capitalized share beside the spend */
  capex: boolean;
  /** the facts with the spend of rules that have their own capex share kept apart (ledger.capexFacts()) */
  capexFacts?: Fact[] | undefined;
  /** the start of each cell's explain command (inputs and options as given) */
  invocation: string[];
}

/** The report, and the facts at the run's cents (what --fail-on reads). */
export function composeSpendReport(run: SpendRun): { report: Report; facts: Fact[] } {
  const { config, reconciliation, by, period, allocate, budget, unit, capex, invocation } = run;
  const exact = run.facts;
  const facts = roundFacts(exact);
  if (unit !== undefined) {
    // unit economics (allocated where functions are shown) against the driver, in two views as
    // every report: the tables at the run's cents (the spend is report's to the cent), the data exact
    const months = [...new Set(facts.map((f) => f.month))].sort();
    const unitReport = (fs: typeof exact) => {
      const mixed = moneyTalk(fs, config, by, { allocate: allocate, budget: undefined });
      return buildUnitEconomicsReport(mixed.facts, config, { by: by[0]!, series: unit, months }, footerOf(reconciliation, config.currency), mixed.additions.notes);
    };
    return { report: withExactData(unitReport(facts), unitReport(exact)), facts };
  }
  // months in a gap inside the data have no column (no line is dated in them): said under the
  // table, so a reader does not take them for months of zero spend
  const gaps = coverageOf(reconciliation.dates.keys(), exact.map((f) => f.month))?.gaps ?? [];
  const gapNotes = gaps.map((g) => `No data, not zero spend: ${gapText(g)}.`);
  const build = (fs: typeof exact) => {
    const mix = moneyTalk(fs, config, by, { allocate: allocate, budget });
    return buildSpendReport(mix.facts, config, { by, period, ...mix.additions, notes: [...mix.additions.notes, ...gapNotes] }, footerOf(reconciliation, config.currency));
  };
  const shown = build(facts);
  const built = withExactData(shown, build(exact));
  // every cell: the explain command that opens it (report/refs), with the figure as the tables show it
  const withLinks = withRefs(built, spendRefs(shown, by, period, { allocate: allocate }), invocation, spendListing(shown, by, period, invocation));
  // capex: the facts with the spend of rules that have their own share kept apart, at the same cents
  return { report: capex ? withCapexView(withLinks, roundFacts(run.capexFacts ?? exact), config, period) : withLinks, facts };
}
