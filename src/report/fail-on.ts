/**
 * `--fail-on` conditions for CI: `uncategorized>0`, `uncategorized>2%`, `rejected>0`,
 * `total>250000`, `variance>15%` (any category, latest month vs the one before),
 * `budget-overrun>5%` (any budgeted category and period, against its budget to date), `duplicates>0`
 * (lines in two files and likely double counts across sources).
 * Each tripped condition gives one plain line; the CLI turns any into exit 3.
 */
import type { BudgetLine, Config } from '../config/config.js';
import { budgetFor, monthlyBudget } from '../analysis/budget.js';
import type { Fact } from '../analysis/ledger.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import { add, compare, type Decimal, divide, parseDecimal, sub, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import { addMonths, monthsOfPeriod } from '../period/period.js';

export const FAIL_ON_METRICS = ['uncategorized', 'rejected', 'total', 'variance', 'budget-overrun', 'duplicates'] as const;
export type FailOnMetric = (typeof FAIL_ON_METRICS)[number];
type Op = '>' | '>=' | '<' | '<=' | '=';

export interface FailOnCondition {
  text: string;
  metric: FailOnMetric;
  op: Op;
  value: Decimal;
  percent: boolean;
}

export function parseFailOn(text: string): FailOnCondition | string {
  const m = /^\s*([a-z-]+)\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(text);
  if (!m) return `cannot read --fail-on "${text}": write <metric><op><number>[%], e.g. uncategorized>0 or variance>15%`;
  const metric = m[1] as FailOnMetric;
  if (!(FAIL_ON_METRICS as readonly string[]).includes(metric)) return `unknown --fail-on metric "${m[1]}": use ${FAIL_ON_METRICS.join(', ')}`;
  const percent = m[4] === '%';
  if ((metric === 'variance' || metric === 'budget-overrun') && !percent) return `--fail-on ${metric} takes a percentage, e.g. ${metric}>15%`;
  return { text: text.trim(), metric, op: m[2] as Op, value: parseDecimal(m[3]!)!, percent };
}

function holds(x: Decimal, op: Op, y: Decimal): boolean {
  const c = compare(x, y);
  return op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : c === 0;
}

const pct = (part: Decimal, whole: Decimal): Decimal | undefined => (whole.units === 0n ? undefined : divide({ units: part.units * 100n, scale: part.scale }, whole, 4));
const count = (n: number): Decimal => ({ units: BigInt(n), scale: 0 });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface FailOnInput {
  rec: Reconciliation;
  facts?: readonly Fact[] | undefined;
  config: Config;
  /** the run's budget (--budget, else the config's) */
  budget?: readonly BudgetLine[] | undefined;
}

/** The tripped conditions, one message each (empty when none tripped). */
export function evaluateFailOn(conditions: readonly FailOnCondition[], input: FailOnInput): string[] {
  const { rec, facts, config } = input;
  const budget = input.budget ?? config.budget;
  const out: string[] = [];
  const cur = config.currency;
  for (const c of conditions) {
    switch (c.metric) {
      case 'uncategorized': {
        const v = c.percent ? pct(rec.uncategorizedTotal, rec.reportTotal) ?? ZERO : count(rec.uncategorizedLines);
        if (holds(v, c.op, c.value)) out.push(`${c.text}: ${plural(rec.uncategorizedLines, 'uncategorized line')}, ${cur} ${toGrouped(rec.uncategorizedTotal)}${c.percent ? ` (${toFixed(v, 1)}% of technology spend)` : ''}`);
        break;
      }
      case 'rejected': {
        const v = c.percent ? pct(count(rec.rowsRejected), count(rec.rowsRead)) ?? ZERO : count(rec.rowsRejected);
        if (holds(v, c.op, c.value)) out.push(`${c.text}: ${rec.rowsRejected} of ${plural(rec.rowsRead, 'row')} rejected`);
        break;
      }
      case 'duplicates': {
        // the same line in two files (overlapping exports) and the same spend seen in two sources
        const n = rec.duplicates.length + rec.doubleCounts.length;
        if (holds(count(n), c.op, c.value)) {
          const parts = [rec.duplicates.length > 0 ? `${plural(rec.duplicates.length, 'line')} found in two files` : '', rec.doubleCounts.length > 0 ? `${plural(rec.doubleCounts.length, 'likely double count')} across sources` : ''].filter((x) => x !== '');
          out.push(`${c.text}: ${parts.length > 0 ? parts.join(', ') : 'no duplicates'}`);
        }
        break;
      }
      case 'total': {
        // technology spend: excluded lines are in no technology figure
        if (holds(rec.reportTotal, c.op, c.value)) out.push(`${c.text}: technology spend is ${cur} ${toGrouped(rec.reportTotal)}`);
        break;
      }
      case 'variance': {
        if (!facts) throw new Error('variance needs facts');
        for (const v of latestMonthVariance(facts)) {
          if (v.pct !== undefined && holds(absolute(v.pct), c.op, c.value)) {
            const name = config.categoryById.get(v.category)?.name ?? v.category;
            out.push(`${c.text}: ${name} ${v.pct.units >= 0n ? 'rose' : 'fell'} ${toFixed(absolute(v.pct), 1)}% (${cur} ${toGrouped(v.base)} in ${v.baseMonth} → ${cur} ${toGrouped(v.current)} in ${v.month})`);
          }
        }
        break;
      }
      case 'budget-overrun': {
        if (!facts) throw new Error('budget-overrun needs facts');
        if (budget.length === 0) out.push(`${c.text}: no budget to compare with (give --budget budget.csv or a budget in the config)`);
        for (const o of budgetOverruns(facts, config, budget)) {
          if (holds(o.pct, c.op, c.value)) {
            const name = config.categoryById.get(o.category)?.name ?? o.category;
            out.push(`${c.text}: ${name} is ${toFixed(o.pct, 1)}% over its ${o.period} budget (${cur} ${toGrouped(o.actual)} vs ${cur} ${toGrouped(o.budget)})`);
          }
        }
        break;
      }
    }
  }
  return out;
}

function absolute(d: Decimal): Decimal {
  return d.units < 0n ? { units: -d.units, scale: d.scale } : d;
}

interface MonthVariance {
  category: string;
  month: string;
  baseMonth: string;
  base: Decimal;
  current: Decimal;
  pct: Decimal | undefined;
}

/** Per category: the latest month in the data against the month before it. */
export function latestMonthVariance(facts: readonly Fact[]): MonthVariance[] {
  const months = [...new Set(facts.map((f) => f.month))].sort();
  const month = months[months.length - 1];
  if (month === undefined) return [];
  const baseMonth = addMonths(month, -1);
  const sums = new Map<string, { base: Decimal; current: Decimal }>();
  for (const f of facts) {
    if (f.month !== month && f.month !== baseMonth) continue;
    const s = sums.get(f.category) ?? { base: ZERO, current: ZERO };
    if (f.month === month) s.current = add(s.current, f.amount);
    else s.base = add(s.base, f.amount);
    sums.set(f.category, s);
  }
  return [...sums.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([category, s]) => ({ category, month, baseMonth, base: s.base, current: s.current, pct: s.base.units === 0n ? undefined : pct(sub(s.current, s.base), absolute(s.base)) }));
}

/**
 * Budgeted category-periods over budget to date: each budget line is phased evenly over its months
 * (as the board's budget table does), and its actual spend in the months up to the latest month in
 * the data is compared with the budget of those same months. So an annual budget trips as soon as
 * spend runs ahead of its phasing, not only at year end.
 */
export function budgetOverruns(facts: readonly Fact[], config: Config, lines: readonly BudgetLine[] = config.budget): { category: string; period: string; actual: Decimal; budget: Decimal; pct: Decimal }[] {
  const out: { category: string; period: string; actual: Decimal; budget: Decimal; pct: Decimal }[] = [];
  const latest = facts.reduce<string | undefined>((a, f) => (a === undefined || f.month > a ? f.month : a), undefined);
  if (latest === undefined) return out;
  for (const b of lines) {
    if (b.amount.units <= 0n) continue;
    const all = monthsOfPeriod(b.period, config.fiscalYearStart) ?? [];
    const elapsed = all.filter((m) => m <= latest);
    if (elapsed.length === 0) continue;
    const phased = budgetFor(monthlyBudget([b], config.fiscalYearStart), elapsed).get(b.category) ?? ZERO;
    if (phased.units <= 0n) continue;
    const months = new Set(elapsed);
    let actual: Decimal = ZERO;
    for (const f of facts) if (f.category === b.category && months.has(f.month)) actual = add(actual, f.amount);
    const over = pct(sub(actual, phased), phased)!;
    const period = elapsed.length === all.length ? b.period : `${b.period} to date (${elapsed[0]}${elapsed.length > 1 ? ` to ${elapsed.at(-1)}` : ''})`;
    if (over.units > 0n) out.push({ category: b.category, period, actual, budget: phased, pct: over });
  }
  return out;
}
