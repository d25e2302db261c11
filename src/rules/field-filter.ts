/**
 * Per-field rule filters for the engine. A rule's match is read as a conjunction: text tests on
 * line fields (vendor, description, account, …), at most one per field, and the rest (amounts,
 * dates, `not`, tests across fields: the residual). For a field's value a filter answers, as a
 * bitset over rule positions, which rules that field does not rule out: the rules with no test
 * on it, and those whose test passes. ANDing the answers for a line's fields leaves its
 * candidates; the engine takes the first candidate with no residual, or whose full test passes.
 *
 * Inside a filter: exact patterns from a Map, wildcard and contains patterns and regex literals
 * from one keyword pass, other regexes behind one combined screen per flag set. Answers are
 * memoized per distinct value while values repeat (keys copied out of the parser's chunk); a
 * field whose values rarely repeat (descriptions with invoice numbers) is computed per line,
 * testing only the rules the other fields left in.
 */
import type { Condition } from '../config/condition.js';
import { detach } from '../ingest/detach.js';
import { isPlainLiteral, KeywordAutomaton, necessaryLiterals } from './literal-screen.js';
import type { StringPattern, StringTest } from '../config/matcher.js';

/** Line fields a filter may sit on (plain strings on every ExpenseLine). */
export type FilterField = 'vendor' | 'description' | 'account' | 'department' | 'costCenter' | 'currency' | 'source';
const FILTER_FIELDS: ReadonlySet<string> = new Set<FilterField>(['vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'source']);

/** Rule positions as bits: bit p of word p >>> 5. */
export type Bits = Uint32Array;

export function wordsFor(rules: number): number {
  return (rules + 31) >>> 5;
}

/** Bits 0 … count-1 set. */
export function allBits(count: number): Bits {
  const bits = new Uint32Array(wordsFor(count)).fill(0xffffffff);
  if (count % 32 !== 0) bits[bits.length - 1] = (1 << count % 32) - 1;
  return bits;
}

export function hasBit(bits: Bits, p: number): boolean {
  return (bits[p >>> 5]! & (1 << (p & 31))) !== 0;
}

export interface FieldTest {
  pattern: StringPattern;
  test: StringTest;
}

/** One conjunct of a rule on one field: any of the tests passes. */
export interface FieldConjunct {
  field: FilterField;
  alternatives: FieldTest[];
}

export interface RulePlan {
  conjuncts: FieldConjunct[];
  /** something the filters do not decide: the rule's full test must pass too */
  residual: boolean;
  /** what the conjuncts leave undecided (ANDed with them, the rule's match) */
  rest: Condition[];
}

function conjunctOf(c: Condition): FieldConjunct | undefined {
  if (c.kind === 'text') return FILTER_FIELDS.has(c.field) ? { field: c.field as FilterField, alternatives: [c] } : undefined;
  if (c.kind === 'any') {
    const first = c.of[0];
    if (first === undefined || first.kind !== 'text' || !FILTER_FIELDS.has(first.field)) return undefined;
    const alternatives: FieldTest[] = [];
    for (const o of c.of) {
      if (o.kind !== 'text' || o.field !== first.field) return undefined;
      alternatives.push(o);
    }
    return { field: first.field as FilterField, alternatives };
  }
  return undefined;
}

function flattenAll(c: Condition, into: Condition[]): void {
  if (c.kind === 'all') for (const o of c.of) flattenAll(o, into);
  else into.push(c);
}

/** How the filters see a rule: one conjunct per field where it has one, the rest residual. */
export function planOf(c: Condition | undefined): RulePlan {
  if (c === undefined) return { conjuncts: [], residual: true, rest: [] };
  const parts: Condition[] = [];
  flattenAll(c, parts);
  const conjuncts: FieldConjunct[] = [];
  const rest: Condition[] = [];
  for (const part of parts) {
    const conjunct = conjunctOf(part);
    // a second test on the same field stays with the full test
    if (conjunct === undefined || conjuncts.some((k) => k.field === conjunct.field)) rest.push(part);
    else conjuncts.push(conjunct);
  }
  return { conjuncts, residual: rest.length > 0, rest };
}

const MEMO_LIMIT = 1 << 14;
/**
 * Memo size at which a field whose values hardly repeat (invoice numbers in descriptions: about
 * 1 % repeats there, where vendors repeat half the time) is found out early: each memoized
 * answer is a whole answer, dearer than a narrowed one.
 */
const MEMO_PROBE = 1 << 10;


/** How far the keyword pass proves a pattern: never (test it), always, or on an ASCII value. */
const TEST = 0;
const PROVEN = 1;
const PROVEN_IF_ASCII = 2;

interface Entry {
  position: number;
  test: StringTest;
  proof: number;
}

/** A filter: the answer for a value, and whether answers are worth keeping per value. */
export interface Filter {
  readonly field: FilterField;
  /** rules the filter constrains (bits set) */
  readonly constrained: Bits;
  /** answers are memoized (computed whole, whatever the candidates) */
  readonly memoizing: boolean;
  /** The whole answer for `value` (memoized), or undefined once the filter no longer memoizes. */
  answer(value: string): Bits | undefined;
  /**
   * AND this field's answer for `value` into the first `limit` words of `candidates`, testing
   * only the candidates before `bound` (bits of rules this filter constrains at or after `bound`
   * are cleared).
   */
  narrow(value: string, candidates: Bits, bound: number, limit: number): void;
}

abstract class MemoFilter implements Filter {
  readonly constrained: Bits;
  protected readonly base: Bits;
  private readonly memo = new Map<string, Bits>();
  private readonly memoLimit: number;
  private memoize = true;
  private hits = 0;
  private probed = false;
  /** the candidates before `narrow` cleared this filter's bits: which rules to test */
  private readonly testMask: Bits;

  get memoizing(): boolean {
    return this.memoize;
  }

  constructor(
    readonly field: FilterField,
    protected readonly ruleCount: number,
    memo = true,
  ) {
    this.memoize = memo;
    this.base = allBits(ruleCount);
    this.constrained = new Uint32Array(this.base.length);
    this.testMask = new Uint32Array(this.base.length);
    // bounded in bytes as well as entries: a large rule set has large answers
    this.memoLimit = Math.max(256, Math.min(MEMO_LIMIT, (8 << 20) / (this.base.length * 4 + 96)));
  }

  protected constrain(position: number): void {
    this.base[position >>> 5]! &= ~(1 << (position & 31));
    this.constrained[position >>> 5]! |= 1 << (position & 31);
  }

  /**
   * Set in `out` the bits of the constrained rules whose test passes on `value`; with `mask`,
   * only rules in it and before `bound` need be tested.
   */
  protected abstract compute(value: string, out: Bits, mask: Bits | undefined, bound: number): void;

  answer(value: string): Bits | undefined {
    if (!this.memoize) return undefined;
    const hit = this.memo.get(value);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    const answer = this.base.slice();
    this.compute(value, answer, undefined, this.ruleCount);
    if (!this.probed && this.memo.size >= MEMO_PROBE) {
      this.probed = true;
      if (this.hits * 4 < this.memo.size) {
        this.memoize = false;
        this.memo.clear();
      }
    } else if (this.memo.size >= this.memoLimit) {
      // values that rarely repeat (invoice numbers in descriptions) are cheaper computed per
      // line, where only the rules other fields left in are tested
      if (this.hits < this.memo.size) this.memoize = false;
      this.hits = 0;
      this.memo.clear();
    }
    if (this.memoize) this.memo.set(detach(value), answer);
    return answer;
  }

  narrow(value: string, candidates: Bits, bound: number, limit: number): void {
    const base = this.base;
    const constrained = this.constrained;
    const mask = this.testMask;
    // one pass: keep the candidates as the mask of what to test, clear the bits this filter
    // decides, and see whether any of them comes before the bound
    let before = false;
    const last = bound >>> 5;
    for (let w = 0; w < limit; w++) {
      const c = candidates[w]!;
      mask[w] = c;
      if (!before && w <= last) {
        const mine = c & constrained[w]!;
        before = mine !== 0 && (w < last || (mine & ((1 << (bound & 31)) - 1)) !== 0);
      }
      candidates[w] = c & base[w]!;
    }
    // no rule this field could rule in comes before the bound: nothing to test
    if (before) this.compute(value, candidates, mask, bound);
  }
}

/** Text tests on one field: exact Map, keyword pass, regex screens. */
export class FieldFilter extends MemoFilter {
  private readonly exact = new Map<string, number[]>();
  private readonly keywords = new KeywordAutomaton<Entry>();
  /** patterns every value is a candidate for (`*`, regexes without a screen) */
  private readonly always: Entry[] = [];
  private readonly regexGroups = new Map<string, { sources: string[]; entries: Entry[] }>();
  private readonly screens: { screen: RegExp; entries: Entry[] }[] = [];

  add(conjunct: FieldConjunct, position: number): void {
    this.constrain(position);
    for (const alt of conjunct.alternatives) this.addTest(alt, position);
  }

  private addTest(alt: FieldTest, position: number): void {
    const p = alt.pattern;
    const entry = (proof: number): Entry => ({ position, test: alt.test, proof });
    switch (p.kind) {
      case 'exact': {
        const list = this.exact.get(p.text);
        if (list === undefined) this.exact.set(p.text, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
        return;
      }
      case 'contains':
        // the contains test lower-cases the value as the keyword pass does: a hit is a match
        return this.keyword(p.text, entry(PROVEN));
      case 'prefix':
      case 'suffix':
        return this.keyword(p.text, entry(TEST));
      case 'glob':
        return this.keyword(
          p.parts.reduce((a, b) => (b.length > a.length ? b : a), ''),
          entry(TEST),
        );
      case 'regex': {
        const literals = necessaryLiterals(p.source, p.flags);
        if (literals !== undefined) {
          const plain = literals.length === 1 && literals[0] === p.source.toLowerCase() && isPlainLiteral(p.source, p.flags);
          const e = entry(plain ? PROVEN_IF_ASCII : TEST);
          for (const l of literals) this.keywords.add(l, e);
          return;
        }
        // backreferences would be renumbered in a combined regex: test those on their own
        if (/\\[1-9]|\\k</.test(p.source)) {
          this.always.push(entry(TEST));
          return;
        }
        let group = this.regexGroups.get(p.flags);
        if (group === undefined) this.regexGroups.set(p.flags, (group = { sources: [], entries: [] }));
        group.sources.push(p.source);
        group.entries.push(entry(TEST));
        return;
      }
    }
  }

  private keyword(text: string, entry: Entry): void {
    if (text === '') this.always.push(entry);
    else this.keywords.add(text, entry);
  }

  build(): void {
    this.keywords.build();
    for (const [flags, g] of this.regexGroups) {
      this.screens.push({ screen: new RegExp(g.sources.map((s) => `(?:${s})`).join('|'), flags), entries: g.entries });
    }
  }

  // state of one compute() for the keyword visitor (no closure per call)
  private out: Bits = new Uint32Array(0);
  private mask: Bits | undefined;
  private bound = 0;
  private value = '';
  private readonly visit = (e: Entry, lowered: boolean): void => {
    const p = e.position;
    const w = p >>> 5;
    const bit = 1 << (p & 31);
    const out = this.out;
    if ((out[w]! & bit) !== 0 || p >= this.bound) return;
    if (this.mask !== undefined && (this.mask[w]! & bit) === 0) return;
    if (e.proof === PROVEN || (e.proof === PROVEN_IF_ASCII && !lowered) || e.test(this.value)) out[w] = out[w]! | bit;
  };

  protected compute(value: string, out: Bits, mask: Bits | undefined, bound: number): void {
    if (this.exact.size > 0) {
      const exact = this.exact.get(value.trim().toLowerCase());
      if (exact !== undefined) for (const p of exact) if (mask === undefined || hasBit(mask, p)) out[p >>> 5]! |= 1 << (p & 31);
    }
    this.out = out;
    this.mask = mask;
    this.bound = bound;
    this.value = value;
    if (this.keywords.size > 0) this.keywords.scan(value, this.visit);
    for (const e of this.always) this.visit(e, true);
    for (const s of this.screens) {
      if (mask !== undefined && !s.entries.some((e) => e.position < bound && hasBit(mask, e.position))) continue;
      if (s.screen.test(value)) for (const e of s.entries) this.visit(e, true);
    }
    this.value = '';
    this.mask = undefined;
  }
}

/** Rules of the form `of(line[field]) === equals` (the built-in catalog): one call per distinct value. */
export class LookupFilter extends MemoFilter {
  private readonly byKey = new Map<string, number[]>();

  constructor(
    field: FilterField,
    ruleCount: number,
    private readonly lookup: (value: string) => string | undefined,
    memo = true,
  ) {
    super(field, ruleCount, memo);
  }

  add(key: string, position: number): void {
    this.constrain(position);
    const list = this.byKey.get(key);
    if (list === undefined) this.byKey.set(key, [position]);
    else list.push(position);
  }

  protected compute(value: string, out: Bits): void {
    const key = this.lookup(value);
    const list = key === undefined ? undefined : this.byKey.get(key);
    if (list !== undefined) for (const p of list) out[p >>> 5]! |= 1 << (p & 31);
  }
}
