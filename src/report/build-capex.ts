/**
 * The capex and opex view (`report --capex`, the board's "Opex and capex" section, `explain
 * --capex`): the tables over analysis/capex's figures. A CFO reads technology spend two ways —
 * cash out (spend = opex + capex) and the P&L (opex + depreciation) — so every table shows both,
 * per category, with the amortization schedule that links them. Computes nothing capex.ts does not.
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { amortizationSchedule, type CapexCell, capexCells, capexPolicy, type CapexPolicy, type CapexSummary, capitalizes, depreciationCharges, ruleCapexPolicy, type RuleCapex, splitCapex, summarizeCapex } from '../analysis/capex.js';
import { add, compare, type Decimal, isZero, toExact, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import { addMonths, type PeriodKind, periodOf } from '../period/period.js';
import { type Column, int, money, type Report, type Row, type Table, text } from './model.js';
import { labelOf } from './dimensions.js';

/** 60_000_000n → "60%", 12_500_000n → "12.5%". */
export function shareText(share: bigint): string {
  return `${toExact({ units: share, scale: 6 })}%`;
}

/** How a category's capex is treated, in words: "60% over 36 months". */
export function policyText(policy: CapexPolicy | undefined): string {
  return policy === undefined ? 'opex' : `${shareText(policy.share)} over ${policy.life} months`;
}

/** A rule's own share, in words: "rule build-agency: 100% over 24 months" (0%: "rule support: opex"). */
function ruleText(r: Pick<RuleCapex, 'rule' | 'share' | 'life'>): string {
  return `rule ${r.rule}: ${r.share > 0n ? policyText(r) : 'opex'}`;
}

/** A category's treatment with the rules that give their lines a share of their own: "60% over 36 months, rule x: 100% over 24 months". */
export function treatmentText(s: Pick<CapexSummary, 'policy' | 'rules'>): string {
  return [policyText(s.policy), ...s.rules.map(ruleText)].join(', ');
}

export const CONVENTION =
  'Capex is the capitalized share of each category\'s spend per month (split to the cent by largest remainder: opex + capex = spend); each month\'s capex is depreciated straight-line over the useful life from the month after it is spent. P&L expense = opex + depreciation.';

const SPLIT_COLUMNS: Column[] = [money('spend', 'Spend'), money('opex', 'Opex'), money('capex', 'Capex'), money('depreciation', 'Depreciation'), money('pnl', 'P&L expense')];

function splitRow(s: Pick<CapexSummary, 'spend' | 'opex' | 'capex' | 'depreciation' | 'pnl'>): Row {
  return { spend: s.spend, opex: s.opex, capex: s.capex, depreciation: s.depreciation, pnl: s.pnl };
}

function totalOf(rows: readonly CapexSummary[]): Row {
  const t = { spend: ZERO, opex: ZERO, capex: ZERO, depreciation: ZERO, pnl: ZERO } as Record<'spend' | 'opex' | 'capex' | 'depreciation' | 'pnl', Decimal>;
  for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] = add(t[k], r[k]);
  return splitRow(t);
}

/** Per category over the whole data: the split, the policy, the depreciation and the P&L expense. */
function categoryTable(cells: readonly CapexCell[], config: Config, title: string): Table {
  // largest spend first, as report's spend table
  const rows = summarizeCapex(cells, new Set(cells.map((c) => c.month))).sort((a, b) => compare(b.spend, a.spend) || (a.category < b.category ? -1 : 1));
  return {
    id: 'capex-categories',
    title,
    columns: [text('category', 'Category'), text('treatment', 'Capitalized'), ...SPLIT_COLUMNS],
    rows: rows.map((r) => ({ category: labelOf(r.category, 'category', config), treatment: treatmentText(r), ...splitRow(r) })),
    total: { category: 'Total', treatment: '', ...totalOf(rows) },
    ...(rows.some((r) => r.rules.length > 0) ? { notes: [RULE_NOTE] } : {}),
  };
}

const RULE_NOTE = 'A rule\'s own capitalize share wins over its category\'s for the lines it matches: their spend is split at the rule\'s share (per rule and month, to the cent), the rest of the category at the category\'s.';

/**
 * The period a month's figures go to: its period, or "<period> (after the data)" for a month past
 * the data's last month (only depreciation is there), so a period the data ends inside is not
 * mixed with the charges still to come.
 */
function periodKeyOf(cells: readonly CapexCell[], config: Config, period: PeriodKind): (month: string) => string {
  const last = cells.reduce((a, c) => (c.month > a ? c.month : a), '');
  return (m) => `${periodOf(m, period, config.fiscalYearStart)}${m > last ? ' (after the data)' : ''}`;
}

interface ScheduleRow extends Row {
  period: string;
  spend: Decimal | null;
  opex: Decimal | null;
  capex: Decimal;
  depreciation: Decimal;
  pnl: Decimal | null;
  nbv: Decimal;
}

/** The amortization schedule by period, from the first data period to the last charge. */
function scheduleTable(cells: readonly CapexCell[], config: Config, period: PeriodKind): Table {
  const schedule = amortizationSchedule(cells);
  const keyOf = periodKeyOf(cells, config, period);
  const byPeriod = new Map<string, ScheduleRow>();
  const at = (p: string) => {
    let r = byPeriod.get(p);
    if (!r) byPeriod.set(p, (r = { period: p, spend: null, opex: null, capex: ZERO, depreciation: ZERO, pnl: null, nbv: ZERO }));
    return r;
  };
  for (const c of cells) {
    const r = at(keyOf(c.month));
    r.spend = add(r.spend ?? ZERO, c.spend);
    r.opex = add(r.opex ?? ZERO, c.opex);
  }
  for (const s of schedule) {
    const r = at(keyOf(s.month));
    r.capex = add(r.capex, s.capex);
    r.depreciation = add(r.depreciation, s.depreciation);
  }
  // net book value at each period's end: carried month by month (a month with no capex or charge keeps it)
  const nbvByMonth = new Map(schedule.map((s) => [s.month, s.netBookValue]));
  const allMonths = [...new Set([...cells.map((c) => c.month), ...nbvByMonth.keys()])].sort();
  let nbv: Decimal = ZERO;
  for (let m = allMonths[0]; m !== undefined && m <= allMonths[allMonths.length - 1]!; m = addMonths(m, 1)) {
    nbv = nbvByMonth.get(m) ?? nbv;
    const r = byPeriod.get(keyOf(m));
    if (r) r.nbv = nbv;
  }
  const rows = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  let later: Decimal = ZERO;
  for (const r of rows) {
    if (r.opex !== null) r.pnl = add(r.opex, r.depreciation);
    if (r.period.endsWith('(after the data)')) later = add(later, r.depreciation);
  }
  const notes = [CONVENTION];
  if (!isZero(later)) notes.push(`Depreciation still to charge after the data: ${config.currency} ${toGrouped(later)} (the net book value at the data's end).`);
  notes.push('Capex spent before the first month of the data is not in it: its depreciation is not shown.');
  return {
    id: 'capex-schedule',
    title: `Capex amortization schedule by ${period}`,
    columns: [text('period', 'Period'), ...SPLIT_COLUMNS, money('nbv', 'Net book value')],
    rows,
    notes,
  };
}

/** Machine view: one row per category and period (data periods and later depreciation). */
function dataTable(cells: readonly CapexCell[], config: Config, period: PeriodKind): Table {
  const periods = new Map<string, Set<string>>();
  const months = new Set<string>(cells.map((c) => c.month));
  for (const s of amortizationSchedule(cells)) months.add(s.month);
  const keyOf = periodKeyOf(cells, config, period);
  for (const m of months) {
    const p = keyOf(m);
    let set = periods.get(p);
    if (!set) periods.set(p, (set = new Set()));
    set.add(m);
  }
  // rules with their own share: their spend and capex in columns of their own (only then, so other runs' columns stay)
  const byRule = cells.some((c) => c.rules.length > 0);
  const rows: Row[] = [];
  for (const p of [...periods.keys()].sort()) {
    for (const r of summarizeCapex(cells, periods.get(p)!)) {
      const rules = byRule
        ? {
            rule_spend: r.rules.reduce((a, x) => add(a, x.spend), ZERO as Decimal),
            rule_capex: r.rules.reduce((a, x) => add(a, x.capex), ZERO as Decimal),
            rules: r.rules.map((x) => `${x.rule} ${toExact({ units: x.share, scale: 6 })}% ${x.life}`).join('; '),
          }
        : {};
      rows.push({ category: r.category, period: p, capitalize: r.policy ? toExact({ units: r.policy.share, scale: 6 }) : '0', useful_life: r.policy?.life ?? null, ...splitRow(r), ...rules });
    }
  }
  return {
    id: 'capex',
    columns: [
      text('category', 'Category'),
      text('period', 'Period'),
      text('capitalize', 'Capitalized %'),
      int('useful_life', 'Useful life (months)'),
      ...SPLIT_COLUMNS,
      ...(byRule ? [money('rule_spend', 'Spend at rules\' own shares'), money('rule_capex', 'Capex at rules\' own shares'), text('rules', 'Rules (id share% life)')] : []),
    ],
    rows,
  };
}

/** `report --capex`: the capex sections after the spend table, and the capex table as the data. */
export function withCapexView(report: Report, facts: readonly Fact[], config: Config, period: PeriodKind): Report {
  const cells = capexCells(facts, config);
  const months = [...new Set(cells.map((c) => c.month))].sort();
  const range = months.length > 0 ? `${months[0]} to ${months[months.length - 1]}` : 'no data';
  const all = summarizeCapex(cells, new Set(months));
  const total = totalOf(all);
  const summary = [
    `Opex ${config.currency} ${toGrouped(total.opex as Decimal)} + capex ${toGrouped(total.capex as Decimal)} = spend ${toGrouped(total.spend as Decimal)} (${range}); P&L expense ${toGrouped(total.pnl as Decimal)} = opex + depreciation ${toGrouped(total.depreciation as Decimal)}.`,
  ];
  return {
    ...report,
    parameters: { ...report.parameters, capex: 'yes' },
    summary: [...report.summary, ...summary],
    sections: [...report.sections, categoryTable(cells, config, `Opex and capex by category, ${range}`), scheduleTable(cells, config, period)],
    data: dataTable(cells, config, period),
  };
}

/**
 * The board's "Opex and capex" section over the fiscal year to date: each capitalizing category,
 * the other categories together (all opex), and the total; depreciation charged in those months
 * counts capex from every month of the data.
 */
export function boardCapexTable(facts: readonly Fact[], config: Config, months: readonly string[], title: string, lastMonth: string): Table {
  const cells = capexCells(facts, config);
  const inMonths = summarizeCapex(cells, new Set(months));
  const capitalizing = inMonths.filter(capitalizes);
  const rest = inMonths.filter((r) => !capitalizes(r));
  const rows: Row[] = capitalizing.map((r) => ({ category: labelOf(r.category, 'category', config), treatment: treatmentText(r), ...splitRow(r) }));
  if (rest.length > 0) rows.push({ category: `Other categories (${rest.length})`, treatment: 'opex', ...totalOf(rest) });
  const schedule = amortizationSchedule(cells).filter((s) => s.month <= lastMonth);
  const nbv = schedule.length > 0 ? schedule[schedule.length - 1]!.netBookValue : ZERO;
  const notes = [
    CONVENTION,
    ...(inMonths.some((r) => r.rules.length > 0) ? [RULE_NOTE] : []),
    `Net book value at the end of ${lastMonth}: ${config.currency} ${toGrouped(nbv)}, to be charged as depreciation in the months after it.`,
  ];
  return {
    id: 'capex',
    title,
    columns: [text('category', 'Category'), text('treatment', 'Capitalized'), ...SPLIT_COLUMNS],
    rows,
    total: { category: 'Total', treatment: '', ...totalOf(inMonths) },
    notes,
  };
}

/** One line of an explained cell, as far as the capex split needs it. */
export interface CapexLine {
  month: string;
  amount: Decimal;
  /** the rule that categorized it (its own capitalize share, if any, applies) */
  rule?: string | undefined;
}

/** "100.01 × 1, then 100.00 × 2, 2026-03 to 2026-05": a month's capex charged over its life. */
function scheduleText(capex: Decimal, month: string, life: number): string {
  const charges = depreciationCharges(capex, life);
  const first = addMonths(month, 1);
  const last = addMonths(month, life);
  // runs of equal charges: "100.01 × 1, then 100.00 × 2"
  const runs: { amount: string; n: number }[] = [];
  for (const c of charges) {
    const a = toFixed(c);
    if (runs.length > 0 && runs[runs.length - 1]!.amount === a) runs[runs.length - 1]!.n++;
    else runs.push({ amount: a, n: 1 });
  }
  return runs.length === 1 ? `${runs[0]!.amount} a month, ${first} to ${last}` : `${runs.map((r) => `${r.amount} × ${r.n}`).join(', then ')}, ${first} to ${last}`;
}

/**
 * `explain --category X --capex`: how the cell's lines became opex and capex. The split is made
 * on each month's total of the category (as report --capex and the board make it), so the table
 * is per month: its lines, their total, the share applied, the two parts, and the depreciation
 * that month's capex starts the month after. Lines of a rule with its own share are a row of
 * their own per month (split at the rule's share), as report --capex splits them.
 */
export function explainCapex(report: Report, lines: readonly CapexLine[], config: Config, category: string): Report {
  const policy = capexPolicy(config, category);
  const ruleById = new Map(config.rules.filter((r) => r.capitalize !== undefined).map((r) => [r.id, r]));
  const groups = new Map<string, { month: string; rule: string; lines: number; spend: Decimal }>();
  for (const l of lines) {
    const rule = l.rule !== undefined && ruleById.has(l.rule) ? l.rule : '';
    const key = `${l.month}\u0000${rule}`;
    const g = groups.get(key) ?? { month: l.month, rule, lines: 0, spend: ZERO };
    g.lines += 1;
    g.spend = add(g.spend, l.amount);
    groups.set(key, g);
  }
  const byRule = [...groups.values()].some((g) => g.rule !== '');
  const rows: Row[] = [];
  let capexTotal: Decimal = ZERO;
  let opexTotal: Decimal = ZERO;
  let spendTotal: Decimal = ZERO;
  for (const g of [...groups.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))) {
    const p = g.rule === '' ? policy : ruleCapexPolicy(config, ruleById.get(g.rule)!, category);
    const { capex, opex } = splitCapex(g.spend, p?.share ?? 0n);
    capexTotal = add(capexTotal, capex);
    opexTotal = add(opexTotal, opex);
    spendTotal = add(spendTotal, g.spend);
    const schedule = p !== undefined && !isZero(capex) ? scheduleText(capex, g.month, p.life) : '';
    const from = g.rule === '' ? (policy !== undefined ? 'category' : 'category (opex)') : `rule ${g.rule}`;
    rows.push({ month: g.month, ...(byRule ? { from } : {}), lines: g.lines, spend: g.spend, share: p ? shareText(p.share) : '0%', capex, opex, depreciation: schedule });
  }
  const where = config.categories.findIndex((c) => c.id === category);
  const label = labelOf(category, 'category', config);
  const usedRules = [...new Set([...groups.values()].map((g) => g.rule).filter((r) => r !== ''))].sort();
  const ruleWords = usedRules.map((id) => {
    const r = ruleById.get(id)!;
    const p = ruleCapexPolicy(config, r, category);
    return `rule ${id} (${r.where}.capitalize) ${p.share > 0n ? `${shareText(p.share)} over ${p.life} months` : '0%: opex'}`;
  });
  const own = policy === undefined ? `no share of its own (no capitalize: under categories[${where}]): the rest is opex` : `share applied ${shareText(policy.share)} (categories[${where}].capitalize), useful life ${policy.life} months`;
  const summary =
    usedRules.length > 0
      ? `${label}: ${own}; the rules' own shares on their lines: ${ruleWords.join('; ')}: capex ${config.currency} ${toGrouped(capexTotal)} + opex ${toGrouped(opexTotal)} = spend ${toGrouped(spendTotal)}.`
      : policy === undefined
        ? `${label} capitalizes none of its spend (no capitalize: under categories[${where}]): all ${toGrouped(spendTotal)} is opex.`
        : `${label}: share applied ${shareText(policy.share)} (categories[${where}].capitalize), useful life ${policy.life} months: capex ${config.currency} ${toGrouped(capexTotal)} + opex ${toGrouped(opexTotal)} = spend ${toGrouped(spendTotal)}.`;
  const table: Table = {
    id: 'capex',
    title: `Opex and capex of ${label}`,
    columns: [
      text('month', 'Month'),
      ...(byRule ? [text('from', 'Share from')] : []),
      int('lines', 'Lines'),
      money('spend', 'Spend'),
      text('share', 'Capitalized share'),
      money('capex', 'Capex'),
      money('opex', 'Opex'),
      text('depreciation', 'Depreciation of the capex'),
    ],
    rows,
    total: { month: 'Total', spend: spendTotal, capex: capexTotal, opex: opexTotal },
    notes: [
      'The share is applied to each month\'s total of the category (the lines above, summed), not line by line: the capex is that total × the share, cut to the cent, and the cent left over goes to the larger remainder (capex on a tie), so capex + opex = the month\'s spend exactly — the same cells report --capex and the board show.',
      ...(byRule ? [RULE_NOTE] : []),
      CONVENTION,
    ],
  };
  return { ...report, summary: [...report.summary, summary], sections: [...report.sections, table] };
}
