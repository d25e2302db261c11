/**
 * The money-talk sections of `report`: share of spend by business function, the revenue-
 * generating share, the run / grow / transform split against 70/20/10, and budget vs actual for
 * the fiscal year to date. Human view only: the machine table of `report` stays SPEC §5's.
 */
import type { BudgetLine, Config } from '../config/config.js';
import { allocateShared } from '../analysis/allocation.js';
import type { Fact } from '../analysis/ledger.js';
import { budgetFor, budgetVsActual, monthlyBudget, type MonthlyBudget, UNBUDGETED } from '../analysis/budget.js';
import { computeShares, investmentSplit, revenueGeneratingShare, shareOf } from '../analysis/share.js';
import { add, compare, type Decimal, isZero, sub, sum, ZERO } from '../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../period/period.js';
import { positivePie } from './pie.js';
import { money, percent, type Row, share, type Table, text } from './model.js';
import { labelOf } from './dimensions.js';
import { absMoney, plainPct } from './sentences.js';

type Keyed = Fact & { fn?: string };

export function revenueSentence(facts: readonly Fact[], config: Config): string | undefined {
  const r = revenueGeneratingShare(facts, config);
  if (r.share === undefined) return undefined;
  if (r.categories.length === 0) return 'No category is marked revenueGenerating: mark the ones that serve revenue-generating functions to see their share.';
  const names = r.categories.map((c) => labelOf(c, 'category', config));
  return `Revenue-generating categories take ${plainPct(r.share)} of technology spend (${absMoney(r.revenue, config.currency)} of ${absMoney(r.total, config.currency)}): ${names.join(', ')}.`;
}

/** Spend by business function (after allocation when the facts carry one), with shares and a pie. */
export function functionShareTable(facts: readonly Keyed[], config: Config, notes: string[]): Table {
  const { rows, total } = computeShares(facts, (f) => f.fn ?? config.categoryById.get(f.category)?.function ?? 'Unassigned');
  const revenueFns = new Set(config.categories.filter((c) => c.revenueGenerating).map((c) => c.function));
  const pie = positivePie('Spend by business function', rows.map((r) => r.key), rows.map((r) => r.amount), config.currency);
  return {
    id: 'function-share',
    title: 'Share of spend by business function',
    columns: [text('function', 'Business function'), text('revenue', 'Revenue-generating'), money('amount', 'Amount'), share('share', 'Share')],
    rows: rows.map((r) => ({ function: r.key, revenue: revenueFns.has(r.key) ? 'yes' : '', amount: r.amount, share: r.share ?? null })),
    total: { function: 'Total', amount: total, share: isZero(total) ? null : shareOf(total, total) ?? null },
    notes: [...notes, ...pie.notes],
    chart: pie.chart,
  };
}

const INVESTMENT_LABELS: Record<string, string> = { run: 'Run', grow: 'Grow', transform: 'Transform', unclassified: 'Not tagged' };

export function investmentTable(facts: readonly Fact[], config: Config): Table | undefined {
  if (!config.categories.some((c) => c.investment !== undefined)) return undefined;
  const { rows, total } = investmentSplit(facts, config);
  const pie = positivePie('Run / grow / transform', rows.map((r) => INVESTMENT_LABELS[r.key]!), rows.map((r) => r.amount), config.currency);
  return {
    id: 'investment',
    title: 'Run / grow / transform against 70/20/10',
    columns: [text('investment', 'Investment'), money('amount', 'Amount'), share('share', 'Share'), share('reference', 'Reference'), percent('difference', 'Difference')],
    rows: rows.map((r) => ({ investment: INVESTMENT_LABELS[r.key], amount: r.amount, share: r.share ?? null, reference: r.reference ?? null, difference: r.difference ?? null })),
    total: { investment: 'Total', amount: total },
    notes: ['Reference: 70% run the business, 20% grow it, 10% transform it. Difference is in percentage points of technology spend.', ...pie.notes],
    chart: pie.chart,
  };
}

/**
 * Budget vs actual for the fiscal year of `lastMonth`, to date: the full-year budget, the
 * budget phased to date, actual to date, over/under to date, and what remains of the year.
 */
export function budgetTable(facts: readonly Fact[], config: Config, budget: MonthlyBudget, lastMonth: string): Table | undefined {
  const fy = fiscalYearOf(lastMonth, config.fiscalYearStart);
  const yearMonths = monthsOfPeriod(`FY${fy}`, config.fiscalYearStart)!;
  const toDate = yearMonths.filter((m) => m <= lastMonth);
  const fullYear = budgetFor(budget, yearMonths);
  if (fullYear.size === 0) return undefined;
  const toDateBudget = budgetFor(budget, toDate);
  const inDate = new Set(toDate);
  // a category budgeted for the year but not yet in the months to date still counts as budgeted
  for (const k of fullYear.keys()) if (!toDateBudget.has(k)) toDateBudget.set(k, ZERO);
  const bva = budgetVsActual(
    facts.filter((f) => inDate.has(f.month)),
    toDateBudget,
  );
  const cur = config.currency;
  const rowOf = (key: string, label: string, yearBudget: Decimal, b: { budget: Decimal; actual: Decimal }): Row => {
    const over = sub(b.actual, b.budget);
    return {
      category: label,
      year: yearBudget,
      to_date: b.budget,
      actual: b.actual,
      over_under: over,
      status: key === UNBUDGETED ? (isZero(b.actual) ? '' : 'unbudgeted') : compare(b.actual, b.budget) > 0 ? 'over' : compare(b.actual, b.budget) < 0 ? 'under' : 'on budget',
      remaining: sub(yearBudget, b.actual),
      used: isZero(yearBudget) ? null : shareOf(b.actual, yearBudget) ?? null,
    };
  };
  // largest spend first, as every other table of the pack (ties by name: stable output)
  const rows = bva.rows
    .map((r) => rowOf(r.key, labelOf(r.key, 'category', config), fullYear.get(r.key) ?? ZERO, r))
    .sort((a, b) => compare(b.actual as Decimal, a.actual as Decimal) || String(a.category).localeCompare(String(b.category)));
  rows.push(rowOf(UNBUDGETED, 'Unbudgeted spend', ZERO, bva.unbudgeted));
  const yearTotal = sum(fullYear.values());
  const total = rowOf('total', 'Total', add(yearTotal, ZERO), bva.total);
  const notes = [
    `FY${fy} to date: ${toDate[0]} to ${toDate.at(-1)}. Budget to date phases each budget line evenly over its months; remaining = full-year budget − actual to date.`,
  ];
  if (bva.unbudgeted.categories.length > 0)
    notes.push(`Unbudgeted spend (${absMoney(bva.unbudgeted.actual, cur)}): ${bva.unbudgeted.categories.map((c) => labelOf(c, 'category', config)).join(', ')}.`);
  return {
    id: 'budget',
    title: `Budget vs actual, FY${fy} to date`,
    columns: [
      text('category', 'Category'),
      money('year', `Budget FY${fy}`),
      money('to_date', 'Budget to date'),
      money('actual', 'Actual to date'),
      money('over_under', 'Over/under'),
      text('status', 'Status'),
      money('remaining', 'Remaining'),
      share('used', '% used'),
    ],
    rows,
    total,
    notes,
  };
}

export interface MoneyTalk {
  /** the facts the spend table groups: allocated to functions when the view shows functions */
  facts: Keyed[];
  additions: { summary: string[]; notes: string[]; sections: Table[] };
}

/** What `report` adds to the spend table: allocation, shares, the 70/20/10 split, the budget. */
export function moneyTalk(facts: readonly Fact[], config: Config, by: readonly string[], o: { allocate: boolean; budget: readonly BudgetLine[] | undefined }): MoneyTalk {
  const canAllocate = o.allocate && config.allocations.size > 0;
  const allocated = canAllocate ? allocateShared(facts, config) : undefined;
  const shared = config.categories.filter((c) => c.shared && facts.some((f) => f.category === c.id));
  const unallocatedNote =
    !o.allocate && shared.length > 0 ? [`Shared costs not allocated (--no-allocate): ${shared.map((c) => `${c.name} under ${c.function}`).join(', ')}.`] : [];
  const functionNotes = allocated ? allocated.notes : unallocatedNote;
  const showsFunction = by.includes('function');
  const out: MoneyTalk = { facts: showsFunction && allocated ? allocated.facts : [...facts], additions: { summary: [], notes: showsFunction ? functionNotes : [], sections: [] } };
  if (by.length !== 1 || (by[0] !== 'category' && by[0] !== 'function')) return out;
  const revenue = revenueSentence(facts, config);
  if (revenue) out.additions.summary.push(revenue);
  const investment = investmentTable(facts, config);
  if (investment) {
    const { rows } = investmentSplit(facts, config);
    const tagged = rows.filter((r) => r.reference !== undefined && r.share !== undefined);
    if (tagged.length > 0) out.additions.summary.push(`Run / grow / transform: ${tagged.map((r) => plainPct(r.share!, 1)).join(' / ')} against the 70/20/10 reference.`);
  }
  if (by[0] === 'category') out.additions.sections.push(functionShareTable(allocated?.facts ?? facts, config, functionNotes));
  if (investment) out.additions.sections.push(investment);
  const lastMonth = facts.reduce<string | undefined>((m, f) => (m === undefined || f.month > m ? f.month : m), undefined);
  if (by[0] === 'category' && o.budget && o.budget.length > 0 && lastMonth) {
    const table = budgetTable(facts, config, monthlyBudget(o.budget, config.fiscalYearStart), lastMonth);
    if (table) out.additions.sections.push(table);
  }
  return out;
}
