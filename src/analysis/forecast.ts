/**
 * Run-rate forecast, as a CFO does it: mean monthly spend over the last complete months (a
 * month with no spend counts as zero), rounded to the cent, × 12 × (1 + growth) for the next
 * fiscal year, rounded to the cent. The rounded run rate is the one multiplied, so every figure
 * can be checked by hand from the one shown.
 */
import { add, type Decimal, divide, mul, round, sub, ZERO } from '../money/decimal.js';
import { cmp, type Fact } from './ledger.js';

export interface ForecastRow {
  category: string;
  runRateMonthly: Decimal;
  /** fraction, e.g. 0.25 for +25% */
  growth: Decimal;
  forecast: Decimal;
  /** undefined when no budget is known for the forecast year */
  budget: Decimal | undefined;
  /** forecast − budget: positive means the forecast exceeds the budget */
  gap: Decimal | undefined;
}

const ONE: Decimal = { units: 1n, scale: 0 };
const TWELVE: Decimal = { units: 12n, scale: 0 };

export function projectYear(runRate: Decimal, growth: Decimal): Decimal {
  return round(mul(mul(runRate, TWELVE), add(ONE, growth)), 2);
}

/**
 * `facts` may cover any months; only `months` (the run-rate window) count. `budget` is the
 * forecast year's budget per category, or undefined when there is none: then budget and gap
 * stay empty. A category budgeted but without recent spend still gets a row.
 */
export function computeForecast(
  facts: readonly Fact[],
  months: readonly string[],
  growthOf: (category: string) => Decimal,
  budget: ReadonlyMap<string, Decimal> | undefined,
): { rows: ForecastRow[]; total: ForecastRow } {
  const inWindow = new Set(months);
  const sums = new Map<string, Decimal>();
  for (const f of facts) if (inWindow.has(f.month)) sums.set(f.category, add(sums.get(f.category) ?? ZERO, f.amount));
  const categories = [...new Set([...sums.keys(), ...(budget?.keys() ?? [])])].sort(cmp);
  const n: Decimal = { units: BigInt(months.length), scale: 0 };
  const rows = categories.map((category): ForecastRow => {
    const runRateMonthly = months.length === 0 ? ZERO : divide(sums.get(category) ?? ZERO, n, 2);
    const growth = growthOf(category);
    const forecast = projectYear(runRateMonthly, growth);
    const b = budget === undefined ? undefined : round(budget.get(category) ?? ZERO, 2);
    return { category, runRateMonthly, growth, forecast, budget: b, gap: b === undefined ? undefined : sub(forecast, b) };
  });
  const total = (pick: (r: ForecastRow) => Decimal | undefined) => rows.reduce<Decimal>((acc, r) => add(acc, pick(r) ?? ZERO), ZERO);
  const runRate = total((r) => r.runRateMonthly);
  const forecast = total((r) => r.forecast);
  const b = budget === undefined ? undefined : total((r) => r.budget);
  return {
    rows,
    total: {
      category: 'total',
      runRateMonthly: runRate,
      // the growth the whole portfolio implies: forecast / (run rate × 12) − 1
      growth: runRate.units === 0n ? ZERO : sub(divide(forecast, mul(runRate, TWELVE), 6), ONE),
      forecast,
      budget: b,
      gap: b === undefined ? undefined : sub(forecast, b),
    },
  };
}
