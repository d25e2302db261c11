/**
 * Which `/regex/` rules are refused before they run. JavaScript's regex engine backtracks: a
 * pattern such as `(.*a){20}$` takes exponential time on a line it does not match, and one rule
 * would hang the whole run. There is no linear-time engine in Node without a native module, so
 * the patterns that can backtrack badly are refused when the config is read, with the reason:
 *
 * - a repetition inside a repetition (star height above 1): `(a+)+`, `(.*a){20}`, `(\w+\s?)*`;
 * - alternatives that can start alike under a repetition: `(a|ab)*`, `(.|x)+`;
 * - two adjacent unbounded repetitions of overlapping atoms: `.*.*x`, `\s*\s*$`, `a+a*b`;
 * - huge repetition counts (`a{5000}`) and huge patterns (longer than MAX_LENGTH).
 *
 * A rule on vendors and descriptions never needs these; a literal, a prefix, `(a|b)` or a single
 * `.*` stays allowed. The check reads the pattern's syntax only (the pattern compiled already).
 *
 * What it cannot rule out: an unanchored search is quadratic in the field's length whenever a
 * repetition can run and then fail (`/[a-z]+x$/` on a field of a million letters). That is fast on
 * fields of ordinary size and slow only on fields of megabytes.
 */

export const MAX_LENGTH = 1000;
export const MAX_COUNT = 1000;

/** An atom followed by its quantifier, as far as the check needs them. */
interface Quantified {
  /** what it can start with: the atom's text (`a`, `\s`, `.`, `[a-z]`), or a group's first atoms */
  firsts: string[];
  /** repeats more than once (`*`, `+`, `{2,}`, `{1,3}`) */
  repeats: boolean;
  unbounded: boolean;
}

interface Group {
  /** a repetition somewhere inside */
  repeats: boolean;
  /** first atom of each alternative so far ('' while the alternative is empty) */
  firsts: string[];
  /** the previous element of the current alternative, quantified or not */
  previous: Quantified | undefined;
}

function newGroup(): Group {
  return { repeats: false, firsts: [''], previous: undefined };
}

/** The end of a bracket class starting at `i` (`[`), just after its `]`. */
function classEnd(src: string, i: number): number {
  let j = i + 1;
  if (src[j] === '^') j++;
  if (src[j] === ']') j++;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** A quantifier at `i`: its bounds and its end, or undefined when `src[i]` is not one. */
function quantifierAt(src: string, i: number): { min: number; max: number; end: number } | undefined {
  const c = src[i];
  let q: { min: number; max: number; end: number } | undefined;
  if (c === '*') q = { min: 0, max: Infinity, end: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, end: i + 1 };
  else if (c === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 40));
    // not a quantifier: a literal brace (outside the u flag)
    if (m === null) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    q = { min, max, end: i + m[0].length };
  }
  if (q !== undefined && src[q.end] === '?') q.end++;
  return q;
}

/** Whether two atoms can match the same character (enough to make repetitions of them ambiguous). */
function overlap(a: string, b: string, ignoreCase: boolean): boolean {
  if (a === '.' || b === '.') return true;
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Why the pattern is refused, or undefined when it is safe to run. `source` compiles already. */
export function regexHazard(source: string, flags = ''): string | undefined {
  if (source.length > MAX_LENGTH) return `the pattern is too long (${source.length} characters; at most ${MAX_LENGTH})`;
  const ignoreCase = flags.includes('i');
  const stack: Group[] = [newGroup()];
  let i = 0;
  while (i < source.length) {
    const group = stack[stack.length - 1]!;
    const c = source[i]!;
    if (c === '|') {
      group.firsts.push('');
      group.previous = undefined;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push(newGroup());
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>
      if (source[i + 1] === '?') {
        const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(i, i + 80));
        i += named ? named[0].length : source[i + 2] === '<' ? 4 : 3;
      } else i++;
      continue;
    }
    let atom: string;
    let inner: Group | undefined;
    let end: number;
    if (c === ')') {
      inner = stack.pop();
      if (inner === undefined || stack.length === 0) return undefined; // not reached: the pattern compiled
      atom = '(';
      end = i + 1;
    } else if (c === '[') {
      end = classEnd(source, i);
      atom = source.slice(i, end);
    } else if (c === '\\') {
      end = i + 2;
      atom = source.slice(i, end);
    } else if (c === '^' || c === '$') {
      // anchors are not atoms that repeat
      group.previous = undefined;
      i++;
      continue;
    } else {
      end = i + 1;
      atom = c;
    }
    const outer = stack[stack.length - 1]!;
    const q = quantifierAt(source, end);
    const repeats = q !== undefined && q.max > 1;
    const unbounded = q !== undefined && q.max === Infinity;
    if (q !== undefined && (q.min > MAX_COUNT || (q.max !== Infinity && q.max > MAX_COUNT))) return `a repetition count above ${MAX_COUNT}`;
    if (inner !== undefined && repeats) {
      if (inner.repeats) return 'a repetition inside a repetition (nested quantifiers), which can take exponential time';
      const firsts = inner.firsts;
      for (let a = 0; a < firsts.length; a++) {
        for (let b = a + 1; b < firsts.length; b++) {
          if (firsts[a] !== '' && firsts[b] !== '' && overlap(firsts[a]!, firsts[b]!, ignoreCase)) return 'alternatives that can match alike under a repetition, which can take exponential time';
        }
      }
    }
    const current: Quantified = { firsts: inner !== undefined ? inner.firsts.filter((f) => f !== '') : [atom], repeats, unbounded };
    const previous = outer.previous;
    if (unbounded && previous?.unbounded && previous.firsts.some((a) => current.firsts.some((b) => overlap(a, b, ignoreCase)))) {
      return 'two adjacent repetitions of overlapping characters (nested quantifiers in effect), which can take polynomial time';
    }
    if (repeats || inner?.repeats) outer.repeats = true;
    const alt = outer.firsts.length - 1;
    if (outer.firsts[alt] === '') outer.firsts[alt] = inner !== undefined ? (inner.firsts.length === 1 ? inner.firsts[0]! || '(' : '(') : atom;
    outer.previous = current;
    i = q?.end ?? end;
  }
  return undefined;
}
