/**
 * Screens that say cheaply which patterns might match a value, so that only those are tested:
 * one Aho-Corasick pass finds every keyword a lower-cased value contains, and `necessaryLiterals`
 * finds, for a regex, texts one of which must appear (lower-cased) wherever the regex matches.
 * A screen may let through a pattern that does not match (it is then tested); it never stops
 * one that does.
 */

/** Every keyword contained in a text, in one pass over it. */
export class KeywordAutomaton<T> {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** payloads ending at each node, including those reached by failure links */
  private readonly out: T[][] = [[]];
  private built = false;

  add(keyword: string, payload: T): void {
    if (this.built) throw new Error('KeywordAutomaton: add after build');
    let node = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let n = this.next[node]!.get(c);
      if (n === undefined) {
        n = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[node]!.set(c, n);
      }
      node = n;
    }
    this.out[node]!.push(payload);
  }

  get size(): number {
    return this.next.length - 1;
  }

  /** Breadth-first failure links (classic Aho-Corasick construction). */
  build(): void {
    const queue: number[] = [];
    for (const n of this.next[0]!.values()) queue.push(n);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child]!]!;
        if (inherited.length > 0) this.out[child] = [...this.out[child]!, ...inherited];
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Calls `found` for each payload whose keyword occurs in `text` (possibly more than once). */
  scan(text: string, found: (payload: T) => void): void {
    if (!this.built) this.build();
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n = this.next[node]!.get(c);
      while (n === undefined && node !== 0) {
        node = this.fail[node]!;
        n = this.next[node]!.get(c);
      }
      node = n ?? 0;
      const out = this.out[node]!;
      for (let k = 0; k < out.length; k++) found(out[k]!);
    }
  }
}

const PLAIN = /[A-Za-z0-9 _\-,:;'"&%#@!~=<>]/;
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
