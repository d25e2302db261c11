/**
 * Field matchers, compiled once. A string is compared with the trimmed field,
 * case-insensitively, as a whole value with `*` wildcards; `/re/flags` searches; on `amount`
 * and `date` a string may be a comparison (`>= 1000`, `100..500`, `>= 2026-01-01`).
 */
import { type Decimal, compare, parseDecimal } from '../money/decimal.js';

export type StringTest = (value: string) => boolean;

const REGEX_LITERAL = /^\/(.*)\/([a-z]*)$/s;

export class MatcherError extends Error {}

export function isRegexLiteral(text: string): boolean {
  return REGEX_LITERAL.test(text);
}

export function compileRegex(text: string): RegExp {
  const m = REGEX_LITERAL.exec(text);
  if (m === null) throw new MatcherError(`not a /regex/: ${text}`);
  // g and y make .test stateful; a search needs neither
  const flags = (m[2] ?? '').replace(/[gy]/g, '');
  try {
    return new RegExp(m[1] ?? '', flags);
  } catch (e) {
    throw new MatcherError(`invalid regular expression ${text}: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-value, case-insensitive, `*` wildcard (or /regex/ search) test of a string field. */
export function compileStringTest(pattern: string): StringTest {
  if (isRegexLiteral(pattern)) {
    const re = compileRegex(pattern);
    return (v) => re.test(v);
  }
  const p = pattern.trim().toLowerCase();
  if (!p.includes('*')) return (v) => v.trim().toLowerCase() === p;
  const parts = p.split('*');
  if (parts.length === 2 && parts[1] === '') {
    const prefix = parts[0]!;
    return (v) => v.trim().toLowerCase().startsWith(prefix);
  }
  if (parts.length === 2 && parts[0] === '') {
    const suffix = parts[1]!;
    return (v) => v.trim().toLowerCase().endsWith(suffix);
  }
  if (parts.length === 3 && parts[0] === '' && parts[2] === '') {
    const inner = parts[1]!;
    return (v) => v.toLowerCase().includes(inner);
  }
  const re = new RegExp('^' + parts.map(escapeRegex).join('.*') + '$', 's');
  return (v) => re.test(v.trim().toLowerCase());
}

type Op = '>' | '>=' | '<' | '<=' | '=' | '!=';

interface Comparison<T> {
  kind: 'cmp';
  op: Op;
  value: T;
}
interface Range<T> {
  kind: 'range';
  low: T;
  high: T;
}

function parseComparison<T>(text: string, read: (s: string) => T | undefined): Comparison<T> | Range<T> | undefined {
  const t = text.trim();
  const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(t);
  if (range) {
    const low = read(range[1]!.trim());
    const high = read(range[2]!.trim());
    return low !== undefined && high !== undefined ? { kind: 'range', low, high } : undefined;
  }
  const m = /^(>=|<=|!=|>|<|=)?\s*(.+)$/.exec(t);
  if (!m) return undefined;
  const value = read(m[2]!.trim());
  return value === undefined ? undefined : { kind: 'cmp', op: (m[1] ?? '=') as Op, value };
}

function test<T>(c: Comparison<T> | Range<T>, x: T, cmp: (a: T, b: T) => number): boolean {
  if (c.kind === 'range') return cmp(x, c.low) >= 0 && cmp(x, c.high) <= 0;
  const r = cmp(x, c.value);
  switch (c.op) {
    case '>':
      return r > 0;
    case '>=':
      return r >= 0;
    case '<':
      return r < 0;
    case '<=':
      return r <= 0;
    case '=':
      return r === 0;
    case '!=':
      return r !== 0;
  }
}

export function compileAmountTest(pattern: string | number): (amount: Decimal) => boolean {
  const c = parseComparison(String(pattern), (s) => parseDecimal(s.replace(/,/g, '')));
  if (c === undefined) throw new MatcherError(`not an amount comparison: "${pattern}" (write e.g. ">= 1000" or "100..500")`);
  return (a) => test(c, a, compare);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function compileDateTest(pattern: string | number): (date: string) => boolean {
  const c = parseComparison(String(pattern), (s) => (ISO_DATE.test(s) ? s : undefined));
  if (c === undefined) throw new MatcherError(`not a date comparison: "${pattern}" (write e.g. ">= 2026-01-01" or "2026-01-01..2026-03-31")`);
  return (d) => test(c, d, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
