/**
 * Unit economics (issue 16): technology spend against a business driver — as a share of revenue,
 * or per customer / order / employee. Ratios stay exact here (a spend and a driver sum, never a
 * divided number): the report rounds each figure once, at the places it shows.
 *
 * A period's ratio is the spend of its months that have a driver value over the sum of those
 * values: a month without a value is left out of both sides (never divided by zero, never a
 * value invented), and said. For a count such as customers, a fiscal year's figure is therefore
 * the spend per customer per month, averaged over the year; for revenue or orders, the spend per
 * unit of the year.
 */
import type { DriverValue } from '../config/driver-table.js';
import { driverNameMatches } from '../config/driver-table.js';
import { add, type Decimal, divide, isZero, mul, sub, ZERO } from '../money/decimal.js';
import { addMonths } from '../period/period.js';
import { cmp } from './ledger.js';

/** One driver month by month, under the name it is written with. */
export interface DriverSeries {
  driver: string;
  byMonth: ReadonlyMap<string, Decimal>;
}

/** The driver asked for (`customer` finds `customers`), or undefined. */
export function driverSeries(values: readonly DriverValue[], asked: string): DriverSeries | undefined {
  const mine = values.filter((v) => driverNameMatches(asked, v.driver));
  if (mine.length === 0) return undefined;
  // an exact name wins over the singular/plural match when a table has both
  const exact = mine.filter((v) => v.driver === asked.trim().toLowerCase());
  const chosen = exact.length > 0 ? exact : mine.filter((v) => v.driver === mine[0]!.driver);
  return { driver: chosen[0]!.driver, byMonth: new Map(chosen.map((v) => [v.month, v.value])) };
}

/** Revenue is money in the reporting currency: spend is a share of it; anything else is counted. */
export function isMoneyDriver(driver: string): boolean {
  return driver === 'revenue';
}

/** spend / driver, exact; `driver` is the sum of the values of the months counted. */
export type UnitCell =
  | { kind: 'ratio'; spend: Decimal; driver: Decimal; missing: string[] }
  /** no month of the period has a driver value */
  | { kind: 'missing'; spend: Decimal; missing: string[] }
  /** the values sum to zero: no ratio */
  | { kind: 'zero'; spend: Decimal; missing: string[] };

export interface UnitPeriod {
  label: string;
  months: readonly string[];
}

/** The cell of one group (its spend month by month) over one period. */
export function unitCell(spendByMonth: ReadonlyMap<string, Decimal>, series: DriverSeries, period: UnitPeriod): UnitCell {
  let spend: Decimal = ZERO;
  let counted: Decimal = ZERO;
  let uncounted: Decimal = ZERO;
  let any = false;
  const missing: string[] = [];
  for (const m of period.months) {
    const s = spendByMonth.get(m) ?? ZERO;
    const d = series.byMonth.get(m);
    if (d === undefined) {
      missing.push(m);
      uncounted = add(uncounted, s);
      continue;
    }
    any = true;
    spend = add(spend, s);
    counted = add(counted, d);
  }
  if (!any) return { kind: 'missing', spend: uncounted, missing };
  if (isZero(counted)) return { kind: 'zero', spend, missing };
  return { kind: 'ratio', spend, driver: counted, missing };
}

/** The ratio at `scale` places: the one rounding of a shown figure. */
export function ratioAt(cell: UnitCell, scale: number): Decimal | undefined {
  return cell.kind === 'ratio' ? divide(cell.spend, cell.driver, scale) : undefined;
}

/** Spend by group and month, from any facts. */
export function spendByGroupMonth<F extends { month: string; amount: Decimal }>(facts: readonly F[], keyOf: (f: F) => string): Map<string, Map<string, Decimal>> {
  const out = new Map<string, Map<string, Decimal>>();
  for (const f of facts) {
    const k = keyOf(f);
    let m = out.get(k);
    if (!m) out.set(k, (m = new Map()));
    m.set(f.month, add(m.get(f.month) ?? ZERO, f.amount));
  }
  return new Map([...out].sort((a, b) => cmp(a[0], b[0])));
}

/** Growth as an exact pair (after − before) / before; undefined from zero. */
export interface Growth {
  change: Decimal;
  base: Decimal;
}

export function growthOf(before: Decimal, after: Decimal): Growth | undefined {
  return isZero(before) ? undefined : { change: sub(after, before), base: before };
}

/**
 * Like for like: the latest fiscal year's months in the data that have a driver value, against
 * the same months a year earlier (which must have one too). Undefined when no month pairs up.
 */
export interface UnitTrend {
  months: string[];
  baseMonths: string[];
  before: { spend: Decimal; driver: Decimal };
  after: { spend: Decimal; driver: Decimal };
  spendGrowth: Growth | undefined;
  driverGrowth: Growth | undefined;
}

export function unitTrend(totalByMonth: ReadonlyMap<string, Decimal>, series: DriverSeries, latestYearMonths: readonly string[]): UnitTrend | undefined {
  const months = latestYearMonths.filter((m) => totalByMonth.has(m) && series.byMonth.has(m) && series.byMonth.has(addMonths(m, -12)) && totalByMonth.has(addMonths(m, -12)));
  if (months.length === 0) return undefined;
  const baseMonths = months.map((m) => addMonths(m, -12));
  const side = (ms: readonly string[]) => ({
    spend: ms.reduce<Decimal>((t, m) => add(t, totalByMonth.get(m)!), ZERO),
    driver: ms.reduce<Decimal>((t, m) => add(t, series.byMonth.get(m)!), ZERO),
  });
  const before = side(baseMonths);
  const after = side(months);
  if (isZero(before.driver) || isZero(after.driver)) return undefined;
  return { months, baseMonths, before, after, spendGrowth: growthOf(before.spend, after.spend), driverGrowth: growthOf(before.driver, after.driver) };
}

/**
 * Spend that moved with the business, for variance: the base spend grown as the driver grew,
 * base × (D1 − D0) / D0, rounded once to the cent; the rest of the change did not move with it.
 * Undefined (no such cause) when a month of either period lacks a value or the base is zero.
 */
export interface DriverGrowth {
  base: Decimal;
  current: Decimal;
  /** months of either period without a value (then there is no volume cause) */
  missing: string[];
}

export function driverGrowthBetween(series: DriverSeries, baseMonths: readonly string[], currentMonths: readonly string[]): DriverGrowth {
  const missing = [...baseMonths, ...currentMonths].filter((m) => !series.byMonth.has(m));
  const total = (ms: readonly string[]) => ms.reduce<Decimal>((t, m) => add(t, series.byMonth.get(m) ?? ZERO), ZERO);
  return { base: total(baseMonths), current: total(currentMonths), missing };
}

export function movedWithBusiness(baseSpend: Decimal, g: DriverGrowth): Decimal | undefined {
  if (g.missing.length > 0 || isZero(g.base)) return undefined;
  return divide(mul(baseSpend, sub(g.current, g.base)), g.base, 2);
}
