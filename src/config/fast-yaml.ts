/**
 * A fast reader for the plain subset of YAML that configs are written in: block mappings and
 * sequences, one-line flow collections of scalars, plain / single-quoted / double-quoted scalars
 * and comments. It returns exactly what `yaml`'s `parseDocument(text).toJS()` returns (YAML 1.2
 * core schema) or `undefined` as soon as it meets anything outside that subset or anything the
 * full parser would report (a duplicate key, a tab, an anchor, a multi-line scalar...): the caller
 * then runs the full parser, which gives the value or the diagnostics. Loading and running the
 * full parser costs about 0.2 s on a 500-rule config; this costs a few milliseconds.
 *
 * Kept for that start-up figure (issue 15, measured on the built CLI, whole process, median of
 * 12 paired runs on a busy 2-core machine): `validate` on a 500-rule config takes 0.28 s of CPU
 * with this reader and 0.58 s with the full parser alone; `validate --demo` 0.68 s and 0.82 s.
 * tests/config/fast-yaml.test.ts holds it to the full parser's result on generated documents.
 */

/** Thrown inside to abandon the fast path; never escapes `fastYaml`. */
const BAIL = Symbol('bail');

interface Line {
  indent: number;
  /** the text after the indentation */
  text: string;
}

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export function fastYaml(source: string): { value: unknown } | undefined {
  if (/[\t\r\u0085\u2028\u2029\ufeff]/.test(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    const text = raw.trimStart();
    if (text === '' || text[0] === '#') continue;
    if (raw.startsWith('---') || raw.startsWith('...') || raw[0] === '%') return undefined;
    lines.push({ indent: raw.length - text.length, text: text.trimEnd() });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.block(0);
    if (reader.pos !== lines.length) return undefined;
    return { value };
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

function bail(): never {
  throw BAIL;
}

const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT_OCT = /^0o[0-7]+$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_INT_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar resolved by the core schema, in the schema's order. */
function resolvePlain(s: string): Value {
  if (CORE_NULL.test(s)) return null;
  if (CORE_BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (CORE_INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (CORE_INT.test(s)) return parseInt(s, 10);
  if (CORE_INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (CORE_FLOAT_NAN.test(s)) bail();
  if (CORE_FLOAT_EXP.test(s) || CORE_FLOAT.test(s)) return parseFloat(s);
  return s;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', '0': '\0', a: '\x07', v: '\v', f: '\f', e: '\x1b' };

/**
 * A scalar or flow collection starting at `s[i]`, in block (`flow` false) or flow context.
 * Returns the value and the index just after it (trailing spaces not skipped).
 */
function scalarAt(s: string, i: number, flow: boolean): [Value, number] {
  const c = s[i];
  if (c === '"') {
    let out = '';
    let j = i + 1;
    for (;;) {
      const k = s.indexOf('"', j);
      const b = s.indexOf('\\', j);
      if (k < 0) bail();
      if (b >= 0 && b < k) {
        out += s.slice(j, b);
        const e = s[b + 1];
        if (e === undefined) bail();
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          j = b + 2;
        } else if (e === 'x' || e === 'u') {
          const n = e === 'x' ? 2 : 4;
          const hex = s.slice(b + 2, b + 2 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) bail();
          const code = parseInt(hex, 16);
          if (code >= 0xd800 && code <= 0xdfff) bail();
          out += String.fromCharCode(code);
          j = b + 2 + n;
        } else bail();
        continue;
      }
      out += s.slice(j, k);
      return [out, k + 1];
    }
  }
  if (c === "'") {
    let out = '';
    let j = i + 1;
    for (;;) {
      const k = s.indexOf("'", j);
      if (k < 0) bail();
      out += s.slice(j, k);
      if (s[k + 1] === "'") {
        out += "'";
        j = k + 2;
        continue;
      }
      return [out, k + 1];
    }
  }
  if (c === '[' || c === '{') return flowCollection(s, i);
  // plain scalar
  if (c === undefined || '#&*!|>%@`,]}?:-'.includes(c)) {
    // "-" and ":" may start a plain scalar when followed by a non-space ("-12.00")
    if (!(c === '-' && s[i + 1] !== undefined && s[i + 1] !== ' ' && !flowStop(s[i + 1]!, flow))) bail();
  }
  let j = i;
  let end = i;
  while (j < s.length) {
    const ch = s[j]!;
    if (ch === ' ') {
      if (s[j + 1] === '#') break;
      j++;
      continue;
    }
    if (ch === ':') {
      const next = s[j + 1];
      if (next === undefined || next === ' ' || flow) break;
    }
    if (flow && flowStop(ch, true)) break;
    j++;
    end = j;
  }
  return [resolvePlain(s.slice(i, end)), end];
}

function flowStop(ch: string, flow: boolean): boolean {
  return flow && (ch === ',' || ch === '[' || ch === ']' || ch === '{' || ch === '}');
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}

/** Flow collections deeper than this go to the full parser (whose limits then apply): the reader recurses per level. */
const MAX_FLOW_DEPTH = 64;
let flowDepth = 0;

/** `[a, "b", 1]` or `{ k: v, k2: [a, b] }`, on one line. */
function flowCollection(s: string, i: number): [Value, number] {
  if (flowDepth >= MAX_FLOW_DEPTH) bail();
  flowDepth++;
  try {
    return flowCollectionAt(s, i);
  } finally {
    flowDepth--;
  }
}

function flowCollectionAt(s: string, i: number): [Value, number] {
  const open = s[i]!;
  const close = open === '[' ? ']' : '}';
  const seq: Value[] = [];
  const map: { [key: string]: Value } = {};
  let j = skipSpaces(s, i + 1);
  if (s[j] === close) return [open === '[' ? seq : map, j + 1];
  for (;;) {
    const [item, after] = scalarAt(s, j, true);
    j = skipSpaces(s, after);
    if (open === '{') {
      if (s[j - 1] === ' ' && s[j] === ':') bail(); // "key :" is valid YAML, but leave it to the full parser
      if (s[j] !== ':' || (s[j + 1] !== ' ' && s[j + 1] !== undefined)) bail();
      const key = keyOf(item);
      if (Object.prototype.hasOwnProperty.call(map, key)) bail();
      j = skipSpaces(s, j + 1);
      if (s[j] === ',' || s[j] === close) bail(); // an empty value: the full parser
      const [value, afterValue] = scalarAt(s, j, true);
      map[key] = value;
      j = skipSpaces(s, afterValue);
    } else {
      if (s[j] === ':') bail(); // a single-pair mapping inside a sequence
      seq.push(item);
    }
    if (s[j] === close) return [open === '[' ? seq : map, j + 1];
    if (s[j] !== ',') bail();
    j = skipSpaces(s, j + 1);
    if (s[j] === close || s[j] === ',') bail(); // trailing or doubled comma
  }
}

/** A mapping key must resolve to a plain string (no null, number, merge or prototype key). */
function keyOf(v: Value): string {
  if (typeof v !== 'string' || v === '<<' || v === '__proto__') bail();
  return v;
}

/** After a value: only a comment may follow. */
function expectEnd(s: string, i: number): void {
  const j = skipSpaces(s, i);
  if (j < s.length && !(s[j] === '#' && j > i)) bail();
}

/** Deeper blocks go to the full parser (and its limits): the reader recurses once per level. */
const MAX_DEPTH = 64;

class Reader {
  pos = 0;
  private depth = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block (mapping or sequence) whose lines start at column `indent`. */
  block(indent: number): Value {
    const line = this.lines[this.pos];
    if (line === undefined || line.indent !== indent) bail();
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (isSeqItem(line.text)) return this.sequence(indent);
      return this.mapping(indent, line.text, 0);
    } finally {
      this.depth--;
    }
  }

  /**
   * A block mapping at column `indent`; its first entry is `first` (the text from column
   * `indent + offset` of the current line: a sequence item's inline mapping starts mid-line).
   */
  mapping(indent: number, first: string, offset: number): Value {
    const map: { [key: string]: Value } = {};
    let text = first;
    for (;;) {
      const [k, after] = scalarAt(text, 0, false);
      if (text[0] !== '"' && text[0] !== "'" && (text[0] === '[' || text[0] === '{')) bail();
      const key = keyOf(k);
      if (text[after] !== ':' || (text[after + 1] !== ' ' && text[after + 1] !== undefined)) bail();
      if (Object.prototype.hasOwnProperty.call(map, key)) bail();
      const rest = skipSpaces(text, after + 1);
      this.pos++;
      if (rest >= text.length || text[rest] === '#') {
        if (rest < text.length && rest === after + 1) bail();
        map[key] = this.nested(indent);
      } else {
        const [value, end] = scalarAt(text, rest, false);
        expectEnd(text, end);
        map[key] = value;
        this.noContinuation(indent);
      }
      const next = this.lines[this.pos];
      if (next === undefined || next.indent < indent) return map;
      if (next.indent > indent || isSeqItem(next.text)) bail();
      text = next.text;
      void offset;
    }
  }

  /** The value of `key:` with nothing after it: a deeper block, a sequence at the same column, or null. */
  nested(indent: number): Value {
    const next = this.lines[this.pos];
    if (next === undefined || next.indent < indent) return null;
    if (next.indent === indent) return isSeqItem(next.text) ? this.sequence(indent) : null;
    return this.block(next.indent);
  }

  /** A scalar value may not continue on deeper lines (a multi-line plain scalar or an error). */
  noContinuation(indent: number): void {
    const next = this.lines[this.pos];
    if (next !== undefined && next.indent > indent) bail();
  }

  sequence(indent: number): Value {
    const seq: Value[] = [];
    for (;;) {
      const line = this.lines[this.pos];
      if (line === undefined || line.indent < indent) return seq;
      if (line.indent > indent || !isSeqItem(line.text)) {
        // a mapping key at the sequence's column ends a sequence that is the value of a key there
        if (line.indent === indent && !isSeqItem(line.text)) return seq;
        bail();
      }
      const t = line.text;
      const start = skipSpaces(t, 1);
      if (start >= t.length || t[start] === '#') {
        if (start < t.length && start === 1) bail();
        this.pos++;
        const next = this.lines[this.pos];
        seq.push(next === undefined || next.indent <= indent ? null : this.block(next.indent));
        continue;
      }
      const rest = t.slice(start);
      const column = indent + start;
      if (isSeqItem(rest)) bail(); // "- - x": the full parser
      if (looksLikeKey(rest)) {
        seq.push(this.mapping(column, rest, start));
        continue;
      }
      const [value, end] = scalarAt(rest, 0, false);
      expectEnd(rest, end);
      seq.push(value);
      this.pos++;
      this.noContinuation(indent);
    }
  }
}

function isSeqItem(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** Whether a sequence item's text is an inline mapping entry (`key: value` or `key:`). */
function looksLikeKey(text: string): boolean {
  const c = text[0];
  if (c === '[' || c === '{') return false;
  if (c === '"' || c === "'") {
    try {
      const [, after] = scalarAt(text, 0, false);
      return text[after] === ':' && (text[after + 1] === ' ' || text[after + 1] === undefined);
    } catch (e) {
      if (e === BAIL) return false;
      throw e;
    }
  }
  for (let j = 0; j < text.length; j++) {
    if (text[j] === ' ' && text[j + 1] === '#') return false;
    if (text[j] === ':' && (text[j + 1] === ' ' || text[j + 1] === undefined)) return true;
  }
  return false;
}
