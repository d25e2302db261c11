/**
 * Run-rate forecast, as a CFO does it: mean monthly spend over the last complete months (a
 * month with no spend counts as zero), rounded to the cent, × 12 × (1 + growth) for the next
 * fiscal year, rounded to the cent. The rounded run rate is the one multiplied, so every figure
 * can be checked by hand from the one shown.
 *
 * With vendor detail (`RunRateOptions`) the run rate is built vendor by vendor, by cadence:
 * a monthly vendor from the window, a vendor billed in lumps (quarterly, semi-annual, annual)
 * from the trailing 12 months / 12, and one-off items (a month above 3× the vendor's median)
 * left out, never annualized. For the current fiscal year the forecast is the actuals booked to
 * date plus the run rate for the months left.
 */
import { add, type Decimal, divide, mul, round, sub, ZERO } from '../money/decimal.js';
import { cmp, type Fact } from './ledger.js';
import { type LumpBill, lumpBillsIn, lumpsByCategory, type LumpVendor } from './forecast-lumps.js';
import { billedMonths, buildHistories, cadenceMonths, isLumpy, oneOffPart } from './vendor-history.js';

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
  /** current fiscal year: spend booked to date (the forecast adds the run rate for the months left) */
  actuals?: Decimal | undefined;
  /** bills in lumps predicted in the forecast year, added once (forecast-lumps.ts); absent when none */
  annualBills?: Decimal | undefined;
}

export interface RunRateOptions {
  /** the 12 months ending with the window's last month, oldest first (lumpy vendors' run rate) */
  trailing: readonly string[];
  /** current fiscal year: the months booked (actuals) and how many are left to project */
  toDate?: { months: readonly string[]; monthsLeft: number } | undefined;
  /**
   * vendors billed in lumps (renewals from spend): their lines leave the run rate and their
   * billings predicted in `yearMonths` after the window are added once (forecast-lumps.ts)
   */
  lumps?: { vendors: readonly LumpVendor[]; yearMonths: readonly string[] } | undefined;
}

/** What the run rate rests on, for notes: vendors billed in lumps, one-offs left out. */
export interface RunRateBasis {
  lumpy: { category: string; vendor: string; cycle: number; runRate: Decimal }[];
  /** billed once in the trailing 12 months, before the window's last month: taken as a yearly payment */
  once: { category: string; vendor: string; month: string; runRate: Decimal }[];
  oneOffs: { category: string; vendor: string; month: string; amount: Decimal }[];
  /** run rate per category and vendor (the board's new-capabilities step) */
  byVendor: { category: string; vendor: string; runRate: Decimal }[];
}

/** The run rate per category, vendor by vendor by cadence (exact, not rounded). */
function runRatesByVendor(facts: readonly Fact[], months: readonly string[], trailing: readonly string[]): { sums: Map<string, Decimal>; basis: RunRateBasis } {
  const span = new Set([...trailing, ...months]);
  const histories = buildHistories(facts.filter((f) => span.has(f.month)), (f) => f.category);
  const sums = new Map<string, Decimal>();
  const basis: RunRateBasis = { lumpy: [], once: [], oneOffs: [], byVendor: [] };
  const n: Decimal = { units: BigInt(Math.max(months.length, 1)), scale: 0 };
  const twelve: Decimal = { units: BigInt(trailing.length), scale: 0 };
  for (const [key, h] of [...histories].sort((a, b) => cmp(a[0], b[0]))) {
    const [category, vendor] = key.split('\u0000') as [string, string];
    const billed = billedMonths(h, months.at(-1)).filter((m) => m >= trailing[0]!);
    const cycle = cadenceMonths(billed);
    // one payment in a year, not in the last month: no monthly charge (that would have come again)
    const once = billed.length === 1 && billed[0] !== months.at(-1) && months.includes(billed[0]!);
    const lumpy = isLumpy(cycle) || once;
    const over = lumpy ? trailing : months;
    let total: Decimal = ZERO;
    for (const m of over) {
      const a = h.months.get(m);
      if (a === undefined) continue;
      const one = oneOffPart(h, m);
      if (one.units !== 0n) basis.oneOffs.push({ category, vendor, month: m, amount: one });
      total = add(total, sub(a, one));
    }
    const rate = divide(total, lumpy ? twelve : n, 6);
    if (once && total.units !== 0n) basis.once.push({ category, vendor, month: billed[0]!, runRate: rate });
    else if (lumpy && total.units !== 0n) basis.lumpy.push({ category, vendor, cycle: cycle!, runRate: rate });
    basis.byVendor.push({ category, vendor, runRate: rate });
    sums.set(category, add(sums.get(category) ?? ZERO, rate));
  }
  return { sums, basis };
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
  options?: RunRateOptions,
): { rows: ForecastRow[]; total: ForecastRow; basis?: RunRateBasis; bills?: LumpBill[] } {
  const lumps = options?.lumps;
  const bills = lumps === undefined || months.length === 0 ? [] : lumpBillsIn(lumps.vendors, lumps.yearMonths, months.at(-1)!);
  const billed = lumpsByCategory(bills);
  // a vendor billed in lumps is its bills, not a run rate (its booked lines stay actuals)
  const lumpy = new Set(lumps?.vendors.map((l) => l.vendor) ?? []);
  const rated = lumpy.size === 0 ? facts : facts.filter((f) => !lumpy.has(f.vendor));
  const inWindow = new Set(months);
  let sums = new Map<string, Decimal>();
  let basis: RunRateBasis | undefined;
  const n: Decimal = { units: BigInt(months.length), scale: 0 };
  if (options !== undefined && months.length > 0) {
    const byVendor = runRatesByVendor(rated, months, options.trailing);
    sums = byVendor.sums;
    basis = byVendor.basis;
  } else for (const f of rated) if (inWindow.has(f.month)) sums.set(f.category, add(sums.get(f.category) ?? ZERO, f.amount));
  const toDate = options?.toDate;
  const booked = new Map<string, Decimal>();
  if (toDate !== undefined) {
    const inYear = new Set(toDate.months);
    for (const f of facts) if (inYear.has(f.month)) booked.set(f.category, add(booked.get(f.category) ?? ZERO, f.amount));
  }
  const categories = [...new Set([...sums.keys(), ...booked.keys(), ...billed.keys(), ...(budget?.keys() ?? [])])].sort(cmp);
  const rows = categories.map((category): ForecastRow => {
    const runRateMonthly = months.length === 0 ? ZERO : basis !== undefined ? round(sums.get(category) ?? ZERO, 2) : divide(sums.get(category) ?? ZERO, n, 2);
    const growth = growthOf(category);
    const actuals = toDate === undefined ? undefined : round(booked.get(category) ?? ZERO, 2);
    // the current fiscal year: what is booked, plus the run rate (with growth) for the months left
    const projected = toDate === undefined ? projectYear(runRateMonthly, growth) : add(actuals!, round(mul(mul(runRateMonthly, { units: BigInt(toDate.monthsLeft), scale: 0 }), add(ONE, growth)), 2));
    // the bills in lumps, once each, at their latest amount (no growth: the price is the contract's)
    const annualBills = billed.has(category) ? round(billed.get(category)!, 2) : undefined;
    const forecast = annualBills === undefined ? projected : add(projected, annualBills);
    const b = budget === undefined ? undefined : round(budget.get(category) ?? ZERO, 2);
    return { category, runRateMonthly, growth, forecast, budget: b, gap: b === undefined ? undefined : sub(forecast, b), ...(actuals !== undefined ? { actuals } : {}), ...(annualBills !== undefined ? { annualBills } : {}) };
  });
  const total = (pick: (r: ForecastRow) => Decimal | undefined) => rows.reduce<Decimal>((acc, r) => add(acc, pick(r) ?? ZERO), ZERO);
  const runRate = total((r) => r.runRateMonthly);
  const forecast = total((r) => r.forecast);
  const b = budget === undefined ? undefined : total((r) => r.budget);
  const actualsTotal = toDate === undefined ? undefined : total((r) => r.actuals);
  const billsTotal = bills.length === 0 ? undefined : total((r) => r.annualBills);
  const projected = toDate === undefined ? mul(runRate, TWELVE) : mul(runRate, { units: BigInt(toDate.monthsLeft), scale: 0 });
  const grown = sub(toDate === undefined ? forecast : sub(forecast, actualsTotal!), billsTotal ?? ZERO);
  return {
    rows,
    ...(basis !== undefined ? { basis } : {}),
    ...(bills.length > 0 ? { bills } : {}),
    total: {
      ...(actualsTotal !== undefined ? { actuals: actualsTotal } : {}),
      ...(billsTotal !== undefined ? { annualBills: billsTotal } : {}),
      category: 'total',
      runRateMonthly: runRate,
      // the growth the whole portfolio implies: forecast / (run rate × 12) − 1
      growth: projected.units === 0n ? ZERO : sub(divide(grown, projected, 6), ONE),
      forecast,
      budget: b,
      gap: b === undefined ? undefined : sub(forecast, b),
    },
  };
}
