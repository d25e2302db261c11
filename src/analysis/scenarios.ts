/**
 * Scenarios for next year: from today's run rate per category (the forecast's, rounded to the
 * cent), each named assumption set gives the year's total per category with its bridge:
 *
 *   run rate × 12 → annual bills → growth → drivers → savings → new initiatives → scenario total
 *
 * Annual bills are the forecast's (forecast-lumps.ts): vendors billed in lumps are out of the run
 * rate and their bills predicted in the year are added once, at the latest amount, as the plain
 * forecast adds them; growth and drivers move the run rate only, savings may come off either.
 * Month by month over the year's 12 months, per category:
 * - growth: a yearly rate g gives run rate × (1 + g) every month (so the year is exactly the
 *   plain forecast's run rate × 12 × (1 + g)); a monthly rate m compounds from the first month:
 *   month k (1..12) is run rate × (1 + m)^k;
 * - drivers: a per-seat / per-unit category follows its driver: a month's grown amount ×
 *   (the driver's planned level that month ÷ its level today); a plan entry holds from its month
 *   until the next, and before the first entry the level is today's;
 * - savings: the monthly saving comes off its category from the month it lands;
 * - initiatives: the monthly cost is added from the start month (for `months` months, or to the
 *   end of the year).
 * Each cumulative figure (after growth, after drivers, ...) is rounded to the cent once, for the
 * year; a step is the difference between two of them, so the steps add up exactly to the total
 * (per category, and in total: the total's steps are the sums of the categories').
 */
import { add, type Decimal, divide, mul, round, sub, times, ZERO } from '../money/decimal.js';
import type { DriverPlan, Scenario } from '../config/scenario-file.js';
import { EVERY_CATEGORY } from '../config/scenario-file.js';
import { addMonths } from '../period/period.js';
import { cmp } from './ledger.js';

export interface ScenarioBridge {
  category: string;
  /** today's monthly run rate */
  runRateMonthly: Decimal;
  /** run rate × 12 */
  runRateYear: Decimal;
  /** bills in lumps predicted in the year, added once (the forecast's annual bills) */
  annualBills: Decimal;
  growth: Decimal;
  drivers: Decimal;
  /** negative: what the savings take off */
  savings: Decimal;
  initiatives: Decimal;
  total: Decimal;
}

export interface ScenarioResult {
  name: string;
  description?: string | undefined;
  rows: ScenarioBridge[];
  total: ScenarioBridge;
  /** each saving and initiative with what it comes to in the year (0 when outside it) */
  savings: { label: string; category: string; lands: string; monthly: Decimal; inYear: Decimal }[];
  initiatives: { name: string; category: string; start: string; monthly: Decimal; inYear: Decimal }[];
  /** plain sentences: savings landing outside the year, categories taken below zero */
  notes: string[];
}

export interface ScenarioProblem {
  where: string;
  message: string;
  hint?: string;
}

const ONE: Decimal = { units: 1n, scale: 0 };
const TWELVE: Decimal = { units: 12n, scale: 0 };

/**
 * The category a saving comes off: its own, or the one its vendor's run rate is in.
 * `vendorCategories` lists the categories a vendor (case-insensitive) has a run rate in.
 */
export function resolveSavings(scenarios: readonly Scenario[], vendorCategories: (vendor: string) => string[]): { categoryOf: Map<Scenario['savings'][number], string>; problems: ScenarioProblem[] } {
  const categoryOf = new Map<Scenario['savings'][number], string>();
  const problems: ScenarioProblem[] = [];
  for (const s of scenarios)
    for (const v of s.savings) {
      if (v.linkTo !== undefined) {
        // never computed on a placeholder amount (analysis/scenario-savings links it first)
        problems.push({ where: `${v.where}.id`, message: `saving "${v.linkTo}" has no amount: it was not linked to the savings register or candidates` });
        continue;
      }
      if (v.category !== undefined) {
        categoryOf.set(v, v.category);
        continue;
      }
      const found = [...new Set(vendorCategories(v.vendor!))].sort(cmp);
      if (found.length === 1) categoryOf.set(v, found[0]!);
      else if (found.length === 0) problems.push({ where: v.where, message: `vendor "${v.vendor}" has no run rate to save on`, hint: 'check its spelling, or name the category the saving comes off' });
      else problems.push({ where: v.where, message: `vendor "${v.vendor}" is in several categories (${found.join(', ')})`, hint: 'name the category the saving comes off' });
    }
  return { categoryOf, problems };
}

/** The driver's level in `month`: the latest plan entry at or before it, else today's. */
function levelIn(d: DriverPlan, month: string): Decimal {
  let level = d.today;
  for (const p of d.plan) if (p.month <= month) level = p.value;
  return level;
}

/**
 * One scenario over `months` (the forecast year's 12 months, oldest first). `runRate` is today's
 * monthly run rate per category; `categoryOf` the resolved category of each saving; `bills` the
 * forecast's annual bills in the year per category.
 */
export function computeScenario(
  scenario: Scenario,
  runRate: ReadonlyMap<string, Decimal>,
  months: readonly string[],
  categoryOf: ReadonlyMap<Scenario['savings'][number], string>,
  bills: ReadonlyMap<string, Decimal> = new Map(),
): ScenarioResult {
  const n = BigInt(months.length);
  const first = months[0]!;
  const last = months.at(-1)!;
  const notes: string[] = [];
  const driverOf = new Map<string, DriverPlan>();
  for (const d of scenario.drivers) for (const c of d.scales) driverOf.set(c, d);

  const savingsOut = scenario.savings.map((v) => {
    const counted = months.filter((m) => m >= v.lands).length;
    if (v.lands > last) notes.push(`${scenario.name}: saving ${v.label} lands in ${v.lands}, after the year: nothing in it.`);
    // an amount from the register (annual): its share of the months landed, rounded once
    const inYear = v.annual !== undefined ? divide(times(v.annual, BigInt(counted)), TWELVE, 2) : times(v.monthly, BigInt(counted));
    return { label: v.label, category: categoryOf.get(v)!, lands: v.lands, monthly: v.monthly, inYear };
  });
  const initiativesOut = scenario.initiatives.map((v) => {
    const end = v.months === undefined ? undefined : addMonths(v.start, v.months - 1);
    const counted = months.filter((m) => m >= v.start && (end === undefined || m <= end)).length;
    if (counted === 0) notes.push(`${scenario.name}: initiative ${v.name} (${v.start}${end ? ` to ${end}` : ''}) runs outside ${first} to ${last}: nothing in the year.`);
    return { name: v.name, category: v.category, start: v.start, monthly: v.monthly, inYear: times(v.monthly, BigInt(counted)) };
  });

  const categories = [...new Set([...runRate.keys(), ...bills.keys(), ...initiativesOut.map((i) => i.category), ...savingsOut.map((s) => s.category)])].sort(cmp);
  const rows = categories.map((category): ScenarioBridge => {
    const rr = runRate.get(category) ?? ZERO;
    const runRateYear = times(rr, n);
    const billed = bills.get(category) ?? ZERO;
    const g = scenario.growth.get(category) ?? scenario.growth.get(EVERY_CATEGORY);
    // each month's grown amount, exact
    const grown = months.map((_, k) => (g === undefined ? rr : g.per === 'year' ? mul(rr, add(ONE, g.rate)) : mul(rr, power(add(ONE, g.rate), k + 1))));
    const withBills = add(runRateYear, billed);
    const afterGrowth = add(round(grown.reduce(add, ZERO), 2), billed);
    const d = driverOf.get(category);
    // Σ grown × level ÷ today: one division, so the year is rounded once
    const afterDrivers = d === undefined ? afterGrowth : add(divide(grown.reduce((acc, v, k) => add(acc, mul(v, levelIn(d, months[k]!))), ZERO), d.today, 2), billed);
    const saved = savingsOut.filter((s) => s.category === category).reduce((acc, s) => add(acc, s.inYear), ZERO);
    const afterSavings = round(sub(afterDrivers, saved), 2);
    const added = initiativesOut.filter((i) => i.category === category).reduce((acc, i) => add(acc, i.inYear), ZERO);
    const total = round(add(afterSavings, added), 2);
    if (afterSavings.units < 0n) notes.push(`${scenario.name}: the savings on ${category} exceed its projected spend: check the amounts.`);
    return {
      category,
      runRateMonthly: rr,
      runRateYear,
      annualBills: billed,
      growth: sub(afterGrowth, withBills),
      drivers: sub(afterDrivers, afterGrowth),
      savings: sub(afterSavings, afterDrivers),
      initiatives: sub(total, afterSavings),
      total,
    };
  });
  const sum = (pick: (r: ScenarioBridge) => Decimal) => rows.reduce((acc, r) => add(acc, pick(r)), ZERO);
  const total: ScenarioBridge = {
    category: 'total',
    runRateMonthly: sum((r) => r.runRateMonthly),
    runRateYear: sum((r) => r.runRateYear),
    annualBills: sum((r) => r.annualBills),
    growth: sum((r) => r.growth),
    drivers: sum((r) => r.drivers),
    savings: sum((r) => r.savings),
    initiatives: sum((r) => r.initiatives),
    total: sum((r) => r.total),
  };
  return { name: scenario.name, description: scenario.description, rows, total, savings: savingsOut, initiatives: initiativesOut, notes };
}

/** Every scenario, in the order written. */
export function computeScenarios(
  scenarios: readonly Scenario[],
  runRate: ReadonlyMap<string, Decimal>,
  months: readonly string[],
  categoryOf: ReadonlyMap<Scenario['savings'][number], string>,
  bills: ReadonlyMap<string, Decimal> = new Map(),
): ScenarioResult[] {
  return scenarios.map((s) => computeScenario(s, runRate, months, categoryOf, bills));
}

function power(base: Decimal, k: number): Decimal {
  let out = ONE;
  for (let i = 0; i < k; i++) out = mul(out, base);
  return out;
}
