/**
 * `board`: the CFO-ready pack in one document — headline, where the money went, what moved and
 * why, budget vs actual, what can be trimmed, next fiscal year, run/grow/transform, and an
 * appendix that reconciles every figure. It composes the other reports' tables; it computes
 * nothing they do not.
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { allocateShared } from '../analysis/allocation.js';
import { budgetFor, type MonthlyBudget } from '../analysis/budget.js';
import type { ForecastRow, RunRateBasis } from '../analysis/forecast.js';
import { type Coverage, gapMonths, gapOf, gapText, hasData, monthSpanText, noDataText } from '../period/coverage.js';
import type { PeriodWindow } from '../analysis/window.js';
import { add, compare, type Decimal, divide, groupDigits, isZero, neg, sub, times, ZERO } from '../money/decimal.js';
import { dayNumber, fiscalYearOf, lastDayOfMonth, addMonths, fiscalYearFirstMonth } from '../period/period.js';
import { type Chart, type Column, money, type Report, type ReportFooter, type Row, share, type Table, text } from './model.js';
import { budgetTable, functionShareTable, investmentTable, revenueSentence } from './build-mix.js';
import { absMoney, plainPct, signedMoney, signedPct } from './sentences.js';
import { labelOf } from './dimensions.js';
import { positivePie } from './pie.js';
import { anyCapitalized } from '../analysis/capex.js';
import { boardCapexTable } from './build-capex.js';

export interface RuleCoverage {
  rules: number;
  linesCategorized: number;
  lines: number;
  spendCategorized: Decimal;
  spend: Decimal;
  neverWin: string[];
}

export interface BoardInput {
  facts: readonly Fact[];
  config: Config;
  /** the reference date: the last day of the latest complete month (or --to) */
  end: string;
  current: PeriodWindow;
  previous: PeriodWindow;
  budget: MonthlyBudget | undefined;
  /** the variance report of the current month against the previous one */
  variance: Report;
  /** run-rate months and the forecast rows for the next fiscal year */
  forecast: { fiscalYear: string; months: string[]; rows: ForecastRow[]; total: ForecastRow; report: Report; nextBudget: Decimal | undefined; basis?: RunRateBasis | undefined };
  /** what the data covers (first and last dates, partial months) */
  dataCoverage?: Coverage | undefined;
  /** notes on partial periods the figures rest on */
  periodNotes?: string[] | undefined;
  /** the savings report (candidates, register, redeployment), when computed */
  savings?: { report: Report; committed: Decimal } | undefined;
  /** the renewals report (renewals before they bite), when computed */
  renewals?: Report | undefined;
  coverage: RuleCoverage;
  /** unit economics against the configured drivers (report/build-unit-economics), when any */
  unitEconomics?: Table | undefined;
  footer: ReportFooter;
  warnings: string[];
  /** "Scenarios": next year's configured scenarios side by side, with their bridges (report/build-scenarios) */
  scenarios?: Table[] | undefined;
  /** the facts with rules' own capex shares kept apart (Ledger.capexFacts), for the capex section; absent: `facts` */
  capexFacts?: readonly Fact[] | undefined;
}

const sumOf = (facts: readonly Fact[], pred: (f: Fact) => boolean): Decimal => {
  let t: Decimal = ZERO;
  for (const f of facts) if (pred(f)) t = add(t, f.amount);
  return t;
};

const absOf = (d: Decimal): Decimal => (d.units < 0n ? neg(d) : d);

function monthName(month: string): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export function buildBoardReport(input: BoardInput): Report {
  const { facts, config, end, current, previous, footer } = input;
  const cur = config.currency;
  const month = current.months[current.months.length - 1]!;
  const fy = fiscalYearOf(month, config.fiscalYearStart);
  const fyFirst = fiscalYearFirstMonth(fy, config.fiscalYearStart);
  const fyMonths = Array.from({ length: 12 }, (_, i) => addMonths(fyFirst, i));
  // "to date" starts where the data starts: months before it are no data, not zero spend; so are
  // the months of a gap inside the data (left out of the budget to date too, and named)
  const dataCov = input.dataCoverage;
  const dataFirst = dataCov?.firstMonth;
  const inGap = (m: string) => dataCov !== undefined && gapOf(dataCov, m) !== undefined;
  const fytdMonths = fyMonths.filter((m) => m <= month && (dataFirst === undefined || m >= dataFirst) && !inGap(m));
  const fytdGaps = dataCov === undefined ? [] : dataCov.gaps.filter((g) => fyMonths.some((m) => m <= month && m >= g.from && m <= g.to));
  // each gap named as far as it lies in the year to date (a gap from the year before starts at its first month)
  const fytdGapText = fytdGaps.length === 0 ? '' : `; no data for ${fytdGaps.map((g) => gapMonths({ ...g, from: g.from < fyFirst ? fyFirst : g.from, to: g.to > month ? month : g.to })).join(', ')}`;
  if (fytdMonths.length === 0) fytdMonths.push(month);
  const fytdFrom = input.dataCoverage !== undefined && input.dataCoverage.firstMonth === fytdMonths[0] && input.dataCoverage.firstPartial ? dayName(input.dataCoverage.first) : monthName(fytdMonths[0]!);
  const inSet = (ms: readonly string[]) => {
    const s = new Set(ms);
    return (f: Fact) => s.has(f.month);
  };
  const monthTotal = sumOf(facts, inSet(current.months));
  const previousTotal = sumOf(facts, inSet(previous.months));
  const fytdFacts = facts.filter(inSet(fytdMonths));
  const fytd = sumOf(fytdFacts, () => true);
  const fyEnd = lastDayOfMonth(fyMonths[11]!);
  const daysLeft = dayNumber(fyEnd) - dayNumber(end);

  // headline
  const summary: string[] = [];
  const change = sub(monthTotal, previousTotal);
  // the latest complete month before the data starts (an export of part of one month) has no spend
  // to report: "$0, flat" would read as a fact
  const beforeData = dataFirst !== undefined && month < dataFirst;
  // a month with no line (in a gap inside the data, or after it with --to) is no data either; and a
  // previous month with none is no base: said, not compared as $0
  const monthNoData = dataCov === undefined ? undefined : noDataText(dataCov, month);
  const previousMonth = previous.months[previous.months.length - 1]!;
  const previousNoData = dataCov === undefined ? undefined : noDataText(dataCov, previousMonth);
  if (beforeData)
    summary.push(`No complete month to report: the data starts on ${input.dataCoverage!.first}, after ${monthName(month)}, and its first month is partial. The figures below are zero for want of data, not spend; give an export that covers at least one whole month.`);
  else if (monthNoData !== undefined) {
    const g = gapOf(dataCov!, month);
    const latest = g !== undefined ? addMonths(g.from, -1) : dataCov!.lastMonth;
    summary.push(`No data for ${monthName(month)}: ${monthNoData}. The figures below are zero for want of data, not spend; the latest month with data before it is ${monthName(latest)}.`);
  } else if (previousNoData !== undefined)
    summary.push(`${spendPhrase(`Technology spend in ${monthName(month)}`, monthTotal, cur)}; no data for ${monthName(previousMonth)} to compare with: ${previousNoData}.`);
  else summary.push(`${spendPhrase(`Technology spend in ${monthName(month)}`, monthTotal, cur)}, ${changePhrase(change, previousTotal, cur)} on ${monthName(previous.months[previous.months.length - 1]!)}.`);
  summary.push(...(input.periodNotes ?? []));
  let budgetToDate: Decimal | undefined;
  let budgetYear: Decimal | undefined;
  if (input.budget) {
    budgetToDate = [...budgetFor(input.budget, fytdMonths).values()].reduce((a, b) => add(a, b), ZERO as Decimal);
    budgetYear = [...budgetFor(input.budget, fyMonths).values()].reduce((a, b) => add(a, b), ZERO as Decimal);
  }
  if (budgetToDate && !isZero(budgetToDate)) {
    const over = sub(fytd, budgetToDate);
    summary.push(
      `FY${fy} to date (${fytdFrom} to ${monthName(month)}${fytdGapText}): ${signedAmount(fytd, cur)} against a budget of ${absMoney(budgetToDate, cur)} to date, ${over.units > 0n ? `${absMoney(over, cur)} over` : `${absMoney(neg(over), cur)} under`} (${plainPct(divide(fytd, budgetYear!, 6))} of the full-year budget used, ${daysLeft} days left in the fiscal year).`,
    );
  } else if (!beforeData) {
    summary.push(`FY${fy} to date (${fytdFrom} to ${monthName(month)}${fytdGapText}): ${signedAmount(fytd, cur)}; ${daysLeft} days left in the fiscal year.`);
  }
  const revenue = revenueSentence(fytdFacts, config);
  if (revenue) summary.push(revenue);
  const movers = input.variance.summary.filter((s) => /rose|fell|new|stopped|discontinued/i.test(s)).slice(0, 3);
  summary.push(...movers);
  const bridge = bridgeOf(input);
  if (input.footer && input.footer.excludedLines > 0) {
    summary.push(
      `Out of scope: ${absMoney(input.footer.excludedTotal, cur)} on ${groupDigits(input.footer.excludedLines)} lines is not technology spend (excluded categories and rules${config.unmatched === 'excluded' ? ', and lines no rule matches' : ''}); it is in no figure here, only in the reconciliation.`,
    );
  }
  summary.push(
    `Next fiscal year (${input.forecast.fiscalYear}) on today's run rate: ${absMoney(bridge.outlook, cur)}${input.forecast.nextBudget ? ` against a budget of ${absMoney(input.forecast.nextBudget, cur)}` : ''}.`,
  );

  const sections: Table[] = [];
  // where the money went
  const allocated = config.allocations.size > 0 ? allocateShared(fytdFacts, config) : undefined;
  const byFunction = functionShareTable(allocated?.facts ?? fytdFacts, config, allocated?.notes ?? []);
  sections.push({ ...byFunction, id: 'functions', title: `Where the money went: business functions, FY${fy} to date` });
  sections.push(categoryTable(fytdFacts, config, `Where the money went: categories, FY${fy} to date`));
  sections.push(crosswalk(fytdFacts, config, `The finance view: cost pools by category, FY${fy} to date`));
  if (anyCapitalized(config)) sections.push(boardCapexTable(input.capexFacts ?? facts, config, fytdMonths, `Opex and capex, FY${fy} to date`, month));
  sections.push(trend(facts, month, cur, input.dataCoverage));

  // what moved and why
  const varianceData = input.variance.data;
  sections.push({
    id: 'movers',
    title: `What moved and why: ${monthName(month)} against ${monthName(previous.months[previous.months.length - 1]!)}`,
    columns: varianceData.columns.filter((c) => ['category', 'base', 'current', 'change', 'change_pct', 'expansion', 'new_capability', 'discontinued', 'price', 'volume'].includes(c.key)).map((c) => (c.key === 'category' ? text('category', 'Category') : c)),
    // the largest moves first
    rows: varianceData.rows
      .filter((r) => !isZero((r.change as Decimal | undefined) ?? ZERO))
      .map((r): Row => ({ ...r, category: labelOf(String(r.category), 'category', config) }))
      .sort((a, b) => compare(absOf(b.change as Decimal), absOf(a.change as Decimal)) || String(a.category).localeCompare(String(b.category))),
    notes: input.variance.summary.length > 0 ? input.variance.summary : ['No material movers.'],
  });

  // budget vs actual
  if (input.budget) {
    const table = budgetTable(facts, config, input.budget, month);
    if (table) sections.push({ ...table, id: 'budget', title: `Budget vs actual, FY${fy} to date` });
  }

  // what can be trimmed
  // the candidates (with the savings summary), the register and where the money goes; the
  // per-line evidence and YAML snippets stay in `techspend savings`
  if (input.savings) {
    const s = input.savings.report;
    const keep = ['candidates', 'register', 'redeployment'];
    s.sections
      .filter((t) => keep.includes(t.id))
      .map((t) => (t.id === 'candidates' ? topCandidates(t, cur) : t))
      .forEach((t, i) =>
        sections.push({
          ...t,
          id: `savings-${t.id}`,
          title: `What can be trimmed: ${t.title ? t.title.charAt(0).toLowerCase() + t.title.slice(1) : t.id}`,
          notes: [
            ...(i === 0 ? s.summary.map((line) => line.replace(/a ready-to-paste YAML line for each is below\./, '`techspend savings` prints a ready-to-paste register line for each.')) : []),
            ...(t.notes ?? []),
            ...(i === 0 ? ['Evidence lines (file:line) and how each estimate was computed: `techspend savings`.'] : []),
          ],
        }),
      );
  }

  // renewals: what is due, without the evidence columns (in `techspend renewals`)
  const renewals = input.renewals?.sections[0];
  if (renewals) {
    const keep = new Set(['date', 'vendor', 'cycle', 'amount', 'confidence', 'notice', 'days', 'price']);
    sections.push({
      ...renewals,
      id: 'renewals',
      title: renewals.title ?? 'Renewals',
      columns: renewals.columns.filter((c) => keep.has(c.key)),
      notes: [...input.renewals!.summary, 'Evidence lines, the other recurring charges and how each renewal was recognised: `techspend renewals`.'],
    });
  }

  // next fiscal year
  sections.push(bridge.table);
  const forecastTable = input.forecast.report.sections[0];
  if (forecastTable) sections.push({ ...forecastTable, id: 'forecast', title: `Next fiscal year by category (${input.forecast.fiscalYear})` });
  if (input.scenarios) sections.push(...input.scenarios);

  // run / grow / transform
  const investment = investmentTable(fytdFacts, config);
  if (investment) sections.push({ ...investment, id: 'investment', title: `Run / grow / transform against 70/20/10, FY${fy} to date` });

  if (input.unitEconomics) sections.push(input.unitEconomics);

  // appendix
  const cov = input.coverage;
  sections.push({
    id: 'coverage',
    title: 'Appendix: rule coverage',
    columns: [text('measure', 'Measure'), text('value', 'Value')],
    rows: [
      { measure: 'Rules', value: String(cov.rules) },
      { measure: 'Lines categorized by a rule', value: `${groupDigits(cov.linesCategorized)} of ${groupDigits(cov.lines)} (${cov.lines === 0 ? 'n/a' : plainPct(divide({ units: BigInt(cov.linesCategorized), scale: 0 }, { units: BigInt(cov.lines), scale: 0 }, 6))})` },
      { measure: 'Spend categorized by a rule', value: `${absMoney(cov.spendCategorized, cur)} of ${absMoney(cov.spend, cur)} (${isZero(cov.spend) ? 'n/a' : plainPct(divide(cov.spendCategorized, cov.spend, 6))})` },
      { measure: 'Rules that never win', value: cov.neverWin.length === 0 ? 'none' : cov.neverWin.join(', ') },
    ],
  });

  return {
    version: 1,
    command: 'board',
    title: `Technology spend: board pack, ${monthName(month)}`,
    currency: cur,
    parameters: { currency: cur, month, 'fiscal year': `FY${fy}`, 'as of': end },
    summary,
    sections,
    data: { id: 'headline', columns: [text('measure', 'measure'), money('amount', 'amount')], rows: headlineRows(month, monthNoData !== undefined ? null : monthTotal, previousNoData !== undefined ? null : previousTotal, fytd, budgetToDate, bridge.outlook, input.forecast.fiscalYear, fy) },
    footer,
    warnings: [...input.warnings, ...(input.savings?.report.warnings ?? []), ...(input.renewals?.warnings ?? [])],
  };
}

function headlineRows(month: string, monthTotal: Decimal | null, previousTotal: Decimal | null, fytd: Decimal, budgetToDate: Decimal | undefined, outlook: Decimal, nextFy: string, fy: number): Row[] {
  const rows: Row[] = [
    // a month with no data has no figure (null), not $0
    { measure: `spend ${month}`, amount: monthTotal },
    { measure: 'spend previous month', amount: previousTotal },
    { measure: `spend FY${fy} to date`, amount: fytd },
  ];
  if (budgetToDate) rows.push({ measure: `budget FY${fy} to date`, amount: budgetToDate });
  rows.push({ measure: `outlook ${nextFy}`, amount: outlook });
  return rows;
}

function categoryTable(facts: readonly Fact[], config: Config, title: string): Table {
  const sums = new Map<string, Decimal>();
  let total: Decimal = ZERO;
  for (const f of facts) {
    sums.set(f.category, add(sums.get(f.category) ?? ZERO, f.amount));
    total = add(total, f.amount);
  }
  const rows = [...sums.entries()].sort((a, b) => compare(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
  const pie = pieOf('Spend by category', rows, config);
  return {
    id: 'categories',
    title,
    columns: [text('category', 'Category'), text('function', 'Business function'), money('amount', 'Amount'), share('share', 'Share')],
    rows: rows.map(([id, amount]) => ({ category: labelOf(id, 'category', config), function: config.categoryById.get(id)?.function ?? '', amount, share: isZero(total) ? null : divide(amount, total, 6) })),
    total: { category: 'Total', amount: total, share: isZero(total) ? null : divide(total, total, 6) },
    ...(pie.notes.length > 0 ? { notes: pie.notes } : {}),
    chart: pie.chart,
  };
}

function pieOf(title: string, rows: [string, Decimal][], config: Config): { chart: Chart; notes: string[] } {
  // negative parts have no slice: left out (with a note) before the top 8 are taken
  const positive = rows.filter(([, v]) => v.units > 0n);
  const negative = rows.filter(([, v]) => v.units < 0n);
  const top = positive.slice(0, 8);
  const rest = positive.slice(8);
  const labels = top.map(([id]) => labelOf(id, 'category', config));
  const values = top.map(([, v]) => v);
  if (rest.length > 0) {
    labels.push('Other');
    values.push(rest.reduce((a, [, v]) => add(a, v), ZERO as Decimal));
  }
  const pie = positivePie(title, [...labels, ...negative.map(([id]) => labelOf(id, 'category', config))], [...values, ...negative.map(([, v]) => v)], config.currency);
  return pie;
}

function crosswalk(facts: readonly Fact[], config: Config, title: string): Table {
  const pools = [...new Set(facts.map((f) => f.pool))].sort();
  const cells = new Map<string, Map<string, Decimal>>();
  const poolTotals = new Map<string, Decimal>();
  let grand: Decimal = ZERO;
  for (const f of facts) {
    let row = cells.get(f.category);
    if (!row) cells.set(f.category, (row = new Map()));
    row.set(f.pool, add(row.get(f.pool) ?? ZERO, f.amount));
    poolTotals.set(f.pool, add(poolTotals.get(f.pool) ?? ZERO, f.amount));
    grand = add(grand, f.amount);
  }
  const columns: Column[] = [text('category', 'Category'), ...pools.map((p) => money(`pool:${p}`, p)), money('total', 'Total')];
  const rows = [...cells.entries()]
    .map(([id, m]) => ({ id, m, total: [...m.values()].reduce((a, b) => add(a, b), ZERO as Decimal) }))
    .sort((a, b) => compare(b.total, a.total) || (a.id < b.id ? -1 : 1))
    .map(({ id, m, total }) => {
      const row: Row = { category: labelOf(id, 'category', config), total };
      for (const p of pools) row[`pool:${p}`] = m.get(p) ?? null;
      return row;
    });
  const totalRow: Row = { category: 'Total', total: grand };
  for (const p of pools) totalRow[`pool:${p}`] = poolTotals.get(p)!;
  return { id: 'crosswalk', title, columns, rows, total: totalRow, notes: ['Rows are the business view (your categories); columns are the finance view (standard cost pools).'] };
}

function trend(facts: readonly Fact[], month: string, currency: string, coverage: Coverage | undefined): Table {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(month, i - 11));
  const sums = new Map<string, Decimal>(months.map((m) => [m, ZERO]));
  for (const f of facts) if (sums.has(f.month)) sums.set(f.month, add(sums.get(f.month)!, f.amount));
  // a month before the data starts, in a gap inside it or after it is no data, not zero spend
  const noData = (m: string) => coverage !== undefined && !hasData(coverage, m);
  const rows = months.map((m) => ({ month: m, amount: noData(m) ? null : sums.get(m)!, data: noData(m) ? 'no data' : coverage !== undefined && ((m === coverage.firstMonth && coverage.firstPartial) || (m === coverage.lastMonth && coverage.lastPartial)) ? 'partial' : '' }));
  const shown = rows.filter((r) => r.amount !== null);
  const withNotes = rows.some((r) => r.data !== '');
  return {
    id: 'trend',
    title: 'Monthly trend, last 12 months',
    columns: [text('month', 'Month'), money('amount', `Spend (${currency})`), ...(withNotes ? [text('data', 'Data')] : [])],
    rows: withNotes ? rows : rows.map(({ month: m, amount }) => ({ month: m, amount })),
    ...(rows.some((r) => r.amount === null) ? { notes: trendNotes(coverage!, months.filter(noData)) } : {}),
    chart: { kind: 'bar', title: 'Monthly technology spend', labels: shown.map((r) => r.month), values: shown.map((r) => r.amount as Decimal) },
  };
}

/** Why the trend's months with no data have none: before the data starts, in a gap, after it ends. */
function trendNotes(coverage: Coverage, months: readonly string[]): string[] {
  const out: string[] = [];
  if (months.some((m) => m < coverage.firstMonth)) out.push(`Months before the data starts (${coverage.first}) have no data: they are not zero spend.`);
  for (const g of coverage.gaps) if (months.some((m) => m >= g.from && m <= g.to)) out.push(`Months in a gap inside the data have no data, not zero spend: ${gapText(g)}.`);
  if (months.some((m) => m > coverage.lastMonth)) out.push(`Months after the data ends (${coverage.last}) have no data: they are not zero spend.`);
  return out;
}

function dayName(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(date.slice(0, 7))}`;
}

/** "Technology spend in X was £12.3k", or "... was a net credit of £4.1k" when negative. */
function spendPhrase(subject: string, amount: Decimal, currency: string): string {
  return amount.units < 0n ? `${subject} was a net credit of ${absMoney(amount, currency)}` : `${subject} was ${absMoney(amount, currency)}`;
}

/** A signed amount in a sentence: "£12.3k", or "a net credit of £4.1k". */
function signedAmount(amount: Decimal, currency: string): string {
  return amount.units < 0n ? `a net credit of ${absMoney(amount, currency)}` : absMoney(amount, currency);
}

/** "up £1.2k (+12%)"; against a negative or zero base no percentage (it would mean nothing). */
function changePhrase(change: Decimal, base: Decimal, currency: string): string {
  if (change.units === 0n) return 'flat';
  const dir = change.units > 0n ? 'up' : 'down';
  const pct = base.units > 0n ? ` (${signedPct(divide(change, base, 6))})` : base.units < 0n ? ' (from a net credit)' : '';
  return `${dir} ${absMoney(change, currency)}${pct}`;
}

function roundCents(d: Decimal): Decimal {
  return divide(d, { units: 1n, scale: 0 }, 2);
}

const BOARD_CANDIDATES = 10;

/** The board shows the top candidates (ranked by value × confidence); the rest as a count and totals, yearly and one-off apart. */
function topCandidates(t: Table, currency: string): Table {
  if (t.rows.length <= BOARD_CANDIDATES) return t;
  const rest = t.rows.slice(BOARD_CANDIDATES);
  const sumOf = (key: 'annual' | 'one_off') => rest.reduce<Decimal>((a, r) => (r[key] ? add(a, r[key] as Decimal) : a), ZERO);
  const countOf = (key: 'annual' | 'one_off') => rest.filter((r) => r[key]).length;
  const yearly = sumOf('annual');
  const oneOff = sumOf('one_off');
  const rows: Row[] = [...t.rows.slice(0, BOARD_CANDIDATES)];
  if (countOf('annual') > 0) rows.push({ n: null, kind: `${countOf('annual')} more (yearly)`, annual: yearly, one_off: null });
  if (countOf('one_off') > 0) rows.push({ n: null, kind: `${countOf('one_off')} more (one-off)`, annual: null, one_off: oneOff });
  return {
    ...t,
    rows,
    notes: [...(t.notes ?? []), `The top ${BOARD_CANDIDATES} of ${t.rows.length} candidates; the other ${rest.length} (${absMoney(yearly, currency)} a year${oneOff.units > 0n ? `, ${absMoney(oneOff, currency)} one-off` : ''}) are listed by \`techspend savings\`.`],
  };
}

interface Bridge {
  table: Table;
  outlook: Decimal;
}

/** Run rate → growth → new capabilities → minus savings → next fiscal year, against budget. */
function bridgeOf(input: BoardInput): Bridge {
  const { facts, forecast, config } = input;
  const cur = config.currency;
  const window = new Set(forecast.months);
  const firstWindowMonth = forecast.months[0]!;
  // vendors first billed inside the run-rate window are new capabilities
  const seenBefore = new Set(facts.filter((f) => f.month < firstWindowMonth).map((f) => `${f.category}\u0000${f.vendor}`));
  const runRateYear = times(forecast.total.runRateMonthly, 12n);
  let newYear: Decimal;
  if (forecast.basis !== undefined) {
    // the new vendors' own run rates: one-off items and single payments are not annualized
    const once = new Set(forecast.basis.once.map((o) => `${o.category}\u0000${o.vendor}`));
    let rate: Decimal = ZERO;
    for (const v of forecast.basis.byVendor) {
      const k = `${v.category}\u0000${v.vendor}`;
      if (!seenBefore.has(k) && !once.has(k)) rate = add(rate, v.runRate);
    }
    newYear = times(roundCents(rate), 12n);
  } else {
    let newSpend: Decimal = ZERO;
    for (const f of facts) if (window.has(f.month) && !seenBefore.has(`${f.category}\u0000${f.vendor}`)) newSpend = add(newSpend, f.amount);
    const n = BigInt(Math.max(forecast.months.length, 1));
    newYear = divide(times(newSpend, 12n), { units: n, scale: 0 }, 2);
  }
  const existingYear = sub(runRateYear, newYear);
  // bills in lumps added once (analysis/forecast-lumps.ts): their own step, not growth
  const bills = forecast.total.annualBills;
  const growth = sub(sub(forecast.total.forecast, runRateYear), bills ?? ZERO);
  const savings = input.savings?.committed ?? ZERO;
  const outlook = sub(forecast.total.forecast, savings);
  const rows: Row[] = [
    { step: `Existing spend at today's run rate (${monthSpanText(forecast.months)}, × 12)`, amount: existingYear },
    { step: `New capabilities (vendors first billed in those months, × 12${forecast.basis !== undefined ? '; one-offs and single payments not annualized' : ''})`, amount: newYear },
    { step: 'Growth assumptions', amount: growth },
    ...(bills === undefined ? [] : [{ step: 'Annual bills (vendors billed in lumps: the billings due in the year, once each, at the latest amount)', amount: bills }]),
    { step: 'Savings committed (approved and in progress in the register)', amount: neg(savings) },
  ];
  const total: Row = { step: `Outlook ${forecast.fiscalYear}`, amount: outlook };
  const notes: string[] = [];
  if (forecast.nextBudget) {
    const gap = sub(forecast.nextBudget, outlook);
    notes.push(`Budget ${forecast.fiscalYear}: ${absMoney(forecast.nextBudget, cur)}; the outlook is ${gap.units >= 0n ? `${absMoney(gap, cur)} under` : `${absMoney(neg(gap), cur)} over`} it.`);
  } else notes.push(`No budget for ${forecast.fiscalYear} yet: the outlook is the starting point for it.`);
  notes.push(`Change against today's run rate: ${signedMoney(sub(outlook, runRateYear), cur)}.`);
  return {
    outlook,
    table: {
      id: 'bridge',
      title: `Next fiscal year: from today's run rate to the ${forecast.fiscalYear} outlook`,
      columns: [text('step', 'Step'), money('amount', `Amount (${cur})`)],
      rows,
      total,
      notes,
      chart: { kind: 'waterfall', title: `Bridge to ${forecast.fiscalYear}`, labels: ['Existing', 'New capabilities', 'Growth', 'Savings', 'Outlook'], values: [existingYear, newYear, growth, neg(savings), outlook] },
    },
  };
}

