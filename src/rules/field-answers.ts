/**
 * The rules decided once per distinct value of a field, for an engine that joins the answers
 * back to its lines (the DuckDB engine): the indexed engine's own plan (field-filter.ts) read
 * the other way round. For each field a rule tests, the answer for a value is the set of rules
 * that field does not rule out; ANDing a line's answers leaves its candidates, and a rule the
 * answers decide alone (`decided`) matches as soon as it is a candidate. The others (amounts,
 * dates, `not`, tests across fields) keep their full test, on the lines where they are still
 * candidates.
 *
 * Evaluating 500 rules once per distinct vendor, description and account rather than once per
 * line is what makes a 500-rule CASE affordable on millions of lines: a few thousand distinct
 * values where there are millions of rows. Pure.
 */
import type { ExpenseLine } from '../ingest/line.js';
import type { Rule } from '../config/rule.js';
import type { Condition } from '../config/condition.js';
import { allBits, type Bits, FieldFilter, type FilterField, hasBit, planOf, wordsFor } from './field-filter.js';

export interface FieldAnswers {
  /** the fields some rule is decided on, in a fixed order */
  fields: FilterField[];
  /** the rules (by position) a field's answer settles on its own: candidate means match */
  decided: boolean[];
  /**
   * by position, for a rule with a structured match: what a line must pass besides being a
   * candidate (amounts, dates, tests across fields), ANDed; empty when decided
   */
  rest: Condition[][];
  /** for one field and value: the rules not ruled out, as '0'/'1' by position (a SQL BITSTRING) */
  answer(field: FilterField, value: string): string;
}

/** A line holding one field's value, for the rules tested by their own line test (built-in catalog lookups). */
function lineWith(field: FilterField, value: string): ExpenseLine {
  const line = { source: '', line: 0, date: '', vendor: '', description: '', account: '', department: '', costCenter: '', currency: '', fields: [], header: new Map() } as unknown as Record<string, unknown>;
  line[field] = value;
  return line as unknown as ExpenseLine;
}

const FILTER_FIELDS: readonly FilterField[] = ['vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'source'];

/**
 * `onLine`: fields tested on each line instead (a free-text field with about as many values as
 * lines, where a table of answers per value is as big as the data): their conjuncts join the
 * rule's `rest`, and a rule with one is not decided by its answers. A field some rule with no
 * structured match reads (its own test, per value) cannot be tested on the line: it stays.
 */
export function fieldAnswers(rules: readonly Rule[], onLine: readonly FilterField[] = []): FieldAnswers {
  const n = rules.length;
  const filters = new Map<FilterField, FieldFilter>();
  /** rules with no structured match that read one field: their own test, per value */
  const ownTests = new Map<FilterField, number[]>();
  const decided = rules.map(() => false);
  const ownRead = new Set(rules.filter((r) => r.condition === undefined).flatMap((r) => r.fields));
  const lineFields = new Set(onLine.filter((f) => !ownRead.has(f)));
  const rest: Condition[][] = rules.map(() => []);
  rules.forEach((r, position) => {
    if (r.condition === undefined) {
      const [field, more] = r.fields;
      if (field !== undefined && more === undefined && (FILTER_FIELDS as readonly string[]).includes(field)) {
        const list = ownTests.get(field as FilterField) ?? [];
        list.push(position);
        ownTests.set(field as FilterField, list);
        decided[position] = true;
      }
      return;
    }
    const plan = planOf(r.condition);
    const moved: Condition[] = [];
    for (const conjunct of plan.conjuncts) {
      if (lineFields.has(conjunct.field)) {
        // the conjunct's tests are the rule's own text conditions (field-filter.ts conjunctOf)
        const tests = conjunct.alternatives as unknown as Condition[];
        moved.push(tests.length === 1 ? tests[0]! : { kind: 'any', of: tests } as Condition);
        continue;
      }
      let f = filters.get(conjunct.field);
      if (f === undefined) filters.set(conjunct.field, (f = new FieldFilter(conjunct.field, n, false)));
      f.add(conjunct, position);
    }
    decided[position] = !plan.residual && moved.length === 0;
    rest[position] = [...moved, ...plan.rest];
  });
  for (const f of filters.values()) f.build();
  const fields = FILTER_FIELDS.filter((f) => filters.has(f) || ownTests.has(f));
  const words = wordsFor(n);
  const all = allBits(n);
  return {
    fields,
    decided,
    rest,
    answer(field, value) {
      const bits: Bits = all.slice();
      filters.get(field)?.narrow(value, bits, n, words);
      const own = ownTests.get(field);
      if (own !== undefined) {
        const line = lineWith(field, value);
        for (const p of own) if (!rules[p]!.test(line)) bits[p >>> 5]! &= ~(1 << (p & 31));
      }
      let text = '';
      for (let p = 0; p < n; p++) text += hasBit(bits, p) ? '1' : '0';
      return text;
    },
  };
}
