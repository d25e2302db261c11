/**
 * Per-field rule indexes for the engine. A rule is filed under one anchor: text tests on one
 * field, at least one of which must pass for the rule to match. For a field value the index
 * answers, in rule order, which rules' anchors pass: exact patterns from a Map, wildcard and
 * contains patterns from one keyword pass, regexes behind their literals or one combined screen.
 * Answers are memoized per distinct value (bounded, keys copied out of the parser's chunk).
 */
import type { Condition } from './condition.js';
import { KeywordAutomaton, necessaryLiterals } from './literal-screen.js';
import type { StringPattern, StringTest } from './matcher.js';

/** Line fields an anchor may sit on (plain strings on every ExpenseLine). */
export type AnchorField = 'vendor' | 'description' | 'account' | 'department' | 'costCenter' | 'currency' | 'source';
const ANCHOR_FIELDS: ReadonlySet<string> = new Set<AnchorField>(['vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'source']);

export interface AnchorTest {
  pattern: StringPattern;
  test: StringTest;
}

export interface Anchor {
  field: AnchorField;
  alternatives: AnchorTest[];
  /** the anchor is the whole rule: passing it is matching */
  whole: boolean;
}

const COST: Record<StringPattern['kind'], number> = { exact: 0, prefix: 1, suffix: 1, contains: 1, glob: 1, regex: 2 };

function cost(a: Anchor): number {
  let c = 0;
  for (const alt of a.alternatives) c = Math.max(c, COST[alt.pattern.kind]);
  return c * 1000 + a.alternatives.length;
}

/** The cheapest anchor a condition cannot pass without, if any. */
export function anchorOf(c: Condition): Anchor | undefined {
  if (c.kind === 'text') return ANCHOR_FIELDS.has(c.field) ? { field: c.field as AnchorField, alternatives: [c], whole: true } : undefined;
  if (c.kind === 'any') {
    const first = c.of[0];
    if (first === undefined || first.kind !== 'text' || !ANCHOR_FIELDS.has(first.field)) return undefined;
    const alternatives: AnchorTest[] = [];
    for (const o of c.of) {
      if (o.kind !== 'text' || o.field !== first.field) return undefined;
      alternatives.push(o);
    }
    return { field: first.field as AnchorField, alternatives, whole: true };
  }
  if (c.kind === 'all') {
    let best: Anchor | undefined;
    for (const o of c.of) {
      const a = anchorOf(o);
      if (a !== undefined && (best === undefined || cost(a) < cost(best))) best = a;
    }
    if (best === undefined) return undefined;
    return { ...best, whole: best.whole && c.of.length === 1 };
  }
  return undefined;
}

const MEMO_LIMIT = 1 << 14;
const NONE: readonly number[] = Object.freeze([]);

/** Copy a string out of the buffer it may be a slice of, so a memo key does not pin that buffer. */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

interface Entry {
  position: number;
  test: StringTest;
}

export class FieldIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly keywords = new KeywordAutomaton<Entry>();
  /** patterns every value is a candidate for (`*`, regexes without a screen) */
  private readonly always: Entry[] = [];
  private readonly regexGroups = new Map<string, { sources: string[]; entries: Entry[] }>();
  private readonly screens: { screen: RegExp; entries: Entry[] }[] = [];
  private readonly memo = new Map<string, readonly number[]>();
  private memoize = true;
  private hits = 0;

  constructor(readonly field: AnchorField) {}

  add(alt: AnchorTest, position: number): void {
    const p = alt.pattern;
    const entry = { position, test: alt.test };
    switch (p.kind) {
      case 'exact': {
        const list = this.exact.get(p.text);
        if (list === undefined) this.exact.set(p.text, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
        return;
      }
      case 'prefix':
      case 'suffix':
      case 'contains':
        return this.keyword(p.text, entry);
      case 'glob':
        return this.keyword(p.parts.reduce((a, b) => (b.length > a.length ? b : a), ''), entry);
      case 'regex': {
        const literals = necessaryLiterals(p.source, p.flags);
        if (literals !== undefined) {
          for (const l of literals) this.keywords.add(l, entry);
          return;
        }
        // backreferences would be renumbered in a combined regex: test those on their own
        if (/\\[1-9]|\\k</.test(p.source)) {
          this.always.push(entry);
          return;
        }
        let group = this.regexGroups.get(p.flags);
        if (group === undefined) this.regexGroups.set(p.flags, (group = { sources: [], entries: [] }));
        group.sources.push(p.source);
        group.entries.push(entry);
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

  /** Positions (ascending) of the rules whose anchor passes on this value. */
  of(value: string): readonly number[] {
    if (!this.memoize) return this.compute(value);
    const hit = this.memo.get(value);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    const found = this.compute(value);
    if (this.memo.size >= MEMO_LIMIT) {
      // a field whose values rarely repeat (invoice numbers in descriptions) is not worth a memo
      if (this.hits < MEMO_LIMIT / 4) this.memoize = false;
      this.hits = 0;
      this.memo.clear();
      if (!this.memoize) return found;
    }
    this.memo.set(detach(value), found);
    return found;
  }

  // scratch state of one compute() (no closure or Set per call): positions found, each marked
  // with the call's stamp so it is listed once
  private readonly foundList: number[] = [];
  private marks = new Int32Array(64);
  private stamp = 0;
  private value = '';
  /** one frozen answer per single position, shared by every value that has it */
  private readonly singles: (readonly number[])[] = [];
  private readonly visit = (e: Entry): void => {
    const p = e.position;
    if (this.marks[p] === this.stamp) return;
    if (e.test(this.value)) this.mark(p);
  };

  private mark(position: number): void {
    if (position >= this.marks.length) {
      const grown = new Int32Array(Math.max(position + 1, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.marks[position] = this.stamp;
    this.foundList.push(position);
  }

  private compute(value: string): readonly number[] {
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const found = this.foundList;
    found.length = 0;
    if (this.exact.size > 0) {
      const exact = this.exact.get(value.trim().toLowerCase());
      if (exact !== undefined) for (const p of exact) if (p >= this.marks.length || this.marks[p] !== this.stamp) this.mark(p);
    }
    this.value = value;
    if (this.keywords.size > 0) this.keywords.scan(value, this.visit);
    for (const e of this.always) this.visit(e);
    for (const s of this.screens) if (s.screen.test(value)) for (const e of s.entries) this.visit(e);
    this.value = '';
    if (found.length === 0) return NONE;
    if (found.length === 1) {
      const p = found[0]!;
      return (this.singles[p] ??= Object.freeze([p]));
    }
    return Object.freeze(found.slice().sort((a, b) => a - b));
  }
}

/** Rules of the form `of(line[field]) === equals` (the built-in catalog): one call per distinct value. */
export class LookupIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly memo = new Map<string, readonly number[]>();

  constructor(
    readonly field: AnchorField,
    private readonly lookup: (value: string) => string | undefined,
  ) {}

  add(key: string, position: number): void {
    const list = this.byKey.get(key);
    if (list === undefined) this.byKey.set(key, [position]);
    else list.push(position);
  }

  of(value: string): readonly number[] {
    let hit = this.memo.get(value);
    if (hit === undefined) {
      const key = this.lookup(value);
      hit = (key === undefined ? undefined : this.byKey.get(key)) ?? NONE;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(detach(value), hit);
    }
    return hit;
  }
}
