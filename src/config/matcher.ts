/**
 * Field matchers, compiled once. A string is compared with the trimmed field,
 * case-insensitively, as a whole value with `*` wildcards; `/re/flags` searches; on `amount`
 * and `date` a string may be a comparison (`>= 1000`, `100..500`, `>= 2026-01-01`).
 */
import { type Decimal, compare, parseDecimal } from '../money/decimal.js';
import { MAX_LENGTH, regexHazard } from './safe-regex.js';

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
  const source = m[1] ?? '';
  // before compiling: a huge pattern is refused by its length alone
  if (source.length > MAX_LENGTH) throw new MatcherError(`regular expression refused: ${regexHazard(source, flags)!}`);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw new MatcherError(`invalid regular expression ${text}: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  const hazard = regexHazard(source, flags);
  if (hazard !== undefined) throw new MatcherError(`regular expression ${text} refused: ${hazard}; write it without repeating a repeated part (/a.*b/, not /(a.*)+b/)`);
  return re;
}

/**
 * A string pattern in structured form, so that the indexed engine and the SQL export read the
 * same thing the line test runs. Literal texts are trimmed and lower-cased.
 */
export type StringPattern =
  | { kind: 'exact'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'contains'; text: string }
  /** `a*b*c`: the pieces between the stars, matched in order against the whole value */
  | { kind: 'glob'; parts: string[] }
  | { kind: 'regex'; source: string; flags: string };

export function stringPatternOf(pattern: string): StringPattern {
  if (isRegexLiteral(pattern)) {
    const re = compileRegex(pattern);
    return { kind: 'regex', source: re.source, flags: re.flags };
  }
  const p = pattern.trim().toLowerCase();
  if (!p.includes('*')) return { kind: 'exact', text: p };
  const parts = p.split('*');
  if (parts.length === 2 && parts[1] === '') return { kind: 'prefix', text: parts[0]! };
  if (parts.length === 2 && parts[0] === '') return { kind: 'suffix', text: parts[1]! };
  if (parts.length === 3 && parts[0] === '' && parts[2] === '') return { kind: 'contains', text: parts[1]! };
  return { kind: 'glob', parts };
}

export function testOfPattern(pattern: StringPattern): StringTest {
  switch (pattern.kind) {
    case 'regex': {
      const re = new RegExp(pattern.source, pattern.flags);
      return (v) => re.test(v);
    }
    case 'exact': {
      const p = pattern.text;
      return (v) => v.trim().toLowerCase() === p;
    }
    case 'prefix': {
      const prefix = pattern.text;
      return (v) => v.trim().toLowerCase().startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.text;
      return (v) => v.trim().toLowerCase().endsWith(suffix);
    }
    case 'contains': {
      // the untrimmed value: a contained text never depends on the ends
      const inner = pattern.text;
      return (v) => v.toLowerCase().includes(inner);
    }
    case 'glob': {
      const parts = pattern.parts;
      return (v) => matchGlobParts(parts, v.trim().toLowerCase());
    }
  }
}

/**
 * Does `value` match the glob whose pieces between the `*`s are `parts` (`a*b*c` → a, b, c), as
 * a whole value? In linear time, whatever the data: the first piece must start the value, the
 * last end it, and each piece between is taken at its leftmost place after the one before —
 * greedy leftmost is never wrong for `*`-only globs, since a later place leaves less room and
 * no piece depends on more than its order. A backtracking regex (`^a.*b.*c$`) took 12 s for
 * `*a*a*a*a*b` on a 100-character vendor, and more than a minute on a 55 KB description.
 */
export function matchGlobParts(parts: readonly string[], value: string): boolean {
  const n = parts.length;
  if (n === 1) return value === parts[0];
  const first = parts[0]!;
  const last = parts[n - 1]!;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < n - 1; i++) {
    const piece = parts[i]!;
    if (piece === '') continue;
    const found = value.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** Whole-value, case-insensitive, `*` wildcard (or /regex/ search) test of a string field. */
export function compileStringTest(pattern: string): StringTest {
  return testOfPattern(stringPatternOf(pattern));
}

export type Op = '>' | '>=' | '<' | '<=' | '=' | '!=';

export interface Comparison<T> {
  kind: 'cmp';
  op: Op;
  value: T;
}
export interface Range<T> {
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

export type AmountComparison = Comparison<Decimal> | Range<Decimal>;
export type DateComparison = Comparison<string> | Range<string>;

export function amountComparisonOf(pattern: string | number): AmountComparison {
  const c = parseComparison(String(pattern), (s) => parseDecimal(s.replace(/,/g, '')));
  if (c === undefined) throw new MatcherError(`not an amount comparison: "${pattern}" (write e.g. ">= 1000" or "100..500")`);
  return c;
}

export function compileAmountTest(pattern: string | number | AmountComparison): (amount: Decimal) => boolean {
  const c = typeof pattern === 'object' ? pattern : amountComparisonOf(pattern);
  return (a) => test(c, a, compare);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateComparisonOf(pattern: string | number): DateComparison {
  const c = parseComparison(String(pattern), (s) => (ISO_DATE.test(s) ? s : undefined));
  if (c === undefined) throw new MatcherError(`not a date comparison: "${pattern}" (write e.g. ">= 2026-01-01" or "2026-01-01..2026-03-31")`);
  return c;
}

export function compileDateTest(pattern: string | number | DateComparison): (date: string) => boolean {
  const c = typeof pattern === 'object' ? pattern : dateComparisonOf(pattern);
  return (d) => test(c, d, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
