/**
 * Compile a written `match` block into a line test. AND across fields, OR within a list,
 * plus `any` / `all` / `not`.
 */
import type { WrittenMatch } from './schema.js';
import { columnValue, type ExpenseLine } from '../ingest/line.js';
import type { Condition } from './condition.js';
import type { LineTest } from './rule.js';
import { MatcherError, amountComparisonOf, compileAmountTest, compileDateTest, dateComparisonOf, isRegexLiteral, stringPatternOf, testOfPattern } from './matcher.js';

export interface CompiledMatch {
  test: LineTest;
  fields: string[];
  describe: string;
  /** the same match in structured form (for the indexed engine and the SQL export) */
  condition: Condition;
  exactVendors?: string[];
}

export interface MatchProblem {
  path: string;
  message: string;
}

type StringField = 'vendor' | 'description' | 'account' | 'department' | 'costCenter' | 'currency' | 'source';

function fieldCondition(field: string, pattern: string | number): Condition {
  if (field === 'amount') return { kind: 'amount', comparison: amountComparisonOf(pattern) };
  if (field === 'date') return { kind: 'date', comparison: dateComparisonOf(pattern) };
  const p = stringPatternOf(String(pattern));
  return { kind: 'text', field, pattern: p, test: testOfPattern(p) };
}

function fieldTest(field: string, c: Condition): LineTest {
  if (c.kind === 'amount') {
    const t = compileAmountTest(c.comparison);
    return (l) => t(l.amount);
  }
  if (c.kind === 'date') {
    const t = compileDateTest(c.comparison);
    return (l) => t(l.date);
  }
  if (c.kind !== 'text') throw new Error(`not a field condition: ${c.kind}`);
  const t = c.test;
  if (field.startsWith('column.')) {
    const name = field.slice('column.'.length);
    return (l) => {
      const v = columnValue(l, name);
      return v !== undefined && t(v);
    };
  }
  const key = field as StringField;
  return (l: ExpenseLine) => t(l[key]);
}

/**
 * The line test of a condition: the one definition of what a match block matches, used by
 * compileMatch and when a worker thread receives its rules as data (config/config-data.ts).
 */
export function testOfCondition(c: Condition): LineTest {
  switch (c.kind) {
    case 'all': {
      const subs = c.of.map(testOfCondition);
      return subs.length === 1 ? subs[0]! : (l) => subs.every((t) => t(l));
    }
    case 'any': {
      const subs = c.of.map(testOfCondition);
      return subs.length === 1 ? subs[0]! : (l) => subs.some((t) => t(l));
    }
    case 'not': {
      const sub = testOfCondition(c.of);
      return (l) => !sub(l);
    }
    case 'text':
      return fieldTest(c.field, c);
    case 'amount':
    case 'date':
      return fieldTest(c.kind, c);
  }
}

export function compileMatch(written: WrittenMatch, path: string, problems: MatchProblem[]): CompiledMatch {
  const conditions: Condition[] = [];
  const fields: string[] = [];
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(written)) {
    if (raw === undefined) continue;
    if (key === 'any' || key === 'all') {
      const subs = (raw as WrittenMatch[]).map((m, i) => compileMatch(m, `${path}.${key}[${i}]`, problems));
      conditions.push({ kind: key, of: subs.map((s) => s.condition) });
      for (const s of subs) fields.push(...s.fields);
      parts.push(`${key}(${subs.map((s) => s.describe).join(key === 'any' ? ' | ' : ' & ')})`);
      continue;
    }
    if (key === 'not') {
      const sub = compileMatch(raw as WrittenMatch, `${path}.not`, problems);
      conditions.push({ kind: 'not', of: sub.condition });
      fields.push(...sub.fields);
      parts.push(`not(${sub.describe})`);
      continue;
    }
    const patterns = (Array.isArray(raw) ? raw : [raw]) as (string | number)[];
    const alternativeConditions: Condition[] = [];
    patterns.forEach((p, i) => {
      try {
        const c = fieldCondition(key, p);
        alternativeConditions.push(c);
      } catch (e) {
        if (e instanceof MatcherError) problems.push({ path: Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`, message: e.message });
        else throw e;
      }
    });
    conditions.push(alternativeConditions.length === 1 ? alternativeConditions[0]! : { kind: 'any', of: alternativeConditions });
    fields.push(key);
    parts.push(`${key} ${patterns.map((p) => JSON.stringify(p)).join(' or ')}`);
  }
  const describe = parts.join(' & ') || 'everything';
  const keys = Object.keys(written).filter((k) => written[k] !== undefined);
  const condition: Condition = conditions.length === 1 ? conditions[0]! : { kind: 'all', of: conditions };
  const test = testOfCondition(condition);
  const result: CompiledMatch = { test, fields: [...new Set(fields)], describe, condition };
  if (keys.length === 1 && keys[0] === 'vendor') {
    const raw = written.vendor;
    const list = (Array.isArray(raw) ? raw : [raw]).map(String);
    if (list.every((p) => !p.includes('*') && !isRegexLiteral(p))) result.exactVendors = list.map((p) => p.trim().toLowerCase());
  }
  return result;
}
