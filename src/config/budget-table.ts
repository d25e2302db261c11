/**
 * The one budget reader, for `budget:` in the config (a CSV file or a list) and for `--budget`:
 * the same columns, amounts and periods accepted by both. A budget line names a category id and
 * a period in any SPEC form; its amount may be written as a spreadsheet exports it ("$1,200.00").
 */
import { parseDecimal } from '../money/decimal.js';
import { kindOfPeriod } from '../period/period.js';
import type { BudgetLine } from './config.js';
import { didYouMean } from './did-you-mean.js';
import { readSideTable } from './side-table.js';

export interface BudgetProblem {
  where: string;
  message: string;
  hint?: string;
}

const COLUMNS = ['category', 'period', 'amount'];

/** One budget line, or the problem with it. */
export function budgetLineOf(category: string, period: string, amount: string | number, where: string, categoryIds: readonly string[]): BudgetLine | BudgetProblem {
  const value = parseDecimal(String(amount).replace(/[$,\s]/g, ''));
  if (!categoryIds.includes(category)) {
    const guess = didYouMean(category, categoryIds);
    return { where, message: `unknown category "${category}"`, hint: guess ? `did you mean "${guess}"?` : 'use a category id from the config' };
  }
  if (kindOfPeriod(period) === undefined) return { where, message: `not a period: "${period}"`, hint: 'use 2026-01, 2026-Q1, 2026, FY2027 or FY2027-Q1' };
  if (value === undefined) return { where, message: `budget amount is not a number: "${amount}"` };
  return { category, period, amount: value, where };
}

/** A budget CSV (category,period,amount, headers in any case); problems name `file:line`. */
export function readBudgetTable(text: string, name: string, categoryIds: readonly string[]): { lines: BudgetLine[]; problems: BudgetProblem[] } {
  const lines: BudgetLine[] = [];
  const problems: BudgetProblem[] = [];
  const table = readSideTable(text);
  if ('error' in table) return { lines, problems: [{ where: name, message: `not valid CSV: ${table.error}` }] };
  const first = table.rows[0];
  if (first && !COLUMNS.every((c) => c in first.cells)) return { lines, problems: [{ where: `${name}:1`, message: `a budget needs the columns ${COLUMNS.join(',')}` }] };
  for (const { line, cells } of table.rows) {
    const r = budgetLineOf(cells.category ?? '', cells.period ?? '', cells.amount ?? '', `${name}:${line}`, categoryIds);
    if ('message' in r) problems.push(r);
    else lines.push(r);
  }
  return { lines, problems };
}
