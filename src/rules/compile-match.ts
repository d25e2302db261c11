/**
 * Compile a written `match` block into a line test. AND across fields, OR within a list,
 * plus `any` / `all` / `not`.
 */
import type { WrittenMatch } from '../config/schema.js';
import { columnValue, type ExpenseLine } from '../ingest/line.js';
import type { LineTest } from './rule.js';
import { MatcherError, compileAmountTest, compileDateTest, compileStringTest, isRegexLiteral } from './matcher.js';

export interface CompiledMatch {
  test: LineTest;
  fields: string[];
  describe: string;
  exactVendors?: string[];
}

export interface MatchProblem {
  path: string;
  message: string;
}

type StringField = 'vendor' | 'description' | 'account' | 'department' | 'costCenter' | 'currency' | 'source';

function fieldTest(field: string, pattern: string | number): LineTest {
  if (field === 'amount') {
    const t = compileAmountTest(pattern);
    return (l) => t(l.amount);
  }
  if (field === 'date') {
    const t = compileDateTest(pattern);
    return (l) => t(l.date);
  }
  const t = compileStringTest(String(pattern));
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

export function compileMatch(written: WrittenMatch, path: string, problems: MatchProblem[]): CompiledMatch {
  const tests: LineTest[] = [];
  const fields: string[] = [];
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(written)) {
    if (raw === undefined) continue;
    if (key === 'any' || key === 'all') {
      const subs = (raw as WrittenMatch[]).map((m, i) => compileMatch(m, `${path}.${key}[${i}]`, problems));
      const subTests = subs.map((s) => s.test);
      tests.push(key === 'any' ? (l) => subTests.some((t) => t(l)) : (l) => subTests.every((t) => t(l)));
      for (const s of subs) fields.push(...s.fields);
      parts.push(`${key}(${subs.map((s) => s.describe).join(key === 'any' ? ' | ' : ' & ')})`);
      continue;
    }
    if (key === 'not') {
      const sub = compileMatch(raw as WrittenMatch, `${path}.not`, problems);
      tests.push((l) => !sub.test(l));
      fields.push(...sub.fields);
      parts.push(`not(${sub.describe})`);
      continue;
    }
    const patterns = (Array.isArray(raw) ? raw : [raw]) as (string | number)[];
    const alternatives: LineTest[] = [];
    patterns.forEach((p, i) => {
      try {
        alternatives.push(fieldTest(key, p));
      } catch (e) {
        if (e instanceof MatcherError) problems.push({ path: Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`, message: e.message });
        else throw e;
      }
    });
    tests.push(alternatives.length === 1 ? alternatives[0]! : (l) => alternatives.some((t) => t(l)));
    fields.push(key);
    parts.push(`${key} ${patterns.map((p) => JSON.stringify(p)).join(' or ')}`);
  }
  const describe = parts.join(' & ') || 'everything';
  const test: LineTest = tests.length === 1 ? tests[0]! : (l) => tests.every((t) => t(l));
  const keys = Object.keys(written).filter((k) => written[k] !== undefined);
  const result: CompiledMatch = { test, fields: [...new Set(fields)], describe };
  if (keys.length === 1 && keys[0] === 'vendor') {
    const raw = written.vendor;
    const list = (Array.isArray(raw) ? raw : [raw]).map(String);
    if (list.every((p) => !p.includes('*') && !isRegexLiteral(p))) result.exactVendors = list.map((p) => p.trim().toLowerCase());
  }
  return result;
}
