/**
 * `--fail-on` conditions for CI: `uncategorized>0`, `uncategorized>2%`, `rejected>0`,
 * `total>250000`, `variance>15%` (any category, latest month vs the one before),
 * `budget-overrun>5%` (any budgeted category and period), `duplicates>0`,
 * `renewals-in<30d` (a renewal or a notice deadline within 30 days of the as-of date: renewals, board).
 * Each tripped condition gives one plain line; the CLI turns any into exit 3.
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import { add, compare, type Decimal, divide, parseDecimal, sub, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import { addMonths, monthsOfPeriod } from '../period/period.js';
import { type RenewalCalendar, renewalsWithin } from '../analysis/renewals/schedule.js';

export const FAIL_ON_METRICS = ['uncategorized', 'rejected', 'total', 'variance', 'budget-overrun', 'duplicates', 'renewals-in'] as const;
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
  const m = /^\s*([a-z-]+)\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*(%|d)?\s*$/.exec(text);
  if (!m) return `cannot read --fail-on "${text}": write <metric><op><number>[%], e.g. uncategorized>0 or variance>15%`;
  const metric = m[1] as FailOnMetric;
  if (!(FAIL_ON_METRICS as readonly string[]).includes(metric)) return `unknown --fail-on metric "${m[1]}": use ${FAIL_ON_METRICS.join(', ')}`;
  if ((m[4] === 'd') !== (metric === 'renewals-in')) return metric === 'renewals-in' ? `--fail-on renewals-in takes days, e.g. renewals-in<30d` : `cannot read --fail-on "${text}": only renewals-in takes days (d)`;
  if (metric === 'renewals-in' && m[2] !== '<' && m[2] !== '<=') return `--fail-on renewals-in takes < or <=, e.g. renewals-in<30d`;
  if (metric === 'renewals-in' && !/^\d+$/.test(m[3]!)) return `--fail-on renewals-in takes whole days, e.g. renewals-in<30d`;
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

export interface FailOnInput {
  rec: Reconciliation;
  facts?: readonly Fact[] | undefined;
  config: Config;
  /** the renewal calendar (renewals, board), for renewals-in */
  renewals?: RenewalCalendar | undefined;
}

/** The tripped conditions, one message each (empty when none tripped). */
export function evaluateFailOn(conditions: readonly FailOnCondition[], input: FailOnInput): string[] {
  const { rec, facts, config } = input;
  const out: string[] = [];
  const cur = config.currency;
  for (const c of conditions) {
    switch (c.metric) {
      case 'uncategorized': {
        const v = c.percent ? pct(rec.uncategorizedTotal, rec.reportTotal) ?? ZERO : count(rec.uncategorizedLines);
        if (holds(v, c.op, c.value)) out.push(`${c.text}: ${rec.uncategorizedLines} uncategorized lines, ${cur} ${toGrouped(rec.uncategorizedTotal)}${c.percent ? ` (${toFixed(v, 1)}% of technology spend)` : ''}`);
        break;
      }
      case 'rejected': {
        const v = c.percent ? pct(count(rec.rowsRejected), count(rec.rowsRead)) ?? ZERO : count(rec.rowsRejected);
        if (holds(v, c.op, c.value)) out.push(`${c.text}: ${rec.rowsRejected} of ${rec.rowsRead} rows rejected`);
        break;
      }
      case 'duplicates': {
        if (holds(count(rec.duplicates.length), c.op, c.value)) out.push(`${c.text}: ${rec.duplicates.length} lines appear in two files`);
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
      case 'renewals-in': {
        if (!input.renewals) throw new Error('renewals-in needs the renewal calendar');
        for (const h of renewalsWithin(input.renewals, Number(c.value.units), c.op === '<=')) {
          const r = h.renewal;
          const when = h.daysLeft === 0 ? 'today' : h.daysLeft < 0 ? `${-h.daysLeft} days ago, not seen yet` : `in ${h.daysLeft} day${h.daysLeft === 1 ? '' : 's'}`;
          const date = h.what === 'renewal' ? r.date : r.noticeDeadline!;
          out.push(`${c.text}: ${r.vendor} ${h.what} on ${date} (${when}${h.what === 'notice deadline' ? `; renews ${r.date}` : ''}${r.amount !== undefined ? `, ${cur} ${toGrouped(r.amount)}` : ''})`);
        }
        break;
      }
      case 'budget-overrun': {
        if (!facts) throw new Error('budget-overrun needs facts');
        for (const o of budgetOverruns(facts, config)) {
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

/** Budgeted category-periods whose actual spend (months present in the data) exceeds the budget. */
export function budgetOverruns(facts: readonly Fact[], config: Config): { category: string; period: string; actual: Decimal; budget: Decimal; pct: Decimal }[] {
  const out: { category: string; period: string; actual: Decimal; budget: Decimal; pct: Decimal }[] = [];
  for (const b of config.budget) {
    const months = new Set(monthsOfPeriod(b.period, config.fiscalYearStart) ?? []);
    let actual: Decimal = ZERO;
    for (const f of facts) if (f.category === b.category && months.has(f.month)) actual = add(actual, f.amount);
    if (b.amount.units <= 0n) continue;
    const over = pct(sub(actual, b.amount), b.amount)!;
    if (over.units > 0n) out.push({ category: b.category, period: b.period, actual, budget: b.amount, pct: over });
  }
  return out;
}
