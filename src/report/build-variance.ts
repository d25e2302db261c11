/**
 * `variance`: the current period against the previous one, the same period a year earlier, or
 * the budget, group by group, with the causes of each change (SPEC §5) and one plain sentence
 * per material mover.
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { budgetVsActual, UNBUDGETED } from '../analysis/budget.js';
import { computeVariance, isMaterial, type Materiality, totalVariance, type VarianceHistory, type VarianceRow } from '../analysis/variance.js';
import type { Against, PeriodWindow } from '../analysis/window.js';
import { type DriverGrowth, movedWithBusiness } from '../analysis/unit-economics.js';
import { add, compare, type Decimal, divide, isZero, neg, sub, toExact, toGrouped, ZERO } from '../money/decimal.js';
import { currencySymbol } from './format.js';
import { type Column, money, percent, type Report, type ReportFooter, type Row, share, text } from './model.js';
import { type Dimension, DIMENSION_LABELS, keyOf, labelOf } from './dimensions.js';
import { absMoney, moverSentence, pctOfBase, plainPct, signedMoney, signedPct, spendAmount } from './sentences.js';

export type VarianceDimension = Exclude<Dimension, 'investment'>;

export interface VarianceOptions {
  by: VarianceDimension;
  against: Against;
  current: PeriodWindow;
  /** the compared period (previous / last-year); undefined against the budget */
  base: PeriodWindow | undefined;
  materiality: Materiality;
  /** budget per category for the current window: against budget, or alongside with --budget */
  budget: ReadonlyMap<string, Decimal> | undefined;
  notes?: string[];
  parameters?: Record<string, string>;
  /** the vendors' billing history: lookback for new capability, cycles, one-offs (variance.ts) */
  history?: VarianceHistory | undefined;
  /** a business driver (--per / per:): the change split into what moved with it and what did not */
  business?: { driver: string; growth: DriverGrowth } | undefined;
  /**
   * why a side has no data at all (analysis/window.ts periodNoData: before the data, in a gap inside
   * it, after it): the headline says so instead of comparing with $0, and no mover is named
   */
  noData?: { base?: string | undefined; current?: string | undefined } | undefined;
}

type Keyed = Fact & { fn?: string };

export function buildVarianceReport(facts: readonly Keyed[], config: Config, options: VarianceOptions, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const { by, against, current, base, materiality, budget } = options;
  const inMonths = (months: readonly string[]) => {
    const set = new Set(months);
    return facts.filter((f) => set.has(f.month));
  };
  const currentFacts = inMonths(current.months);
  const label = (key: string) => (key === UNBUDGETED ? 'Unbudgeted spend' : key === 'total' ? 'Total' : labelOf(key, by, config));
  const cur = config.currency;

  let rows: VarianceRow[];
  let unbudgetedCategories: string[] = [];
  if (against === 'budget') {
    const bva = budgetVsActual(currentFacts, budget ?? new Map());
    unbudgetedCategories = bva.unbudgeted.categories;
    const vendorsOf = computeVariance([], currentFacts, (f) => (bva.unbudgeted.categories.includes(f.category) ? UNBUDGETED : f.category));
    rows = [...bva.rows, bva.unbudgeted].map((b) => {
      const change = sub(b.actual, b.budget);
      const unbudgeted = b.key === UNBUDGETED;
      const discontinued = !unbudgeted && isZero(b.actual) ? neg(b.budget) : ZERO;
      return {
        key: b.key,
        base: b.budget,
        current: b.actual,
        change,
        changePct: isZero(b.budget) ? undefined : divide(change, b.budget, 6),
        expansion: unbudgeted ? ZERO : sub(change, discontinued),
        newCapability: unbudgeted ? b.actual : ZERO,
        discontinued,
        price: undefined,
        volume: undefined,
        vendors: vendorsOf.find((v) => v.key === b.key)?.vendors ?? [],
      };
    });
  } else {
    rows = computeVariance(inMonths(base!.months), currentFacts, (f) => keyOf(f, by, config), options.history);
  }
  const total = totalVariance(rows);
  const withPrice = rows.some((r) => r.price !== undefined);
  // one-off items: a column of their own only when there are any (the SPEC columns stay as they are)
  const withOneOff = rows.some((r) => r.oneOff !== undefined && !isZero(r.oneOff));
  const withBudget = budget !== undefined;
  // volume of the business: base × driver growth per row; the total is the rows' sum, so
  // with + beyond = change holds for every row and the total, to the cent
  const business = against !== 'budget' && options.business !== undefined && movedWithBusiness(ZERO, options.business.growth) !== undefined ? options.business : undefined;
  const withBusiness = (r: VarianceRow): Decimal => (r.key === 'total' ? rows.reduce<Decimal>((t, x) => add(t, movedWithBusiness(x.base, business!.growth)!), ZERO) : movedWithBusiness(r.base, business!.growth)!);
  const budgetOf = (key: string): Decimal | undefined => (key === 'total' ? sumBudget(rows, budget) : key === UNBUDGETED ? ZERO : budget?.get(key));

  // machine table: SPEC §5 columns, in key order
  const dimKey = by;
  const dataColumns: Column[] = [
    text(dimKey, DIMENSION_LABELS[by]),
    money('base', 'Base'),
    money('current', 'Current'),
    money('change', 'Change'),
    percent('change_pct', 'Change %'),
    money('expansion', 'Expansion'),
    money('new_capability', 'New capability'),
    money('discontinued', 'Discontinued'),
  ];
  if (withBudget) dataColumns.push(money('budget', 'Budget'), money('remaining', 'Remaining'));
  if (withPrice) dataColumns.push(money('price', 'Price'), money('volume', 'Volume'), money('residual', 'Residual'));
  if (withOneOff) dataColumns.push(money('one_off', 'One-off (incl.)'));
  if (business) dataColumns.push(money('with_business', `With ${business.driver}`), money('beyond_business', `Beyond ${business.driver}`));
  const cells = (r: VarianceRow, name: string): Row => {
    const row: Row = {
      [dimKey]: name,
      base: r.base,
      current: r.current,
      change: r.change,
      change_pct: r.changePct ?? null,
      expansion: r.expansion,
      new_capability: r.newCapability,
      discontinued: r.discontinued,
    };
    if (withBudget) {
      const b = budgetOf(r.key);
      row.budget = b ?? null;
      row.remaining = b === undefined ? null : sub(b, r.current);
    }
    if (withPrice) {
      row.price = r.price ?? null;
      row.volume = r.volume ?? null;
      // the part of expansion neither price nor volume explains (spend without quantities)
      row.residual = r.price === undefined || r.volume === undefined ? r.expansion : sub(sub(r.expansion, r.price), r.volume);
    }
    if (withOneOff) row.one_off = r.oneOff ?? ZERO;
    if (business) {
      const w = withBusiness(r);
      row.with_business = w;
      row.beyond_business = sub(r.change, w);
    }
    return row;
  };
  const dataRows = rows.map((r) => cells(r, r.key));

  // human table: largest moves first, the unbudgeted row last
  const material = new Set(rows.filter((r) => isMaterial(r, materiality)).map((r) => r.key));
  const ordered = [...rows].sort((a, b) => Number(a.key === UNBUDGETED) - Number(b.key === UNBUDGETED) || compare(abs(b.change), abs(a.change)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const baseLabel = against === 'budget' ? `Budget ${current.label}` : base!.label;
  const humanColumns: Column[] =
    against === 'budget'
      ? [text(dimKey, DIMENSION_LABELS[by]), money('base', baseLabel), money('current', `Actual ${current.label}`), money('remaining', 'Remaining'), share('used', '% used'), text('status', 'Over/under'), money('change', 'Change'), percent('change_pct', 'Change %'), text('material', 'Material')]
      : [
          text(dimKey, DIMENSION_LABELS[by]),
          money('base', baseLabel),
          money('current', current.label),
          money('change', 'Change'),
          percent('change_pct', 'Change %'),
          money('expansion', 'Expansion'),
          money('new_capability', 'New capability'),
          money('discontinued', 'Discontinued'),
          ...(withPrice ? [money('price', 'Price'), money('volume', 'Volume'), money('residual', 'Residual')] : []),
          ...(withOneOff ? [money('one_off', 'One-off (incl.)')] : []),
          ...(business ? [money('with_business', `With ${business.driver}`), money('beyond_business', `Beyond ${business.driver}`)] : []),
          ...(withBudget ? [money('budget', 'Budget'), money('remaining', 'Remaining')] : []),
          text('material', 'Material'),
        ];
  const humanRows = ordered.map((r) => {
    const row = cells(r, label(r.key));
    row.material = material.has(r.key) ? 'yes' : '';
    if (against === 'budget') {
      row.remaining = sub(r.base, r.current);
      row.used = r.key === UNBUDGETED || isZero(r.base) ? null : divide(r.current, r.base, 6);
      row.status = r.key === UNBUDGETED ? (isZero(r.current) ? '' : 'unbudgeted') : statusOf(r);
    }
    return row;
  });
  const totalRow = cells(total, 'Total');
  if (against === 'budget') {
    totalRow.remaining = sub(total.base, total.current);
    totalRow.used = isZero(total.base) ? null : divide(total.current, total.base, 6);
    totalRow.status = statusOf(total);
  }

  const summary = [headline(total, options, cur)];
  // a side with no data: its $0 is no data, not spend, so nothing "moved", "is new" or "stopped"
  const noData = options.noData?.current !== undefined || (against !== 'budget' && options.noData?.base !== undefined);
  const movers = noData ? [] : ordered.filter((r) => material.has(r.key));
  for (const r of movers) {
    if (against !== 'budget') summary.push(moverSentence(label(r.key), r, cur));
    else if (r.key !== UNBUDGETED) summary.push(budgetSentence(label(r.key), r, cur));
  }
  const unbudgeted = rows.find((r) => r.key === UNBUDGETED);
  if (unbudgeted && !isZero(unbudgeted.current)) {
    const list = unbudgetedCategories.map((c) => `${labelOf(c, 'category', config)} ${absMoney(sumCategory(currentFacts, c), cur)}`);
    summary.push(`Unbudgeted spend: ${absMoney(unbudgeted.current, cur)} in ${unbudgetedCategories.length === 1 ? 'a category' : 'categories'} with no budget for ${current.label} (${list.join(', ')}).`);
  }
  if (business) summary.push(businessSentence(total, withBusiness(total), business, cur));
  if (movers.length === 0 && !noData) summary.push(`No ${DIMENSION_LABELS[by].toLowerCase()} moved by ${thresholdText(options.materiality, cur)} or more.`);

  const notes = [
    `Material: a move of at least ${amountText(materiality.minAmount, cur)} and ${plainPct(materiality.threshold, 0)} of the base (new spend of at least ${amountText(materiality.minAmount, cur)} counts).`,
  ];
  if (against !== 'budget')
    notes.push(
      options.history !== undefined
        ? `Causes, vendor by vendor: new capability = spend of vendors not billed in the ${options.history.lookbackMonths} months up to ${base!.label}; discontinued = spend of vendors that stopped (not within their own billing cycle); expansion = the change of every other vendor, including quarterly, semi-annual and annual vendors between payments.`
        : 'Causes, vendor by vendor: expansion = change of vendors with spend in both periods; new capability = spend of vendors new in the current period; discontinued = spend of vendors that stopped.',
    );
  const lumpy = rows.flatMap((r) => r.vendors.filter((v) => v.cycleMonths !== undefined && v.cycleMonths >= 2).map((v) => `${v.vendor} (every ${v.cycleMonths} months, ${signedMoney(v.change, cur)})`));
  if (lumpy.length > 0) notes.push(`Billed in lumps, counted as expansion rather than new or discontinued: ${lumpy.slice(0, 6).join(', ')}${lumpy.length > 6 ? ` and ${lumpy.length - 6} more` : ''}.`);
  if (against === 'budget') notes.push('Against the budget: budgets written for a longer period are phased evenly over its months; unbudgeted spend is spend in categories with no budget for the period.');
  if (withOneOff) notes.push('One-off (incl.): the part of the change made by one-off items (a vendor month above 3× its median of the previous months: a spike, a setup fee); it is inside the cause it falls in, so the causes still add up to the change.');
  if (withPrice) notes.push('Price and volume split the change of metered items (lines with a quantity, by account and description) of vendors present in both periods: volume = change in quantity × base unit price; price = the rest. Residual = expansion − price − volume: the change of spend without quantities, which is not split.');
  if (business) notes.push(`With ${business.driver}: the base spend grown as ${business.driver} grew (base × (${business.driver} now − before) / before, to the cent): spend that moved with the volume of the business; beyond ${business.driver} = change − with ${business.driver}: spend that did not. The two add up to the change, like the causes.`);
  else if (against !== 'budget' && options.business !== undefined) {
    const g = options.business.growth;
    notes.push(g.missing.length > 0 ? `No volume-of-business split: ${options.business.driver} has no value for ${g.missing.join(', ')}.` : `No volume-of-business split: ${options.business.driver} is 0 in ${base!.label}.`);
  }
  notes.push(...(options.notes ?? []));

  const title = against === 'budget' ? `Budget vs actual by ${DIMENSION_LABELS[by].toLowerCase()}, ${current.label}` : `Variance by ${DIMENSION_LABELS[by].toLowerCase()}: ${current.label} against ${base!.label}`;
  return {
    version: 1,
    command: 'variance',
    title,
    currency: cur,
    parameters: {
      currency: cur,
      by,
      against,
      current: current.label,
      base: against === 'budget' ? 'budget' : base!.label,
      threshold: plainPct(materiality.threshold, 0).replace(/\.0%$/, '%'),
      'min-amount': toExact(materiality.minAmount),
      ...(options.parameters ?? {}),
    },
    summary,
    sections: [
      {
        id: 'variance',
        columns: humanColumns,
        rows: humanRows,
        total: totalRow,
        notes,
        chart: { kind: 'bar', title: `Change by ${DIMENSION_LABELS[by].toLowerCase()} (${cur})`, labels: ordered.slice(0, 12).map((r) => label(r.key)), values: ordered.slice(0, 12).map((r) => r.change) },
      },
    ],
    data: { id: 'variance', columns: dataColumns, rows: dataRows, total: cells(total, 'total') },
    footer,
    warnings,
  };
}

function businessSentence(total: VarianceRow, moved: Decimal, b: { driver: string; growth: DriverGrowth }, currency: string): string {
  // one rounding: the driver's growth to 0.1%
  const g = divide(sub(b.growth.current, b.growth.base), b.growth.base, 3);
  const beyond = sub(total.change, moved);
  return `${b.driver.charAt(0).toUpperCase()}${b.driver.slice(1)} ${g.units < 0n ? 'fell' : 'grew'} ${plainPct(abs(g), 1)}: ${signedMoney(moved, currency)} of the change moved with ${b.driver} (base spend × its growth), ${signedMoney(beyond, currency)} did not.`;
}

function abs(d: Decimal): Decimal {
  return d.units < 0n ? neg(d) : d;
}

function statusOf(r: VarianceRow): string {
  const c = compare(r.current, r.base);
  return c > 0 ? 'over' : c < 0 ? 'under' : 'on budget';
}

function sumBudget(rows: readonly VarianceRow[], budget: ReadonlyMap<string, Decimal> | undefined): Decimal | undefined {
  if (budget === undefined) return undefined;
  let t: Decimal = ZERO;
  for (const r of rows) {
    const b = budget.get(r.key);
    if (b !== undefined) t = add(t, b);
  }
  return t;
}

function sumCategory(facts: readonly Fact[], category: string): Decimal {
  let t: Decimal = ZERO;
  for (const f of facts) if (f.category === category) t = add(t, f.amount);
  return t;
}

function thresholdText(m: Materiality, currency: string): string {
  return `${plainPct(m.threshold, 0)} and ${absMoney(m.minAmount, currency)}`;
}

function headline(total: VarianceRow, o: VarianceOptions, currency: string): string {
  if (o.noData?.current !== undefined) return `No data for ${o.current.label}: ${o.noData.current}. The figures below are zero for want of data, not spend.`;
  if (o.against !== 'budget' && o.noData?.base !== undefined)
    return `Technology spend was ${spendAmount(total.current, currency)} in ${o.current.label}; no data for ${o.base!.label} to compare with: ${o.noData.base}. The changes below are against no data, not zero spend.`;
  if (o.against === 'budget') {
    const over = compare(total.current, total.base);
    const gap = absMoney(total.change, currency);
    const pct = total.changePct !== undefined ? ` (${signedPct(total.changePct)})` : '';
    if (isZero(total.base)) return `Technology spend was ${spendAmount(total.current, currency)} in ${o.current.label}, with no budget for the period.`;
    return `Technology spend was ${absMoney(total.current, currency)} in ${o.current.label} against a budget of ${absMoney(total.base, currency)}: ${
      over > 0 ? `${gap}${pct} over budget` : over < 0 ? `${gap}${pct} under budget` : 'exactly on budget'
    }.`;
  }
  const word = o.against === 'last-year' ? 'a year earlier' : '';
  const from = `${spendAmount(total.base, currency)} in ${o.base!.label}${word ? ` ${word}` : ''}`;
  const dir = total.change.units > 0n ? 'up' : total.change.units < 0n ? 'down' : 'unchanged';
  const pct = pctOfBase(total.change, total.base, total.changePct);
  return `Technology spend was ${spendAmount(total.current, currency)} in ${o.current.label}, ${dir === 'unchanged' ? `unchanged from ${from}` : `${dir} ${absMoney(total.change, currency)}${pct} from ${from}`}.`;
}

function budgetSentence(label: string, r: VarianceRow, currency: string): string {
  const pct = r.changePct !== undefined ? ` (${signedPct(r.changePct)})` : '';
  const over = r.change.units > 0n;
  return `${label} ${over ? 'ran' : 'came in'} ${absMoney(r.change, currency)}${pct} ${over ? 'over' : 'under'} budget: ${absMoney(r.current, currency)} spent against ${absMoney(r.base, currency)}.`;
}

function amountText(d: Decimal, currency: string): string {
  const whole = d.units % 10n ** BigInt(d.scale) === 0n;
  return `${currencySymbol(currency)}${toGrouped(d, whole ? 0 : 2)}`;
}
