/**
 * Run the rules over a line: first match wins; a split rule divides the booked amount by
 * largest remainder at the line's own unit, so parts add up exactly; no match lands in the
 * `uncategorized` category.
 *
 * Rules are compiled once into per-field indexes (see field-index.ts): each rule is filed under
 * one "anchor" (a text test it cannot match without), and for each distinct field value the
 * index lists, in rule order, the rules whose anchor passes. A line then tests only those
 * candidates, plus the few rules with no anchor, and keeps the lowest-ordered rule that matches:
 * the same answer as testing every rule in order, which a property test checks.
 */
import type { Config } from '../config/config.js';
import type { Pool } from '../config/schema.js';
import type { ExpenseLine } from '../ingest/line.js';
import { allocate, type Decimal } from '../money/decimal.js';
import { type AnchorField, anchorOf, FieldIndex, LookupIndex } from './field-index.js';
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

interface Candidates {
  field: AnchorField;
  of(value: string): readonly number[];
}

/** The plain evaluation: every rule in order. The indexed engine must agree with it. */
export function firstMatchPlain(rules: readonly Rule[], line: ExpenseLine): Rule | undefined {
  for (const r of rules) if (r.test(line)) return r;
  return undefined;
}

export function createCategorizer(config: Config): Categorizer {
  const { rules, categoryById, uncategorized } = config;
  const fieldIndexes = new Map<AnchorField, FieldIndex>();
  const lookupIndexes = new Map<(value: string) => string | undefined, LookupIndex>();
  /** positions of rules with no anchor: tested on every line */
  const unanchored: number[] = [];
  /** rules whose anchor is the whole rule: a candidate is a match, no further test */
  const whole = new Uint8Array(rules.length);

  rules.forEach((r, position) => {
    if (r.lookup !== undefined) {
      let index = lookupIndexes.get(r.lookup.of);
      if (index === undefined) lookupIndexes.set(r.lookup.of, (index = new LookupIndex(r.lookup.field, r.lookup.of)));
      index.add(r.lookup.equals, position);
      whole[position] = 1;
      return;
    }
    const anchor = r.condition === undefined ? undefined : anchorOf(r.condition);
    if (anchor === undefined) {
      unanchored.push(position);
      return;
    }
    let index = fieldIndexes.get(anchor.field);
    if (index === undefined) fieldIndexes.set(anchor.field, (index = new FieldIndex(anchor.field)));
    for (const alt of anchor.alternatives) index.add(alt, position);
    if (anchor.whole) whole[position] = 1;
  });
  const indexes: Candidates[] = [...lookupIndexes.values(), ...fieldIndexes.values()];
  for (const i of fieldIndexes.values()) i.build();

  /** the first matching rule's position; rules.length when none matches */
  const matchPosition = (line: ExpenseLine): number => {
    let best = rules.length;
    for (let k = 0; k < indexes.length; k++) {
      const index = indexes[k]!;
      const list = index.of(line[index.field]);
      for (let j = 0; j < list.length; j++) {
        const p = list[j]!;
        if (p >= best) break;
        if (whole[p] === 1 || rules[p]!.test(line)) {
          best = p;
          break;
        }
      }
    }
    for (let j = 0; j < unanchored.length; j++) {
      const p = unanchored[j]!;
      if (p >= best) break;
      if (rules[p]!.test(line)) {
        best = p;
        break;
      }
    }
    return best;
  };

  const poolOf = (rule: Rule | undefined, category: string): Pool => rule?.pool ?? categoryById.get(category)?.pool ?? 'other';
  const uncategorizedPool = poolOf(undefined, uncategorized);
  // each rule's pool, and its split's weights and pools, worked out once
  const pools: (Pool | undefined)[] = rules.map((r) => (r.split === undefined ? poolOf(r, r.category!) : undefined));
  const splits = rules.map((r) => (r.split === undefined ? undefined : { weights: r.split.map((p) => p.weight), pools: r.split.map((p) => poolOf(r, p.category)) }));

  return {
    match: (line) => rules[matchPosition(line)],
    categorize(line, booked) {
      const position = matchPosition(line);
      const rule = rules[position];
      if (rule === undefined) return { rule, parts: [{ category: uncategorized, pool: uncategorizedPool, amount: booked }] };
      const split = splits[position];
      if (rule.split === undefined || split === undefined) return { rule, parts: [{ category: rule.category!, pool: pools[position]!, amount: booked }] };
      const amounts = allocate(booked, split.weights);
      return { rule, parts: rule.split.map((p, i) => ({ category: p.category, pool: split.pools[i]!, amount: amounts[i]! })) };
    },
    allMatches(line) {
      return rules.filter((r) => r.test(line));
    },
  };
}
