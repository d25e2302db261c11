/**
 * Capex and opex: how a CFO presents technology spend when part of it builds an asset (engineers
 * and contractors building product). A category may say a share of its spend is capitalizable;
 * that share of each month's spend is capex, the rest opex, and each month's capex is charged to
 * the P&L straight-line over the category's useful life, starting the month AFTER it was
 * capitalized (the asset goes into service once the month's work is done; the month itself
 * carries no depreciation of its own capex). So for a period:
 *
 *   spend = opex + capex            (to the cent, per category and month)
 *   P&L expense = opex + depreciation
 *
 * The split is made per category and month (all vendors and pools of the category together),
 * by largest remainder between the two parts, so every view (report --capex, board, explain
 * --capex) cuts the same cells the same way. A rule may carry its own share (and life): the spend
 * of the lines it matched (kept apart by the ledger as `capexRule`) is split at the rule's share,
 * per rule and month, and the rest of the cell at the category's; the cell's capex and opex are
 * the sums, so they still add up to its spend exactly. Each month's capex is spread by largest remainder
 * over its useful life: the months add up to the capex exactly, the first months taking the
 * leftover cents. Pure: facts and config in, figures out.
 */
import type { Config } from '../config/config.js';
import { add, allocate, type Decimal, isZero, sub, ZERO } from '../money/decimal.js';
import { addMonths } from '../period/period.js';
import type { Rule } from '../config/rule.js';
import { cmp, type Fact } from './ledger.js';

/** The useful life when neither the category nor the config names one (three years). */
export const DEFAULT_USEFUL_LIFE = 36;
/** 100% as a capitalize weight (percent at scale 6, as split weights are). */
export const WHOLE = 100_000_000n;

export interface CapexPolicy {
  /** capitalizable share: percent × 10^6 (60% → 60_000_000n) */
  share: bigint;
  /** useful life in months */
  life: number;
}

/** The capex policy of a category, or undefined when none of its spend is capitalized. */
export function capexPolicy(config: Config, category: string): CapexPolicy | undefined {
  const c = config.categoryById.get(category);
  if (c?.capitalize === undefined || c.capitalize <= 0n || c.scope === 'excluded') return undefined;
  return { share: c.capitalize, life: c.usefulLife ?? config.usefulLife ?? DEFAULT_USEFUL_LIFE };
}

/** The policy of a rule with its own share for its lines in `category`: the rule's life, else the category's, else the config's. */
export function ruleCapexPolicy(config: Config, rule: Pick<Rule, 'capitalize' | 'usefulLife'>, category: string): CapexPolicy {
  return { share: rule.capitalize ?? 0n, life: rule.usefulLife ?? config.categoryById.get(category)?.usefulLife ?? config.usefulLife ?? DEFAULT_USEFUL_LIFE };
}

/** True when some category, or some rule for its lines, capitalizes a share of spend. */
export function anyCapitalized(config: Config): boolean {
  return config.categories.some((c) => capexPolicy(config, c.id) !== undefined) || config.rules.some((r) => (r.capitalize ?? 0n) > 0n);
}

/**
 * One amount split into capex (`share` of it) and opex, at the amount's own unit, by largest
 * remainder: capex + opex = amount exactly (a tie goes to capex, the part listed first).
 */
export function splitCapex(amount: Decimal, share: bigint): { capex: Decimal; opex: Decimal } {
  const zero = { units: 0n, scale: amount.scale };
  if (share <= 0n) return { capex: zero, opex: amount };
  if (share >= WHOLE) return { capex: amount, opex: zero };
  const [capex, opex] = allocate(amount, [share, WHOLE - share]) as [Decimal, Decimal];
  return { capex, opex };
}

/**
 * The straight-line charges of one month's capex: `life` monthly amounts adding up to it
 * exactly (largest remainder; the leftover cents go to the first months).
 */
export function depreciationCharges(capex: Decimal, life: number): Decimal[] {
  if (!Number.isInteger(life) || life < 1) throw new RangeError(`useful life must be a whole number of months, got ${life}`);
  if (isZero(capex)) return Array.from({ length: life }, () => ({ units: 0n, scale: capex.scale }));
  return allocate(capex, Array.from({ length: life }, () => 1n));
}

/** The spend of one rule's lines (in one cell, or summed over months) at the rule's own share. */
export interface RuleCapex extends CapexPolicy {
  rule: string;
  spend: Decimal;
  capex: Decimal;
}

/** One category in one month: its spend, and the split when it capitalizes. */
export interface CapexCell {
  category: string;
  month: string;
  spend: Decimal;
  capex: Decimal;
  opex: Decimal;
  /** the category's policy (for the spend no rule gives a share of its own); undefined: all opex */
  policy: CapexPolicy | undefined;
  /** the lines whose rule has its own share, per rule (by rule id): split at that share */
  rules: RuleCapex[];
  /** the capex to depreciate, with the life of each part (the category's share, each rule's) */
  charges: { capex: Decimal; life: number }[];
  lines: number;
}

/** Spend per category and month, split into capex and opex; sorted by category, then month. */
export function capexCells(facts: readonly Fact[], config: Config): CapexCell[] {
  const ruleById = new Map(config.rules.filter((r) => r.capitalize !== undefined).map((r) => [r.id, r]));
  // category × month → (capex rule or '') → spend
  const spend = new Map<string, { category: string; month: string; parts: Map<string, Decimal>; lines: number }>();
  for (const f of facts) {
    const key = `${f.category}\u0000${f.month}`;
    let s = spend.get(key);
    if (!s) spend.set(key, (s = { category: f.category, month: f.month, parts: new Map(), lines: 0 }));
    const rule = f.capexRule !== undefined && ruleById.has(f.capexRule) ? f.capexRule : '';
    s.parts.set(rule, add(s.parts.get(rule) ?? ZERO, f.amount));
    s.lines += f.lines;
  }
  return [...spend.values()]
    .sort((a, b) => cmp(a.category, b.category) || cmp(a.month, b.month))
    .map((s) => {
      const policy = capexPolicy(config, s.category);
      const rest = s.parts.get('') ?? ZERO;
      const own = splitCapex(rest, policy?.share ?? 0n);
      let capex = own.capex;
      let opex = own.opex;
      let total = rest;
      const charges = policy !== undefined && !isZero(own.capex) ? [{ capex: own.capex, life: policy.life }] : [];
      const rules: RuleCapex[] = [];
      for (const id of [...s.parts.keys()].filter((k) => k !== '').sort()) {
        const amount = s.parts.get(id)!;
        const p = ruleCapexPolicy(config, ruleById.get(id)!, s.category);
        const split = splitCapex(amount, p.share);
        capex = add(capex, split.capex);
        opex = add(opex, split.opex);
        total = add(total, amount);
        if (!isZero(split.capex)) charges.push({ capex: split.capex, life: p.life });
        rules.push({ rule: id, ...p, spend: amount, capex: split.capex });
      }
      return { category: s.category, month: s.month, spend: total, capex, opex, policy, rules, charges, lines: s.lines };
    });
}

/** Depreciation per category and month: every capitalized month's charges, from the month after it. */
export function depreciationByMonth(cells: readonly CapexCell[]): Map<string, Map<string, Decimal>> {
  const out = new Map<string, Map<string, Decimal>>();
  for (const c of cells) {
    for (const part of c.charges) {
      let byMonth = out.get(c.category);
      if (!byMonth) out.set(c.category, (byMonth = new Map()));
      depreciationCharges(part.capex, part.life).forEach((charge, i) => {
        const m = addMonths(c.month, i + 1);
        byMonth!.set(m, add(byMonth!.get(m) ?? ZERO, charge));
      });
    }
  }
  return out;
}

/** A category's figures over a set of months: the split, the depreciation charged in them, and the P&L expense. */
export interface CapexSummary {
  category: string;
  spend: Decimal;
  opex: Decimal;
  capex: Decimal;
  depreciation: Decimal;
  /** opex + depreciation */
  pnl: Decimal;
  policy: CapexPolicy | undefined;
  /** rules with their own share, over the months (by rule id) */
  rules: RuleCapex[];
}

/** The summary capitalizes something: its category's share or a rule's own share above 0%. */
export function capitalizes(s: Pick<CapexSummary, 'policy' | 'rules'>): boolean {
  return s.policy !== undefined || s.rules.some((r) => r.share > 0n);
}

/**
 * Per category, over `months` (a set of yyyy-MM): spend, opex, capex, the depreciation charged in
 * those months (of capex from any month of the facts, before or in them), and the P&L expense.
 * Categories with no spend and no depreciation in the months are left out.
 */
export function summarizeCapex(cells: readonly CapexCell[], months: ReadonlySet<string> | undefined): CapexSummary[] {
  const depreciation = depreciationByMonth(cells);
  const rows = new Map<string, CapexSummary>();
  const row = (category: string, policy: CapexPolicy | undefined) => {
    let r = rows.get(category);
    if (!r) rows.set(category, (r = { category, spend: ZERO, opex: ZERO, capex: ZERO, depreciation: ZERO, pnl: ZERO, policy, rules: [] }));
    return r;
  };
  for (const c of cells) {
    if (months !== undefined && !months.has(c.month)) continue;
    const r = row(c.category, c.policy);
    r.spend = add(r.spend, c.spend);
    r.opex = add(r.opex, c.opex);
    r.capex = add(r.capex, c.capex);
    for (const rc of c.rules) {
      const into = r.rules.find((x) => x.rule === rc.rule);
      if (into === undefined) r.rules.push({ ...rc });
      else {
        into.spend = add(into.spend, rc.spend);
        into.capex = add(into.capex, rc.capex);
      }
    }
  }
  for (const r of rows.values()) r.rules.sort((a, b) => cmp(a.rule, b.rule));
  const policies = new Map(cells.map((c) => [c.category, c.policy]));
  for (const [category, byMonth] of depreciation) {
    for (const [m, charge] of byMonth) {
      if (months !== undefined && !months.has(m)) continue;
      const r = row(category, policies.get(category));
      r.depreciation = add(r.depreciation, charge);
    }
  }
  for (const r of rows.values()) r.pnl = add(r.opex, r.depreciation);
  return [...rows.values()].sort((a, b) => cmp(a.category, b.category));
}

/** One month of the schedule over all categories: capitalized, charged, and what is left to charge. */
export interface ScheduleMonth {
  month: string;
  capex: Decimal;
  depreciation: Decimal;
  /** capex so far − depreciation so far, at the month's end */
  netBookValue: Decimal;
}

/**
 * The amortization schedule, month by month from the first capitalized month to the last charge
 * (past the data when lives run on). Net book value ends at zero.
 */
export function amortizationSchedule(cells: readonly CapexCell[]): ScheduleMonth[] {
  const capex = new Map<string, Decimal>();
  for (const c of cells) if (!isZero(c.capex)) capex.set(c.month, add(capex.get(c.month) ?? ZERO, c.capex));
  const depreciation = new Map<string, Decimal>();
  for (const byMonth of depreciationByMonth(cells).values()) for (const [m, d] of byMonth) depreciation.set(m, add(depreciation.get(m) ?? ZERO, d));
  const months = [...new Set([...capex.keys(), ...depreciation.keys()])].sort();
  if (months.length === 0) return [];
  const out: ScheduleMonth[] = [];
  let nbv: Decimal = ZERO;
  for (let m = months[0]!; m <= months[months.length - 1]!; m = addMonths(m, 1)) {
    const k = capex.get(m) ?? ZERO;
    const d = depreciation.get(m) ?? ZERO;
    nbv = sub(add(nbv, k), d);
    out.push({ month: m, capex: k, depreciation: d, netBookValue: nbv });
  }
  return out;
}
