/**
 * `forecast`: next fiscal year from the run rate of the last complete months plus growth, per
 * category, against the budget for that year when there is one.
 */
import type { Config } from '../config/config.js';
import type { ForecastRow } from '../analysis/forecast.js';
import { compare, type Decimal, isZero } from '../money/decimal.js';
import { type Column, money, percent, type Report, type ReportFooter, type Row, text } from './model.js';
import { labelOf } from './dimensions.js';
import { absMoney, plainPct } from './sentences.js';
import { monthSpanText } from '../period/coverage.js';

export interface ForecastOptions {
  /** the run-rate months, oldest first */
  months: string[];
  fiscalYear: string;
  rows: ForecastRow[];
  total: ForecastRow;
  /** growth assumptions as given, for the summary */
  growthNotes: string[];
  /** the current fiscal year: months booked (actuals) and months left to project */
  toDate?: { months: string[]; monthsLeft: number } | undefined;
  parameters?: Record<string, string>;
}

export function buildForecastReport(config: Config, o: ForecastOptions, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const cur = config.currency;
  const withBudget = o.total.budget !== undefined;
  const dataColumns: Column[] = [
    text('category', 'Category'),
    money('run_rate_monthly', 'Run rate / month'),
    percent('growth', 'Growth'),
    money('forecast', `Forecast ${o.fiscalYear}`),
    money('budget', `Budget ${o.fiscalYear}`),
    money('gap', 'Gap'),
  ];
  // the current fiscal year: what is booked so far (appended: the SPEC columns stay first)
  if (o.toDate !== undefined) dataColumns.push(money('actuals', 'Actuals to date'));
  // bills in lumps added once (analysis/forecast-lumps.ts): a column only when there are some, so other output is unchanged
  const bills = o.total.annualBills;
  const billsColumn = money('annual_bills', 'Annual bills');
  if (bills !== undefined) dataColumns.push(billsColumn);
  const cells = (r: ForecastRow, name: string): Row => ({
    category: name,
    run_rate_monthly: r.runRateMonthly,
    growth: r.growth,
    forecast: r.forecast,
    budget: r.budget ?? null,
    gap: r.gap ?? null,
    ...(o.toDate !== undefined ? { actuals: r.actuals ?? null } : {}),
    ...(bills !== undefined ? { annual_bills: r.annualBills ?? null } : {}),
  });
  const human = [...o.rows].sort((a, b) => compare(b.forecast, a.forecast) || (a.category < b.category ? -1 : 1));
  const humanBase = o.toDate !== undefined ? [dataColumns[0]!, dataColumns[6]!, ...dataColumns.slice(1, withBudget ? 6 : 4)] : withBudget ? dataColumns.slice(0, 6) : dataColumns.slice(0, 4);
  // the annual bills read before the forecast they add to
  const humanColumns = bills === undefined ? humanBase : humanBase.flatMap((c) => (c.key === 'forecast' ? [billsColumn, c] : [c]));
  const window = o.months.length === 0 ? 'no complete month' : o.months.length === 1 ? o.months[0]! : monthSpanText(o.months);

  const t = o.toDate;
  const summary = [
    t !== undefined
      ? `${o.fiscalYear} forecast: ${absMoney(o.total.forecast, cur)}: ${absMoney(o.total.actuals ?? o.total.forecast, cur)} booked to date (${t.months[0]} to ${t.months.at(-1)}) plus a run rate of ${absMoney(o.total.runRateMonthly, cur)} a month (${window}) for the ${t.monthsLeft} month${t.monthsLeft === 1 ? '' : 's'} left${
          isZero(o.total.growth) ? '' : ` with growth (${signed(o.total.growth)} overall)`
        }${bills === undefined ? '' : `, plus annual bills of ${absMoney(bills, cur)}`}.`
      : `${o.fiscalYear} forecast: ${absMoney(o.total.forecast, cur)}, from a run rate of ${absMoney(o.total.runRateMonthly, cur)} a month (mean of ${window}) × 12${
          isZero(o.total.growth) ? '' : ` with growth (${signed(o.total.growth)} overall)`
        }${bills === undefined ? '' : `, plus annual bills of ${absMoney(bills, cur)}`}.`,
  ];
  if (o.total.budget !== undefined && o.total.gap !== undefined) {
    const c = compare(o.total.forecast, o.total.budget);
    summary.push(
      c === 0
        ? `That is exactly the ${o.fiscalYear} budget of ${absMoney(o.total.budget, cur)}.`
        : `That is ${absMoney(o.total.gap, cur)} ${c > 0 ? 'over' : 'under'} the ${o.fiscalYear} budget of ${absMoney(o.total.budget, cur)}.`,
    );
    const over = o.rows.filter((r) => r.gap !== undefined && r.gap.units > 0n).sort((a, b) => compare(b.gap!, a.gap!));
    if (over.length > 0)
      summary.push(`Forecast above budget: ${over.slice(0, 5).map((r) => `${labelOf(r.category, 'category', config)} ${absMoney(r.gap!, cur)}`).join(', ')}${over.length > 5 ? ` and ${over.length - 5} more` : ''}.`);
  }
  const notes = [
    t !== undefined
      ? `Run rate = monthly spend over ${window} (complete months only), rounded to the cent; forecast = actuals booked to date + run rate × ${t.monthsLeft} months left × (1 + growth)${bills === undefined ? '' : ' + annual bills'}.`
      : `Run rate = mean monthly spend over ${window} (complete months only; a month without spend counts as zero), rounded to the cent; forecast = run rate × 12 × (1 + growth)${bills === undefined ? '' : ' + annual bills'}.`,
    ...o.growthNotes,
  ];
  if (withBudget) notes.push('Gap = forecast − budget: positive means the forecast is over budget. Categories with no budget show a budget of 0.00.');

  return {
    version: 1,
    command: 'forecast',
    title: `Run-rate forecast for ${o.fiscalYear}`,
    currency: cur,
    parameters: { currency: cur, 'fiscal-year': o.fiscalYear, 'run-rate': window, ...(o.parameters ?? {}) },
    summary,
    sections: [
      {
        id: 'forecast',
        columns: humanColumns,
        rows: human.map((r) => cells(r, labelOf(r.category, 'category', config))),
        total: cells(o.total, 'Total'),
        notes,
        chart: { kind: 'bar', title: `${o.fiscalYear} forecast by category (${cur})`, labels: human.slice(0, 12).map((r) => labelOf(r.category, 'category', config)), values: human.slice(0, 12).map((r) => r.forecast) },
      },
    ],
    data: { id: 'forecast', columns: dataColumns, rows: o.rows.map((r) => cells(r, r.category)), total: cells(o.total, 'total') },
    footer,
    warnings,
  };
}

function signed(fraction: Decimal): string {
  const s = plainPct(fraction, 1);
  return fraction.units < 0n ? s : `+${s}`;
}

