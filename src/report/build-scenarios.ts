/**
 * `forecast --scenario`: the scenarios side by side (year total per category), each with its
 * bridge from today's run rate; the same two tables make the board's "Scenarios" section.
 * The data table (csv, json) is long: one row per scenario and category, and one total row per
 * scenario, with every bridge step.
 */
import type { Config } from '../config/config.js';
import type { ScenarioResult } from '../analysis/scenarios.js';
import { add, compare, neg, sub, ZERO } from '../money/decimal.js';
import { type Column, money, type Report, type ReportFooter, type Row, type Table, text } from './model.js';
import { labelOf } from './dimensions.js';
import { absMoney, signedMoney } from './sentences.js';
import { monthSpanText } from '../period/coverage.js';

export interface ScenariosOptions {
  fiscalYear: string;
  /** the run-rate months, oldest first */
  months: string[];
  /** the year's months, oldest first */
  yearMonths: string[];
  results: ScenarioResult[];
  /** where the scenarios come from, for the parameters */
  source: string;
  notes?: string[];
}

const STEPS: { key: keyof ScenarioResult['total']; label: (fy: string) => string }[] = [
  { key: 'runRateYear', label: () => "Today's run rate × 12" },
  { key: 'annualBills', label: () => 'Annual bills (billed in lumps)' },
  { key: 'growth', label: () => 'Growth' },
  { key: 'drivers', label: () => 'Drivers (per seat / per unit)' },
  { key: 'savings', label: () => 'Savings landing' },
  { key: 'initiatives', label: () => 'New initiatives' },
];

/** The two human tables: totals by category side by side, and the bridges side by side. */
export function scenarioTables(config: Config, o: ScenariosOptions): Table[] {
  const cur = config.currency;
  const keyOf = (i: number) => `s${i}`;
  const runRate = new Map(o.results[0]?.rows.map((r) => [r.category, r.runRateYear]) ?? []);
  const bills = new Map(o.results[0]?.rows.map((r) => [r.category, r.annualBills]) ?? []);
  // the forecast's annual bills are the same in every scenario: a column (and a step) only when there are some
  const billed = o.results[0] !== undefined && o.results[0].total.annualBills.units !== 0n;
  // by size, as the board's other tables (largest run rate first; ties by id, for stable output)
  const categories = [...new Set(o.results.flatMap((r) => r.rows.map((x) => x.category)))].sort(
    (a, b) => compare(runRate.get(b) ?? ZERO, runRate.get(a) ?? ZERO) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const byCategory: Table = {
    id: 'scenarios',
    title: `Scenarios for ${o.fiscalYear}, side by side`,
    columns: [text('category', 'Category'), money('run_rate_year', 'Run rate × 12'), ...(billed ? [money('annual_bills', 'Annual bills')] : []), ...o.results.map((r, i) => money(keyOf(i), r.name))],
    rows: categories.map((c) => ({
      category: labelOf(c, 'category', config),
      run_rate_year: runRate.get(c) ?? null,
      ...(billed ? { annual_bills: bills.get(c)?.units ? bills.get(c)! : null } : {}),
      ...Object.fromEntries(o.results.map((r, i) => [keyOf(i), r.rows.find((x) => x.category === c)?.total ?? null])),
    })),
    total: { category: 'Total', run_rate_year: o.results[0]?.total.runRateYear ?? null, ...(billed ? { annual_bills: o.results[0]!.total.annualBills } : {}), ...Object.fromEntries(o.results.map((r, i) => [keyOf(i), r.total.total])) },
    notes: [
      `Run rate = the forecast's monthly run rate (${monthSpanText(o.months)}), per category; each scenario projects ${o.yearMonths[0]} to ${o.yearMonths.at(-1)} month by month.`,
      ...o.results.filter((r) => r.description).map((r) => `${r.name}: ${r.description}`),
    ],
    chart: { kind: 'bar', title: `${o.fiscalYear} by scenario (${cur})`, labels: ['Run rate × 12', ...o.results.map((r) => r.name)], values: [o.results[0]?.total.runRateYear ?? ZERO, ...o.results.map((r) => r.total.total)] },
  };
  const bridge: Table = {
    id: 'scenario-bridge',
    title: `From today's run rate to each ${o.fiscalYear} scenario`,
    columns: [text('step', 'Step'), ...o.results.map((r, i) => money(keyOf(i), r.name))],
    rows: STEPS.filter((s) => billed || s.key !== 'annualBills').map((s) => ({ step: s.label(o.fiscalYear), ...Object.fromEntries(o.results.map((r, i) => [keyOf(i), r.total[s.key] as never])) })),
    total: { step: `Scenario total ${o.fiscalYear}`, ...Object.fromEntries(o.results.map((r, i) => [keyOf(i), r.total.total])) },
    notes: [
      `${billed ? "Annual bills: the forecast's bills from vendors billed in lumps, added once at the latest amount; growth and drivers move the run rate only. " : ''}Growth: a yearly rate applies to every month; a monthly rate compounds from the first month. Drivers: a per-seat / per-unit category moves with its driver (planned level ÷ level today). Savings come off from the month they land; initiatives add their monthly cost from their start month. Each step is rounded to the cent once, so the steps add up exactly to the total.`,
      ...o.results.flatMap((r) => [
        ...r.savings.map((s) => `${r.name}: saving ${s.label} (${labelOf(s.category, 'category', config)}) ${absMoney(s.monthly, cur)} a month from ${s.lands}: ${signedMoney(neg(s.inYear), cur)} in ${o.fiscalYear}.`),
        ...r.initiatives.map((i) => `${r.name}: initiative ${i.name} (${labelOf(i.category, 'category', config)}) ${absMoney(i.monthly, cur)} a month from ${i.start}: ${signedMoney(i.inYear, cur)} in ${o.fiscalYear}.`),
        ...r.notes,
      ]),
      ...(o.notes ?? []),
    ],
  };
  return [byCategory, bridge];
}

export function buildScenariosReport(config: Config, o: ScenariosOptions, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const cur = config.currency;
  const runRateYear = o.results[0]?.total.runRateYear ?? ZERO;
  const bills = o.results[0]?.total.annualBills ?? ZERO;
  // the changes are against the plain forecast: run rate × 12 plus the annual bills
  const base = add(runRateYear, bills);
  const from = bills.units === 0n ? `today's run rate of ${absMoney(runRateYear, cur)} a year` : `today's run rate of ${absMoney(runRateYear, cur)} a year plus annual bills of ${absMoney(bills, cur)}`;
  const summary = [`${o.fiscalYear} scenarios from ${from}: ${o.results.map((r) => `${r.name} ${absMoney(r.total.total, cur)} (${signedMoney(sub(r.total.total, base), cur)})`).join(', ')}.`];
  const dataColumns: Column[] = [
    text('scenario', 'scenario'),
    text('category', 'category'),
    money('run_rate_year', 'run_rate_year'),
    money('annual_bills', 'annual_bills'),
    money('growth', 'growth'),
    money('drivers', 'drivers'),
    money('savings', 'savings'),
    money('initiatives', 'initiatives'),
    money('total', 'total'),
  ];
  const cells = (name: string, r: ScenarioResult['total'], category: string): Row => ({
    scenario: name,
    category,
    run_rate_year: r.runRateYear,
    annual_bills: r.annualBills,
    growth: r.growth,
    drivers: r.drivers,
    savings: r.savings,
    initiatives: r.initiatives,
    total: r.total,
  });
  return {
    version: 1,
    command: 'forecast',
    title: `Scenarios for ${o.fiscalYear}`,
    currency: cur,
    parameters: { currency: cur, 'fiscal-year': o.fiscalYear, 'run-rate': monthSpanText(o.months), scenarios: o.source },
    summary,
    sections: scenarioTables(config, o),
    data: { id: 'scenarios', columns: dataColumns, rows: o.results.flatMap((r) => [...r.rows.map((x) => cells(r.name, x, x.category)), cells(r.name, r.total, 'total')]) },
    footer,
    warnings,
  };
}
