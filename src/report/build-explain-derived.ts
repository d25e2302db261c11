/**
 * `explain` for derived figures: a variance row (the base and current lines per vendor, and the
 * cause each vendor's change went to, and why), a forecast (the run-rate months and amounts, the
 * growth applied, the committed savings the board's outlook takes off) and a budget to date (the
 * budget lines and how each is phased over its months). The figures come from the analysis
 * functions the other commands use (computeVariance, computeForecast, monthlyBudget), so they are
 * the same to the cent; the lines listed beside them are the ones they sum.
 */
import type { BudgetLine, Config } from '../config/config.js';
import type { ForecastRow } from '../analysis/forecast.js';
import type { VarianceRow, VendorChange } from '../analysis/variance.js';
import type { PeriodWindow } from '../analysis/window.js';
import { add, type Decimal, divide, isZero, round, sub, toExact, toGrouped, ZERO } from '../money/decimal.js';
import { money, percent, type Report, type ReportFooter, type Row, type Table, text, int } from './model.js';
import { labelOf } from './dimensions.js';
import { type ExplainLine, finerThanCent, withExact } from './build-explain.js';
import { monthSpanText } from '../period/coverage.js';

const LINE_COLUMNS = [text('source', 'Source'), int('line', 'Line'), text('date', 'Date'), text('vendor', 'Vendor'), text('description', 'Description'), money('amount', 'Amount'), text('category', 'Category'), text('rule', 'Rule')];
const lineRow = (l: ExplainLine): Row => ({ source: l.source, line: l.line, date: l.date, vendor: l.vendor, description: l.description, amount: l.amount, category: l.category, rule: l.rule });
/** A table of lines, with the exact amounts beside the rounded ones when any is finer than the cent. */
function linesTable(id: string, title: string, ls: readonly ExplainLine[]): Table {
  const exact = finerThanCent(ls.map((l) => l.amount));
  const total = sumOf(ls);
  return { id, title, ...withExact(LINE_COLUMNS, ls.map(lineRow), exact), total: { source: 'Total', amount: total, ...(exact ? { amount_exact: toExact(total) } : {}) } };
}
const sumOf = (ls: readonly { amount: Decimal }[]) => ls.reduce<Decimal>((a, l) => add(a, l.amount), ZERO);

function report(config: Config, title: string, parameters: Record<string, string>, summary: string[], sections: Table[], data: Table, footer: ReportFooter | undefined): Report {
  return { version: 1, command: 'explain', title, currency: config.currency, parameters: { currency: config.currency, ...parameters }, summary, sections, data, footer, warnings: [] };
}

/** Why a vendor's change went to its cause, in words. */
export function causeReason(v: VendorChange, base: PeriodWindow, current: PeriodWindow): string {
  switch (v.cause) {
    case 'new':
      return `no spend in ${base.label}: new capability`;
    case 'discontinued':
      return `no spend in ${current.label}: discontinued`;
    case 'expansion':
      return `spend in both ${base.label} and ${current.label}: expansion of existing spend${v.price !== undefined ? ` (metered items: volume ${toGrouped(v.volume!)} = change in quantity × ${base.label} unit price; price ${toGrouped(v.price)} = the rest)` : ''}`;
    default:
      return String(v.cause);
  }
}

export interface VarianceExplainInput {
  config: Config;
  category: string;
  base: PeriodWindow;
  current: PeriodWindow;
  /** the period kind and base, as variance's --period and --against */
  kind: string;
  against: string;
  row: VarianceRow;
  /** the category's lines in the base and current months; `vendor` here is the catalog name the variance groups by */
  baseLines: readonly (ExplainLine & { vendorKey: string })[];
  currentLines: readonly (ExplainLine & { vendorKey: string })[];
  footer: ReportFooter | undefined;
}

export function buildExplainVariance(v: VarianceExplainInput): Report {
  const { config, row, base, current } = v;
  const name = labelOf(v.category, 'category', config);
  const vendorRows: Row[] = row.vendors.map((x) => ({
    vendor: x.vendor,
    base: x.base,
    current: x.current,
    change: x.change,
    cause: x.cause === 'new' ? 'new capability' : x.cause,
    why: causeReason(x, base, current),
    price: x.price ?? null,
    volume: x.volume ?? null,
    lines: `${v.baseLines.filter((l) => l.vendorKey === x.vendor).length} + ${v.currentLines.filter((l) => l.vendorKey === x.vendor).length}`,
  }));
  const sideRows = (side: string, ls: readonly (ExplainLine & { vendorKey: string })[]) => ls.map((l) => ({ side, vendor_key: l.vendorKey, ...lineRow(l), cause: row.vendors.find((x) => x.vendor === l.vendorKey)?.cause ?? 'unchanged' }));
  const lineColumns = [text('side', 'Period'), text('vendor_key', 'Vendor (grouped)'), ...LINE_COLUMNS, text('cause', 'Cause of its vendor')];
  const rows = [...sideRows(base.label, v.baseLines), ...sideRows(current.label, v.currentLines)];
  const summary = [
    `${name}: ${current.label} ${toGrouped(row.current)} against ${base.label} ${toGrouped(row.base)}, change ${toGrouped(row.change)}${row.changePct !== undefined ? ` (${toExact(round({ units: row.changePct.units * 100n, scale: row.changePct.scale }, 1))}%)` : ''}.`,
    `Causes: expansion of existing spend ${toGrouped(row.expansion)} + new capability ${toGrouped(row.newCapability)} + discontinued ${toGrouped(row.discontinued)} = ${toGrouped(row.change)}${row.price !== undefined ? `; of the expansion, price ${toGrouped(row.price)} and volume ${toGrouped(row.volume!)}` : ''}.`,
    `Each vendor's change goes to one cause: spend in both periods is expansion, only in ${current.label} is new capability, only in ${base.label} is discontinued. Base and current are the sums of the lines below, rounded to the cent; expansion takes the sub-cent rest.`,
    `Equals \`techspend variance --by category --period ${v.kind} --against ${v.against}\` for ${current.label}: the row ${v.category}.`,
  ];
  return report(
    config,
    `What makes up the change of ${name}: ${current.label} against ${base.label}`,
    { category: v.category, current: current.label, base: base.label, change: toExact(row.change) },
    summary,
    [
      { id: 'vendors', title: 'Vendor by vendor: the change and its cause', columns: [text('vendor', 'Vendor'), money('base', base.label), money('current', current.label), money('change', 'Change'), text('cause', 'Cause'), text('why', 'Why'), money('price', 'Price'), money('volume', 'Volume'), text('lines', 'Lines (base + current)')], rows: vendorRows, total: { vendor: 'Total', base: row.base, current: row.current, change: row.change } },
      linesTable('base-lines', `Lines of ${base.label}`, v.baseLines),
      linesTable('current-lines', `Lines of ${current.label}`, v.currentLines),
    ],
    { id: 'lines', ...withExact(lineColumns, rows, finerThanCent([...v.baseLines, ...v.currentLines].map((l) => l.amount))) },
    v.footer,
  );
}

export interface ForecastExplainInput {
  config: Config;
  category: string | undefined;
  months: readonly string[];
  fiscalYear: string;
  rows: readonly ForecastRow[];
  total: ForecastRow;
  /** per category and month: the spend of the run-rate window */
  monthly: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
  /** savings approved or in progress in the register: the board's outlook takes them off */
  committed: { id: string; title: string; status: string; annual: Decimal }[] | undefined;
  lines: readonly ExplainLine[];
  footer: ReportFooter | undefined;
}

export function buildExplainForecast(f: ForecastExplainInput): Report {
  const { config, months } = f;
  const rows = f.category === undefined ? f.rows : f.rows.filter((r) => r.category === f.category);
  const n = months.length;
  const runRows: Row[] = rows.map((r) => {
    const row: Row = { category: r.category };
    let s: Decimal = ZERO;
    for (const m of months) {
      const a = f.monthly.get(r.category)?.get(m) ?? ZERO;
      row[`m:${m}`] = a;
      s = add(s, a);
    }
    row.sum = s;
    row.run_rate = r.runRateMonthly;
    row.growth = r.growth;
    if (r.annualBills !== undefined) row.annual_bills = r.annualBills;
    row.forecast = r.forecast;
    return row;
  });
  // bills in lumps added once (analysis/forecast-lumps.ts), as forecast and the board add them
  const bills = rows.some((r) => r.annualBills !== undefined) ? rows.reduce<Decimal>((a, r) => add(a, r.annualBills ?? ZERO), ZERO) : undefined;
  const forecast = f.category === undefined ? f.total.forecast : rows.reduce<Decimal>((a, r) => add(a, r.forecast), ZERO);
  const runRate = rows.reduce<Decimal>((a, r) => add(a, r.runRateMonthly), ZERO);
  const summary = [
    `${f.category === undefined ? 'All categories' : labelOf(f.category, 'category', config)}, ${f.fiscalYear} on the run rate of ${monthSpanText(months)}: ${config.currency} ${toGrouped(forecast)}.`,
    `Per category: run rate = (sum of the ${n} months) ÷ ${n}, rounded to the cent; forecast = run rate × 12 × (1 + growth), rounded to the cent${bills === undefined ? '' : ', + annual bills'}. The total is the sum of the categories' forecasts.`,
  ];
  if (bills !== undefined)
    summary.push(`Annual bills: ${config.currency} ${toGrouped(bills)}, vendors billed in lumps (renewals from spend) left out of the run rate and their billings predicted in ${f.fiscalYear} added once at the latest amount.`);
  const sections: Table[] = [
    {
      id: 'run-rate',
      title: `Run rate and forecast, ${f.fiscalYear}`,
      columns: [text('category', 'Category'), ...months.map((m) => money(`m:${m}`, m)), money('sum', 'Sum'), money('run_rate', `Run rate (÷ ${n})`), percent('growth', 'Growth'), ...(bills === undefined ? [] : [money('annual_bills', 'Annual bills')]), money('forecast', `Forecast ${f.fiscalYear} (× 12 × (1 + growth)${bills === undefined ? '' : ' + annual bills'})`)],
      rows: runRows,
      total: { category: 'Total', run_rate: runRate, ...(bills === undefined ? {} : { annual_bills: bills }), forecast },
    },
  ];
  if (f.category === undefined && f.committed !== undefined) {
    const committed = f.committed.reduce<Decimal>((a, c) => add(a, c.annual), ZERO);
    const outlook = sub(forecast, committed);
    summary.push(`The board's outlook: forecast ${toGrouped(forecast)} − savings committed ${toGrouped(committed)} (approved and in progress in the register) = ${toGrouped(outlook)}.`);
    sections.push({
      id: 'outlook',
      title: `Outlook ${f.fiscalYear}: forecast less committed savings`,
      columns: [text('step', 'Step'), text('status', 'Status'), money('amount', 'Amount')],
      rows: [{ step: `Forecast ${f.fiscalYear}`, status: '', amount: forecast }, ...f.committed.map((c) => ({ step: `${c.id}: ${c.title}`, status: c.status, amount: sub(ZERO, c.annual) }))],
      total: { step: `Outlook ${f.fiscalYear}`, amount: outlook },
    });
  }
  const outlookParam: Record<string, string> = f.category === undefined && f.committed !== undefined ? { outlook: toExact(sub(forecast, f.committed.reduce<Decimal>((a, c) => add(a, c.annual), ZERO))) } : {};
  sections.push(linesTable('lines', `Lines of the run-rate months (${monthSpanText(months)})`, f.lines));
  return report(
    config,
    `What makes up the ${f.fiscalYear} forecast${f.category ? ` of ${labelOf(f.category, 'category', config)}` : ''}`,
    { 'run-rate months': monthSpanText(months), 'fiscal year': f.fiscalYear, forecast: toExact(forecast), ...outlookParam },
    summary,
    sections,
    { id: 'run-rate', columns: sections[0]!.columns, rows: runRows },
    f.footer,
  );
}

export interface BudgetExplainInput {
  config: Config;
  category: string | undefined;
  /** the period asked and its months to date */
  label: string;
  months: readonly string[];
  lines: readonly BudgetLine[];
  /** every budget line phased: line → month → amount (monthlyBudget's phasing, line by line) */
  phased: ReadonlyMap<BudgetLine, ReadonlyMap<string, Decimal>>;
  footer: ReportFooter | undefined;
}

export function buildExplainBudget(b: BudgetExplainInput): Report {
  const { config, months } = b;
  const inDate = new Set(months);
  const rows: Row[] = [];
  let total: Decimal = ZERO;
  for (const l of b.lines) {
    if (b.category !== undefined && l.category !== b.category) continue;
    const phase = b.phased.get(l)!;
    const covered = [...phase.keys()];
    const toDate = covered.filter((m) => inDate.has(m));
    if (toDate.length === 0) continue;
    const amount = toDate.reduce<Decimal>((a, m) => add(a, phase.get(m)!), ZERO);
    total = add(total, amount);
    const perMonth = [...new Set(covered.map((m) => toExact(phase.get(m)!)))];
    rows.push({
      where: l.where,
      category: l.category,
      period: l.period,
      amount: l.amount,
      months: covered.length,
      per_month: perMonth.join(' or '),
      to_date: `${toDate[0]}${toDate.length > 1 ? ` to ${toDate.at(-1)}` : ''} (${toDate.length})`,
      budget_to_date: amount,
    });
  }
  const summary = [
    `Budget ${b.category ? `of ${labelOf(b.category, 'category', config)} ` : ''}for ${b.label}${months.length > 0 ? `, ${months[0]} to ${months.at(-1)}` : ''}: ${config.currency} ${toGrouped(total)}.`,
    'Each budget line is phased evenly over the months of its period, exact to the cent by largest remainder (the earlier months take the extra cents); the budget to date is the sum of its months to date.',
  ];
  const columns = [text('where', 'Budget line'), text('category', 'Category'), text('period', 'Period'), money('amount', 'Amount'), int('months', 'Months'), text('per_month', 'Per month'), text('to_date', 'Months to date'), money('budget_to_date', 'Budget to date')];
  return report(config, `What makes up the budget for ${b.label}${months.length > 0 ? ` to ${months.at(-1)}` : ''}`, { period: b.label, 'budget to date': toExact(total) }, summary, [{ id: 'budget-lines', title: 'Budget lines and their phasing', columns, rows, total: { where: 'Total', budget_to_date: total } }], { id: 'budget-lines', columns, rows, total: { where: 'Total', budget_to_date: total } }, b.footer);
}

/** Used by tests: the share a revenue-generating figure is of the period's spend. */
export const shareText = (part: Decimal, whole: Decimal) => (isZero(whole) ? 'n/a' : `${toExact(round({ units: divide(part, whole, 6).units * 100n, scale: 6 }, 1))}%`);

export interface SavingsExplainInput {
  config: Config;
  candidate: { kind: string; vendor: string; category: string; annual: Decimal; oneOff: boolean; confidence: string; basis: string; title: string };
  /** the evidence lines, in the candidate's order */
  lines: readonly ExplainLine[];
  /** evidence refs not found as expense lines (should not happen) */
  missing: readonly string[];
  footer: ReportFooter | undefined;
}

/** A savings candidate: what it is, how its estimate was computed, and the evidence lines. */
export function buildExplainSavings(s: SavingsExplainInput): Report {
  const c = s.candidate;
  const summary = [
    `${c.title}: ${c.oneOff ? 'one-off' : 'a year'} ${s.config.currency} ${toGrouped(c.annual)} (${c.kind}, ${c.confidence} confidence), ${labelOf(c.category, 'category', s.config)}.`,
    `How: ${c.basis}`,
    `${s.lines.length} evidence lines, the same as \`techspend savings\` lists for it.`,
  ];
  if (s.missing.length > 0) summary.push(`Not found as expense lines: ${s.missing.join(', ')}.`);
  const t = linesTable('evidence', 'Evidence lines', s.lines);
  return report(s.config, `Savings candidate: ${c.kind} ${c.vendor}`, { kind: c.kind, vendor: c.vendor, category: c.category, saving: toExact(c.annual) }, summary, [t], { id: 'evidence', columns: t.columns, rows: t.rows }, s.footer);
}
