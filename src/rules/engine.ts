/**
 * Run the rules over a line: first match wins; a split rule divides the booked amount by
 * largest remainder at the line's own unit, so parts add up exactly; no match lands in the
 * `uncategorized` category.
 *
 * Rules are compiled once into per-field filters (see field-filter.ts). For a line, each field's
 * filter says which rules that field leaves in (a bitset, memoized per distinct value where
 * values repeat); what all fields leave in are the candidates, and the first candidate that has
 * nothing else to test, or passes its full test, is the first match: the same answer as testing
 * every rule in order, which a property test checks.
 */
import type { Config } from '../config/config.js';
import type { Pool, Scope } from '../config/schema.js';
import type { ExpenseLine } from '../ingest/line.js';
import { allocate, atSplitUnit, type Decimal } from '../money/decimal.js';
import { allBits, type Bits, FieldFilter, type Filter, type FilterField, LookupFilter, planOf } from './field-filter.js';
import type { Rule } from '../config/rule.js';
import { accrue } from './accrual.js';

export interface CategorizedPart {
  category: string;
  pool: Pool;
  amount: Decimal;
  /** on the accrual basis, the month this part is expense in (absent: the line's month) */
  month?: string;
  /** on the accrual basis, which share of the line's service period this part is (rules/accrual.ts) */
  share?: { index: number; of: number; from: 'rule' | 'columns' | 'description' | 'catalog'; start: string };
}

export interface Categorization {
  /** the winning rule, or undefined when the line fell through to `uncategorized` */
  rule: Rule | undefined;
  parts: CategorizedPart[];
  /** technology spend, or excluded (in no technology figure); a split never mixes the two */
  scope: Scope;
}

export interface Categorizer {
  /** the winning rule for a line */
  match(line: ExpenseLine): Rule | undefined;
  /** categorize a line whose amount is booked (reporting currency) as `booked` */
  categorize(line: ExpenseLine, booked: Decimal): Categorization;
  /** every rule that matches, in order (for explain and validate) */
  allMatches(line: ExpenseLine): Rule[];
}

/** The plain evaluation: every rule in order. The indexed engine must agree with it. */
export function firstMatchPlain(rules: readonly Rule[], line: ExpenseLine): Rule | undefined {
  for (const r of rules) if (r.test(line)) return r;
  return undefined;
}

/** Filters run cheap, repeating fields first; descriptions (often unique) last, on what is left. */
const FIELD_ORDER: readonly FilterField[] = ['currency', 'source', 'account', 'department', 'costCenter', 'vendor', 'description'];

/** A line's field by its place in FIELD_ORDER: one plain property read per case (a computed key would be a slow generic lookup). */
function fieldValue(line: ExpenseLine, id: number): string {
  switch (id) {
    case 0:
      return line.currency;
    case 1:
      return line.source;
    case 2:
      return line.account;
    case 3:
      return line.department;
    case 4:
      return line.costCenter;
    case 5:
      return line.vendor;
    default:
      return line.description;
  }
}

export interface CategorizerOptions {
  /** memoize filter answers per value (default); off, every line is computed (tests use both) */
  memo?: boolean;
}

export function createCategorizer(config: Config, options: CategorizerOptions = {}): Categorizer {
  const memo = options.memo ?? true;
  const { rules, categoryById, uncategorized, unmatched } = config;
  const n = rules.length;
  const lookups = new Map<(value: string) => string | undefined, LookupFilter>();
  const fields = new Map<FilterField, FieldFilter>();
  /** rules the filters decide alone: a candidate is a match */
  const complete = new Uint8Array(n);

  rules.forEach((r, position) => {
    if (r.lookup !== undefined) {
      let f = lookups.get(r.lookup.of);
      if (f === undefined) lookups.set(r.lookup.of, (f = new LookupFilter(r.lookup.field, n, r.lookup.of, memo)));
      f.add(r.lookup.equals, position);
      complete[position] = 1;
      return;
    }
    const plan = planOf(r.condition);
    for (const conjunct of plan.conjuncts) {
      let f = fields.get(conjunct.field);
      if (f === undefined) fields.set(conjunct.field, (f = new FieldFilter(conjunct.field, n, memo)));
      f.add(conjunct, position);
    }
    if (!plan.residual) complete[position] = 1;
  });
  for (const f of fields.values()) f.build();
  const filters: Filter[] = [...lookups.values(), ...FIELD_ORDER.flatMap((field) => fields.get(field) ?? [])];
  const all = allBits(n);
  const words = all.length;
  const candidates = new Uint32Array(words);
  const fieldIds = Uint8Array.from(filters, (f) => FIELD_ORDER.indexOf(f.field));
  // per line: the memoized answers, and the filters computed on the line (after them)
  const answers: Bits[] = new Array<Bits>(filters.length);
  const late = new Int32Array(filters.length);
  // the complete rules none of a set of filters constrains (the set as a bitmask of filter
  // indexes): once one is a candidate, those filters need not test anything after it
  const settledCache = new Map<number, Bits>();
  // (more filters than bits in a mask cannot happen: one per line field, plus catalog lookups)
  if (filters.length > 30) throw new Error(`rules engine: ${filters.length} field filters`);
  let lastSet = -1;
  let lastSettled: Bits = all;
  const settledFor = (set: number): Bits => {
    // the set is the same line after line (it changes when a filter stops memoizing)
    if (set === lastSet) return lastSettled;
    let bits = settledCache.get(set);
    if (bits === undefined) {
      bits = allBits(n);
      for (let p = 0; p < n; p++) if (complete[p] === 0) bits[p >>> 5]! &= ~(1 << (p & 31));
      for (let k = 0; k < filters.length; k++) {
        if ((set & (1 << k)) === 0) continue;
        const c = filters[k]!.constrained;
        for (let w = 0; w < words; w++) bits[w]! &= ~c[w]!;
      }
      settledCache.set(set, bits);
    }
    lastSet = set;
    lastSettled = bits;
    return bits;
  };

  /** the first matching rule's position; n when none matches */
  const matchPosition = (line: ExpenseLine): number => {
    // memoized answers first, ANDed in one pass
    let m = 0;
    let lateCount = 0;
    for (let k = 0; k < filters.length; k++) {
      const a = filters[k]!.answer(fieldValue(line, fieldIds[k]!));
      if (a !== undefined) answers[m++] = a;
      else late[lateCount++] = k;
    }
    // the first candidate no computed filter can rule out (and that needs no other test) is
    // the answer at the latest: words after its word are never read
    let remaining = 0;
    for (let i = 0; i < lateCount; i++) remaining |= 1 << late[i]!;
    let settled = settledFor(remaining);
    let limit = words;
    let bound = n;
    const a0 = m === 0 ? all : answers[0]!;
    // the first two memoized answers ANDed without the inner loop (most rule sets test two or three fields)
    const a1 = m >= 2 ? answers[1]! : all;
    for (let w = 0; w < words; w++) {
      let x = a0[w]! & a1[w]!;
      for (let j = 2; j < m; j++) x &= answers[j]![w]!;
      candidates[w] = x;
      const y = x & settled[w]!;
      if (y !== 0) {
        bound = (w << 5) + 31 - Math.clz32(y & -y);
        limit = w + 1;
        break;
      }
    }
    // then the fields computed line by line (values that rarely repeat), on what is left
    for (let i = 0; i < lateCount; i++) {
      const k = late[i]!;
      if (i > 0) {
        settled = settledFor(remaining);
        bound = n;
        for (let w = 0; w < limit; w++) {
          const y = candidates[w]! & settled[w]!;
          if (y !== 0) {
            bound = (w << 5) + 31 - Math.clz32(y & -y);
            break;
          }
        }
      }
      filters[k]!.narrow(fieldValue(line, fieldIds[k]!), candidates, bound, limit);
      remaining &= ~(1 << k);
    }
    for (let w = 0; w < limit; w++) {
      let x = candidates[w]!;
      while (x !== 0) {
        const p = (w << 5) + 31 - Math.clz32(x & -x);
        if (complete[p] === 1 || rules[p]!.test(line)) return p;
        x &= x - 1;
      }
    }
    return n;
  };

  const poolOf = (rule: Rule | undefined, category: string): Pool => rule?.pool ?? categoryById.get(category)?.pool ?? 'other';
  const uncategorizedPool = poolOf(undefined, uncategorized);
  // each rule's pool, and its split's weights and pools, worked out once
  const pools: (Pool | undefined)[] = rules.map((r) => (r.split === undefined ? poolOf(r, r.category!) : undefined));
  const splits = rules.map((r) => (r.split === undefined ? undefined : { weights: r.split.map((p) => p.weight), pools: r.split.map((p) => poolOf(r, p.category)) }));
  const scopes: Scope[] = rules.map((r) => scopeOfRule(r, config));

  // for allMatches: a lookup rule matches exactly when its lookup gives its value (the filters
  // above rely on the same), so those are found by the lookup's answer, the rest tested
  const tested: number[] = [];
  const lookupOf = new Map<(value: string) => string | undefined, { of: (value: string) => string | undefined; fieldId: number; positions: Map<string, number[]> }>();
  rules.forEach((r, position) => {
    if (r.lookup === undefined) return void tested.push(position);
    let g = lookupOf.get(r.lookup.of);
    if (g === undefined) lookupOf.set(r.lookup.of, (g = { of: r.lookup.of, fieldId: FIELD_ORDER.indexOf(r.lookup.field), positions: new Map() }));
    const at = g.positions.get(r.lookup.equals);
    if (at === undefined) g.positions.set(r.lookup.equals, [position]);
    else at.push(position);
  });
  const byLookup = [...lookupOf.values()];

  const categorizer: Categorizer = {
    match: (line) => rules[matchPosition(line)],
    categorize(line, booked) {
      const position = matchPosition(line);
      const rule = rules[position];
      if (rule === undefined) return { rule, parts: [{ category: uncategorized, pool: uncategorizedPool, amount: booked }], scope: unmatched };
      const split = splits[position];
      const scope = scopes[position]!;
      if (rule.split === undefined || split === undefined) return { rule, parts: [{ category: rule.category!, pool: pools[position]!, amount: booked }], scope };
      const amounts = allocate(atSplitUnit(booked), split.weights);
      return { rule, parts: rule.split.map((p, i) => ({ category: p.category, pool: split.pools[i]!, amount: amounts[i]! })), scope };
    },
    allMatches(line) {
      // the rules tested one by one, then the catalog rules found by one lookup per line: testing
      // each of them (hundreds, one per catalog vendor) made validate's coverage several times the
      // cost of the scan on files read with the built-in default
      const hits: number[] = [];
      for (const p of tested) if (rules[p]!.test(line)) hits.push(p);
      if (byLookup.length === 0) return hits.map((p) => rules[p]!);
      for (const { of, fieldId, positions } of byLookup) {
        const id = of(fieldValue(line, fieldId));
        const found = id === undefined ? undefined : positions.get(id);
        if (found !== undefined) hits.push(...found);
      }
      return hits.sort((a, b) => a - b).map((p) => rules[p]!);
    },
  };
  if (config.basis !== 'accrual') return categorizer;
  // the accrual basis: the same parts, each spread over the line's service period
  const cash = categorizer.categorize;
  return { ...categorizer, categorize: (line, booked) => accrue(cash(line, booked), line) };
}

/** A rule's scope: said on the rule, else its (first) category's; config checks keep a split's categories in one scope. */
export function scopeOfRule(rule: Rule, config: Pick<Config, 'categoryById'>): Scope {
  return rule.scope ?? config.categoryById.get(rule.category ?? rule.split?.[0]?.category ?? '')?.scope ?? 'technology';
}
