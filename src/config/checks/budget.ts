/**
 * The budget, inline or as a CSV read by the same reader `--budget` uses (budget-table.ts):
 * known categories, and none of them excluded from technology spend.
 */
import { budgetLineOf, readBudgetTable } from '../budget-table.js';
import type { BudgetLine } from '../config.js';
import { type BuildState, type ConfigCheck, report } from './state.js';

export const budget: ConfigCheck = {
  name: 'budget',
  run(s) {
    const written = s.written.budget;
    const categoryIds = [...s.categoryById.keys()];
    if (typeof written === 'string') {
      const file = s.ctx.readRelative(written);
      if ('error' in file) report(s, 'budget', `cannot read budget "${written}": ${file.error}`);
      else {
        const read = readBudgetTable(file.text, written, categoryIds);
        read.problems.forEach((p) => budgetProblem(s, p));
        for (const b of read.lines) addBudget(s, b);
      }
    } else if (written) {
      written.forEach((b, i) => {
        const r = budgetLineOf(b.category, b.period, b.amount, `budget[${i}]`, categoryIds);
        if ('message' in r) budgetProblem(s, r);
        else addBudget(s, r);
      });
    }
  },
};

function budgetProblem(s: BuildState, p: { where: string; message: string; hint?: string }): void {
  s.diagnostics.push({ severity: 'error', kind: 'config', ...p, where: `${s.ctx.path}: ${p.where}` });
}

function addBudget(s: BuildState, b: BudgetLine): void {
  if (s.categoryById.get(b.category)?.scope === 'excluded') budgetProblem(s, { where: b.where, message: `category "${b.category}" is excluded from technology spend: it has no budget` });
  else s.budget.push(b);
}
