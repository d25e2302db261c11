/**
 * `report --per revenue` / `--per customer`: technology spend against a business driver, per
 * fiscal year and per month, per group (category, function, ...), with the trend sentence
 * ("technology spend grew 12% while revenue grew 20%: 6.1% → 5.7% of revenue"). Each figure is
 * rounded once, at the places it shows: the human tables at 0.1% / the cent, the machine table
 * at 0.01% / the cent, both from the exact ratio (analysis/unit-economics).
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { type DriverSeries, type Growth, isMoneyDriver, ratioAt, spendByGroupMonth, type UnitCell, unitCell, type UnitPeriod, unitTrend, type UnitTrend } from '../analysis/unit-economics.js';
import { add, type Decimal, divide, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import { fiscalYearOf } from '../period/period.js';
import { currencySymbol } from './format.js';
import { type Column, money, type Report, type ReportFooter, type Row, share, type Table, text } from './model.js';
import { type Dimension, DIMENSION_LABELS, keyOf, labelOf } from './dimensions.js';

type Keyed = Fact & { fn?: string };

export interface UnitOptions {
  by: Dimension;
  series: DriverSeries;
  /** the months of the data, sorted */
  months: readonly string[];
}

const HUMAN_SHARE = 3; // 6.1%
const MACHINE_SHARE = 4; // 0.0612
const CENT = 2;

/** "6.1% of revenue" / "$41.20 per customer", or why there is no figure. */
function cellText(cell: UnitCell, driver: string, currency: string, places: number): Decimal | string {
  if (cell.kind === 'missing') return `no ${driver} value`;
  if (cell.kind === 'zero') return `${driver} is 0`;
  return ratioAt(cell, isMoneyDriver(driver) ? places : CENT)!;
}

export function fiscalYears(months: readonly string[], fys: number): UnitPeriod[] {
  const out = new Map<string, string[]>();
  for (const m of months) {
    const label = `FY${fiscalYearOf(m, fys)}`;
    out.set(label, [...(out.get(label) ?? []), m]);
  }
  return [...out].map(([label, ms]) => ({ label, months: ms }));
}

function unitWord(driver: string): string {
  // "per customer" reads better than "per customers"
  return driver.endsWith('s') && !driver.endsWith('ss') ? driver.slice(0, -1) : driver;
}

/** The ratio column heading: "% of revenue" or "per customer". */
export function ratioLabel(driver: string): string {
  return isMoneyDriver(driver) ? `% of ${driver}` : `per ${unitWord(driver)}`;
}

function pct(g: Growth | undefined): string {
  if (g === undefined) return 'n/a';
  // one rounding, to whole percent
  const p = divide({ units: g.change.units * 100n, scale: g.change.scale }, g.base, 0);
  return `${p.units < 0n ? 'fell' : 'grew'} ${toFixed(p.units < 0n ? { units: -p.units, scale: 0 } : p, 0)}%`;
}

function ratioWords(spend: Decimal, driver: Decimal, name: string, currency: string): string {
  if (isMoneyDriver(name)) return `${toFixed({ ...divide(spend, driver, HUMAN_SHARE), scale: HUMAN_SHARE - 2 }, 1)}%`;
  return `${currencySymbol(currency)}${toGrouped(divide(spend, driver, CENT), 2)}`;
}

function monthRange(months: readonly string[]): string {
  return months.length === 1 ? months[0]! : `${months[0]}..${months.at(-1)}`;
}

/** "FY2027 to date (2026-02..2026-10) against the same months a year earlier: technology spend grew 12% while revenue grew 20%: 6.1% → 5.7% of revenue." */
export function trendSentence(t: UnitTrend, driver: string, currency: string, latestLabel: string): string {
  const unit = isMoneyDriver(driver) ? `of ${driver}` : `per ${unitWord(driver)} a month`;
  return `${latestLabel} (${monthRange(t.months)}) against the same months a year earlier: technology spend ${pct(t.spendGrowth)} while ${driver} ${pct(t.driverGrowth)}: ${ratioWords(t.before.spend, t.before.driver, driver, currency)} → ${ratioWords(t.after.spend, t.after.driver, driver, currency)} ${unit}.`;
}

export interface UnitEconomics {
  summary: string[];
  byYear: Table;
  byMonth: Table;
  /** the ratio per group (category, function, ...) and month, with each fiscal year's after the months */
  byGroupMonth: Table;
  data: Table;
  notes: string[];
}

export function unitEconomics(facts: readonly Keyed[], config: Config, o: UnitOptions): UnitEconomics {
  const { by, series, months } = o;
  const driver = series.driver;
  const cur = config.currency;
  const groups = spendByGroupMonth(facts, (f) => keyOf(f, by, config));
  const total = spendByGroupMonth(facts, () => 'total').get('total') ?? new Map<string, Decimal>();
  const years = fiscalYears(months, config.fiscalYearStart);
  const label = ratioLabel(driver);
  const ratioColumn = (key: string, heading: string): Column => (isMoneyDriver(driver) ? share(key, heading) : money(key, heading));

  // by fiscal year: spend and the ratio per year, per group
  const yearColumns: Column[] = [text(by, DIMENSION_LABELS[by])];
  for (const y of years) yearColumns.push(money(`spend_${y.label}`, `${y.label} spend`), ratioColumn(`ratio_${y.label}`, `${y.label} ${label}`));
  const yearRow = (name: string, byMonth: ReadonlyMap<string, Decimal>): Row => {
    const row: Row = { [by]: name };
    for (const y of years) {
      const cell = unitCell(byMonth, series, y);
      row[`spend_${y.label}`] = y.months.reduce<Decimal>((t, m) => add(t, byMonth.get(m) ?? ZERO), ZERO);
      row[`ratio_${y.label}`] = cellText(cell, driver, cur, HUMAN_SHARE);
    }
    return row;
  };
  const byYear: Table = {
    id: 'unit-economics-year',
    title: `Technology spend ${label}, by fiscal year`,
    columns: yearColumns,
    rows: [...groups].map(([k, m]) => yearRow(labelOf(k, by, config), m)),
    total: yearRow('Total', total),
  };

  // by month: the totals, with the driver beside them
  const driverColumn = isMoneyDriver(driver) ? money('driver', capital(driver)) : text('driver', capital(driver));
  const byMonth: Table = {
    id: 'unit-economics-month',
    title: `Technology spend ${label}, by month`,
    columns: [text('month', 'Month'), money('spend', 'Technology spend'), driverColumn, ratioColumn('ratio', capital(label))],
    rows: months.map((m) => {
      const d = series.byMonth.get(m);
      return { month: m, spend: total.get(m) ?? ZERO, driver: d === undefined ? `no value` : isMoneyDriver(driver) ? d : toPlain(d), ratio: cellText(unitCell(total, series, { label: m, months: [m] }), driver, cur, HUMAN_SHARE) };
    }),
  };

  // per group and month: the ratio alone (the spend is the plain report's), each fiscal year's after the months
  const shortText = (cell: UnitCell): Decimal | string => (cell.kind === 'missing' ? 'no value' : cell.kind === 'zero' ? `${driver} 0` : cellText(cell, driver, cur, HUMAN_SHARE));
  const matrixRow = (name: string, byMonth: ReadonlyMap<string, Decimal>): Row => {
    const row: Row = { [by]: name };
    for (const m of months) row[`m_${m}`] = shortText(unitCell(byMonth, series, { label: m, months: [m] }));
    for (const y of years) row[`y_${y.label}`] = shortText(unitCell(byMonth, series, y));
    return row;
  };
  const byGroupMonth: Table = {
    id: 'unit-economics-group-month',
    title: `Technology spend ${label} by ${DIMENSION_LABELS[by].toLowerCase()} and month`,
    columns: [text(by, DIMENSION_LABELS[by]), ...months.map((m) => ratioColumn(`m_${m}`, m)), ...years.map((y) => ratioColumn(`y_${y.label}`, y.label))],
    rows: [...groups].map(([k, m]) => matrixRow(labelOf(k, by, config), m)),
    total: matrixRow('Total', total),
    notes: [
      isMoneyDriver(driver)
        ? `Each cell: the ${DIMENSION_LABELS[by].toLowerCase()}'s spend of the month over ${driver} of the month; a fiscal year's, its spend over its ${driver}, months without a value left out of both.`
        : `Each cell: the ${DIMENSION_LABELS[by].toLowerCase()}'s spend of the month over the ${driver} value of the month; a fiscal year's, its spend over the sum of its months' values, months without a value left out of both.`,
    ],
  };

  // machine view: every group × period (each month, each fiscal year), exact inputs beside the ratio
  const dataColumns: Column[] = [text(by, DIMENSION_LABELS[by]), text('period', 'Period'), money('spend', 'Spend'), text('driver', capital(driver)), ratioColumn('ratio', label), text('months_without_value', 'Months without a value')];
  const dataRows: Row[] = [];
  const periods: UnitPeriod[] = [...years, ...months.map((m) => ({ label: m, months: [m] }))];
  for (const [k, m] of [...groups, ['total', total] as const]) {
    for (const p of periods) {
      const cell = unitCell(m, series, p);
      dataRows.push({
        [by]: k,
        period: p.label,
        spend: cell.spend,
        driver: cell.kind === 'missing' ? '' : toPlain(cell.kind === 'ratio' ? cell.driver : ZERO),
        ratio: cell.kind === 'ratio' ? ratioAt(cell, isMoneyDriver(driver) ? MACHINE_SHARE : CENT)! : null,
        months_without_value: cell.missing.length,
      });
    }
  }

  const summary: string[] = [];
  const latest = years.at(-1);
  const trend = latest ? unitTrend(total, series, latest.months) : undefined;
  if (trend && latest) summary.push(trendSentence(trend, driver, cur, latest.months.length < 12 || trend.months.length < latest.months.length ? `${latest.label} to date` : latest.label));
  else summary.push(`No trend: no month of ${latest?.label ?? 'the data'} has a ${driver} value and spend both in it and a year earlier.`);
  const lacking = months.filter((m) => !series.byMonth.has(m));
  const notes = [
    isMoneyDriver(driver)
      ? `% of ${driver}: technology spend over ${driver} (${cur}) of the same months.`
      : `Per ${unitWord(driver)}: technology spend over the ${driver} value of the same months; a fiscal year's figure is its spend over the sum of its months' values (for a count such as customers: spend per ${unitWord(driver)} per month, averaged over the year).`,
    'A month without a driver value is left out of the ratio (its spend too), never divided by zero or filled in.',
  ];
  // a fiscal year the data covers in part: its figures are for those months only
  for (const y of years) if (y.months.length < 12) notes.push(`${y.label}: ${y.months.length} month${y.months.length === 1 ? '' : 's'} in the data (${monthRange(y.months)}).`);
  if (lacking.length > 0) summary.push(`${lacking.length} month${lacking.length === 1 ? '' : 's'} of spend ${lacking.length === 1 ? 'has' : 'have'} no ${driver} value (${lacking.join(', ')}): left out of the ratios.`);
  return { summary, byYear: { ...byYear, notes }, byMonth, byGroupMonth, data: { id: 'unit-economics', columns: dataColumns, rows: dataRows }, notes };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A count as written: 1200, 12.5 (no money grouping). */
function toPlain(d: Decimal): string {
  return toFixed(d, d.scale);
}

export function buildUnitEconomicsReport(facts: readonly Keyed[], config: Config, o: UnitOptions, footer: ReportFooter | undefined, notes: string[] = []): Report {
  const u = unitEconomics(facts, config, o);
  return {
    version: 1,
    command: 'report',
    title: `Technology spend ${ratioLabel(o.series.driver)} by ${DIMENSION_LABELS[o.by].toLowerCase()}`,
    currency: config.currency,
    parameters: { currency: config.currency, by: o.by, per: o.series.driver },
    summary: u.summary,
    sections: [{ ...u.byYear, notes: [...u.notes, ...notes] }, u.byMonth, u.byGroupMonth],
    data: u.data,
    footer,
    warnings: [],
  };
}

/**
 * The board's unit economics (when drivers are configured): technology spend against the lead
 * driver (`per:` in the config, else revenue, else the first) by business function and fiscal
 * year up to the board's month, with every driver's trend sentence beneath.
 */
export function boardUnitEconomics(facts: readonly Keyed[], allocatedFacts: readonly Keyed[], config: Config, drivers: readonly DriverSeries[], lastMonth: string): Table | undefined {
  if (drivers.length === 0) return undefined;
  const upTo = (fs: readonly Keyed[]) => fs.filter((f) => f.month <= lastMonth);
  const months = [...new Set(upTo(facts).map((f) => f.month))].sort();
  if (months.length === 0) return undefined;
  const lead = drivers[0]!;
  const main = unitEconomics(upTo(allocatedFacts), config, { by: 'function', series: lead, months });
  const trends = drivers.map((d) => unitEconomics(upTo(facts), config, { by: 'category', series: d, months }).summary);
  return {
    ...main.byYear,
    id: 'unit-economics',
    title: `Unit economics: technology spend ${ratioLabel(lead.driver)} by business function`,
    notes: [...trends.flat(), ...main.notes],
  };
}
