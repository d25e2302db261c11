/**
 * Budget vs actual. Budget lines may name any period form (2026-01, 2026-Q1, 2026, FY2027,
 * FY2027-Q1); a line covering several months is phased evenly over them, exact to the cent by
 * largest remainder (the earlier months take the extra cents), so budgets of any grain add up.
 * Spend in categories with no budget for the window is one explicit `unbudgeted` row, so the
 * totals reconcile with the report: total actual = budgeted actual + unbudgeted.
 */
import { readBudgetTable } from '../config/budget-table.js';
import type { BudgetLine, Config } from '../config/config.js';
import type { Diagnostic } from '../diagnostic.js';
import { add, allocate, compare, type Decimal, isZero, parseDecimal, round, sub, sum, ZERO } from '../money/decimal.js';
import { kindOfPeriod, monthsOfPeriod } from '../period/period.js';
import { cmp, type Fact } from './ledger.js';
import { shareOf } from './share.js';

/** category → month → budget */
export type MonthlyBudget = Map<string, Map<string, Decimal>>;

/** Read a `--budget` CSV with the config's reader (config/budget-table.ts); problems are data errors naming file:line. */
export function parseBudgetCsv(text: string, name: string, config: Config): { lines: BudgetLine[]; diagnostics: Diagnostic[] } {
  const { lines, problems } = readBudgetTable(text, name, [...config.categoryById.keys()]);
  return { lines, diagnostics: problems.map((p) => ({ severity: 'error', kind: 'data', ...p })) };
}

/** Phase every budget line over its months. */
export function monthlyBudget(lines: readonly BudgetLine[], fiscalYearStart: number): MonthlyBudget {
  const out: MonthlyBudget = new Map();
  for (const l of lines) {
    const months = monthsOfPeriod(l.period, fiscalYearStart) ?? [];
    if (months.length === 0) continue;
    const amount = l.amount.scale < 2 ? round(l.amount, 2) : l.amount;
    const parts = months.length === 1 ? [amount] : allocate(amount, months.map(() => 1n));
    let m = out.get(l.category);
    if (!m) out.set(l.category, (m = new Map()));
    months.forEach((month, i) => m.set(month, add(m.get(month) ?? ZERO, parts[i]!)));
  }
  return out;
}

/** Budget per category over a set of months; a category is budgeted when any of its lines covers one of them. */
export function budgetFor(budget: MonthlyBudget, months: readonly string[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const [category, byMonth] of budget) {
    let total: Decimal | undefined;
    for (const m of months) {
      const v = byMonth.get(m);
      if (v !== undefined) total = add(total ?? ZERO, v);
    }
    if (total !== undefined) out.set(category, total);
  }
  return out;
}

export type BudgetStatus = 'over' | 'under' | 'on budget' | 'unbudgeted';

export interface BudgetRow {
  /** category id, or `unbudgeted` for spend in categories with no budget */
  key: string;
  budget: Decimal;
  actual: Decimal;
  remaining: Decimal;
  /** actual / budget; undefined with no budget */
  used: Decimal | undefined;
  status: BudgetStatus;
  /** for the unbudgeted row: the categories it holds */
  categories: string[];
}

export const UNBUDGETED = 'unbudgeted';

/** Actual (facts already limited to the window) against the budget for the same window. */
export function budgetVsActual(facts: readonly Fact[], budget: ReadonlyMap<string, Decimal>): { rows: BudgetRow[]; unbudgeted: BudgetRow; total: BudgetRow } {
  const actual = new Map<string, Decimal>();
  for (const f of facts) actual.set(f.category, add(actual.get(f.category) ?? ZERO, f.amount));
  const rows: BudgetRow[] = [...budget.keys()].sort(cmp).map((key) => row(key, budget.get(key)!, round(actual.get(key) ?? ZERO, 2)));
  const outside = [...actual.keys()].filter((k) => !budget.has(k)).sort(cmp);
  const unbudgetedActual = sum(outside.map((k) => round(actual.get(k)!, 2)));
  const unbudgeted: BudgetRow = { ...row(UNBUDGETED, ZERO, unbudgetedActual), status: 'unbudgeted', used: undefined, categories: outside };
  const all = [...rows, unbudgeted];
  const totalBudget = sum(all.map((r) => r.budget));
  const total = row('total', totalBudget, sum(all.map((r) => r.actual)));
  return { rows, unbudgeted, total };
}

function row(key: string, budget: Decimal, actual: Decimal): BudgetRow {
  const b = round(budget, 2);
  const c = compare(actual, b);
  return {
    key,
    budget: b,
    actual,
    remaining: sub(b, actual),
    used: isZero(b) ? undefined : shareOf(actual, b),
    status: c > 0 ? 'over' : c < 0 ? 'under' : 'on budget',
    categories: [],
  };
}
