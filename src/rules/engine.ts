/**
 * Run the rules over a line: first match wins; a split rule divides the booked amount by
 * largest remainder at the line's own unit, so parts add up exactly; no match lands in the
 * `uncategorized` category. Exact-vendor rules are looked up in a Map, the rest tested in order.
 */
import type { Config } from '../config/config.js';
import type { Pool } from '../config/schema.js';
import type { ExpenseLine } from '../ingest/line.js';
import { allocate, type Decimal } from '../money/decimal.js';
import type { Rule } from './rule.js';

export interface CategorizedPart {
  category: string;
  pool: Pool;
  amount: Decimal;
}

export interface Categorization {
  /** the winning rule, or undefined when the line fell through to `uncategorized` */
  rule: Rule | undefined;
  parts: CategorizedPart[];
}

export interface Categorizer {
  /** the winning rule for a line */
  match(line: ExpenseLine): Rule | undefined;
  /** categorize a line whose amount is booked (reporting currency) as `booked` */
  categorize(line: ExpenseLine, booked: Decimal): Categorization;
  /** every rule that matches, in order (for explain and validate) */
  allMatches(line: ExpenseLine): Rule[];
}

export function createCategorizer(config: Config): Categorizer {
  const { rules, categoryById, uncategorized } = config;
  const exact = new Map<string, Rule>();
  const tested: Rule[] = [];
  for (const r of rules) {
    if (r.exactVendors) {
      for (const v of r.exactVendors) if (!exact.has(v)) exact.set(v, r);
    } else tested.push(r);
  }
  const poolOf = (rule: Rule | undefined, category: string): Pool => rule?.pool ?? categoryById.get(category)?.pool ?? 'other';

  const match = (line: ExpenseLine): Rule | undefined => {
    const byVendor = exact.size > 0 ? exact.get(line.vendor.trim().toLowerCase()) : undefined;
    const limit = byVendor ? byVendor.index : Infinity;
    for (const r of tested) {
      if (r.index > limit) break;
      if (r.test(line)) return r;
    }
    return byVendor;
  };

  return {
    match,
    categorize(line, booked) {
      const rule = match(line);
      if (rule === undefined) return { rule, parts: [{ category: uncategorized, pool: poolOf(undefined, uncategorized), amount: booked }] };
      if (rule.split === undefined) return { rule, parts: [{ category: rule.category!, pool: poolOf(rule, rule.category!), amount: booked }] };
      const amounts = allocate(booked, rule.split.map((p) => p.weight));
      return { rule, parts: rule.split.map((p, i) => ({ category: p.category, pool: poolOf(rule, p.category), amount: amounts[i]! })) };
    },
    allMatches(line) {
      return rules.filter((r) => r.test(line));
    },
  };
}
