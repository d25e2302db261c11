/**
 * Screens that say cheaply which patterns might match a value, so that only those are tested:
 * one Aho-Corasick pass finds every keyword a lower-cased value contains, and `necessaryLiterals`
 * finds, for a regex, texts one of which must appear (lower-cased) wherever the regex matches.
 * A screen may let through a pattern that does not match (it is then tested); it never stops
 * one that does.
 */

/**
 * Every keyword contained in a lower-cased text, in one pass over it: an Aho-Corasick automaton
 * whose ASCII transitions are a dense table (one array read per character); keywords with other
 * characters, and texts with them, go through the same automaton on the lower-cased string.
 */
export class KeywordAutomaton<T> {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** payloads ending at each node, including those reached by failure links */
  private readonly out: T[][] = [[]];
  /** ASCII transitions with failures folded in: dfa[node * 128 + c] */
  private dfa = new Int32Array(0);
  /** 1 where a node ends a keyword (its payloads are then read) */
  private ends = new Uint8Array(0);
  private built = false;

  add(keyword: string, payload: T): void {
    if (this.built) throw new Error('KeywordAutomaton: add after build');
    let node = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let n = this.children[node]!.get(c);
      if (n === undefined) {
        n = this.children.length;
        this.children.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.children[node]!.set(c, n);
      }
      node = n;
    }
    this.out[node]!.push(payload);
  }

  get size(): number {
    return this.children.length - 1;
  }

  /** Breadth-first failure links (classic Aho-Corasick construction), then the ASCII table. */
  build(): void {
    const order: number[] = [0];
    for (let qi = 0; qi < order.length; qi++) {
      const node = order[qi]!;
      for (const [c, child] of this.children[node]!) {
        let f = node === 0 ? -1 : this.fail[node]!;
        let target: number | undefined;
        while (f >= 0 && (target = this.children[f]!.get(c)) === undefined) f = f === 0 ? -1 : this.fail[f]!;
        this.fail[child] = f >= 0 && target !== undefined ? target : 0;
        const inherited = this.out[this.fail[child]!]!;
        if (inherited.length > 0) this.out[child] = [...this.out[child]!, ...inherited];
        order.push(child);
      }
    }
    // a node's row is its failure node's row (built before it, breadth first) with its own
    // children written over it
    const dfa = new Int32Array(this.children.length * 128);
    for (const node of order) {
      const row = node * 128;
      if (node !== 0) dfa.copyWithin(row, this.fail[node]! * 128, this.fail[node]! * 128 + 128);
      for (const [c, child] of this.children[node]!) if (c < 128) dfa[row + c] = child;
      // keywords are lower-case: an upper-case ASCII letter steps as its lower-case form
      for (let c = 65; c <= 90; c++) dfa[row + c] = dfa[row + c + 32]!;
    }
    this.ends = Uint8Array.from(this.out, (o) => (o.length > 0 ? 1 : 0));
    this.dfa = dfa;
    this.built = true;
  }

  private step(node: number, c: number): number {
    if (c < 128) return this.dfa[node * 128 + c]!;
    let n = this.children[node]!.get(c);
    while (n === undefined && node !== 0) {
      node = this.fail[node]!;
      n = this.children[node]!.get(c);
    }
    return n ?? 0;
  }

  /**
   * Calls `found` for each payload whose keyword occurs in `text` lower-cased (possibly more than
   * once). `lowered` is true when the text had non-ASCII characters and was scanned as
   * `toLowerCase()` made it: a hit then may come from a character that only lower-cases to ASCII.
   */
  scan(text: string, found: (payload: T, lowered: boolean) => void): void {
    if (!this.built) this.build();
    const dfa = this.dfa;
    const ends = this.ends;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return this.scanLowered(text.toLowerCase(), found);
      node = dfa[(node << 7) | c]!;
      if (ends[node] === 1) {
        const o = this.out[node]!;
        for (let k = 0; k < o.length; k++) found(o[k]!, false);
      }
    }
  }

  private scanLowered(text: string, found: (payload: T, lowered: boolean) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      const o = this.out[node]!;
      for (let k = 0; k < o.length; k++) found(o[k]!, true);
    }
  }
}

const PLAIN = /[A-Za-z0-9 _\-,:;'"&%#@!~=<>]/;
const PLAIN_RUN = /^[A-Za-z0-9 _\-,:;'"&%#@!~=<>]+$/;

/**
 * A case-insensitive regex that is one plain text (`/license/i`): on an ASCII value, finding the
 * text lower-cased is the match itself, so the keyword pass proves it and no regex need run.
 */
export function isPlainLiteral(source: string, flags: string): boolean {
  return flags.includes('i') && !flags.includes('u') && !flags.includes('v') && PLAIN_RUN.test(source);
}
const ESCAPED_LITERAL = /[.\-/\\()[\]{}*+?^$|:,'"&%#@!~=<> ]/;

/**
 * For a regex, lower-cased texts at least one of which every match contains, or undefined when
 * none can be proven (then the regex is screened by a combined regex instead). Conservative:
 * it reads only top-level alternatives and plain character runs; groups, classes, escapes other
 * than punctuation, and anything quantified end a run. `u`/`v` regexes are left alone (Unicode
 * case folding differs from toLowerCase).
 */
export function necessaryLiterals(source: string, flags: string, minLength = 2): string[] | undefined {
  if (flags.includes('u') || flags.includes('v')) return undefined;
  const alternatives: string[] = [];
  let best = '';
  let run = '';
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const endAlternative = (): boolean => {
    endRun();
    if (best.length < minLength) return false;
    alternatives.push(best.toLowerCase());
    best = '';
    return true;
  };
  const isQuantifier = (c: string | undefined) => c === '*' || c === '+' || c === '?' || c === '{';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '|') {
      if (!endAlternative()) return undefined;
      i++;
      continue;
    }
    if (c === '(' || c === '[') {
      // skip the group or class as a whole; it proves nothing here
      endRun();
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const d = source[i]!;
        if (d === '\\') {
          i++;
          continue;
        }
        if (inClass) {
          if (d === ']') {
            inClass = false;
            if (depth === 0) break;
          }
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      i++;
      if (isQuantifier(source[i])) return undefined; // an optional group could be the whole match
      continue;
    }
    let literal: string | undefined;
    let width = 1;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return undefined;
      width = 2;
      if (ESCAPED_LITERAL.test(e)) literal = e;
      else if (e === 'b' || e === 'B' || e === 'd' || e === 'D' || e === 'w' || e === 'W' || e === 's' || e === 'S') literal = undefined;
      else return undefined; // \u, \x, \k, \1, \p ...: not worth reading
    } else if (PLAIN.test(c)) literal = c;
    const after = source[i + width];
    if (literal !== undefined && !isQuantifier(after)) run += literal;
    else {
      endRun();
      if (isQuantifier(after)) {
        // skip the quantifier (and a lazy ?)
        i += width;
        if (source[i] === '{') {
          const close = source.indexOf('}', i);
          if (close < 0) return undefined;
          i = close + 1;
        } else i++;
        if (source[i] === '?') i++;
        continue;
      }
    }
    i += width;
  }
  if (!endAlternative()) return undefined;
  return alternatives;
}
