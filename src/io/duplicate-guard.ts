/**
 * The overlap guard: the same line (date, vendor, description, account, currency, amount) seen in
 * two different files. It remembers a 64-bit fingerprint per distinct line with the file and line
 * that first had it, in typed arrays (16 bytes a line, not a string key and an object), and it is
 * only needed when there are several files.
 */
import type { SourceRef } from '../ingest/line.js';

const EMPTY = 0;

/** Two independent 32-bit hashes of a string (FNV-1a and a multiplicative one). */
export function fingerprint(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b ^ (b >>> 13)) >>> 0];
}

export class DuplicateGuard {
  private capacity = 1 << 12;
  private count = 0;
  private h1 = new Uint32Array(this.capacity);
  private h2 = new Uint32Array(this.capacity);
  private lines = new Uint32Array(this.capacity);
  /** file number + 1 (0: empty slot) */
  private files = new Uint32Array(this.capacity);
  private readonly sources: string[] = [];
  private readonly fileOf = new Map<string, number>();

  /**
   * Record a line; if the same line was first seen in another file, return where.
   * A repeat within one file is not an overlap (two identical charges may be real).
   */
  check(key: string, source: string, line: number): SourceRef | undefined {
    const [a, b] = fingerprint(key);
    return this.checkFingerprint(a, b, source, line);
  }

  /** `check` with the key's fingerprint computed elsewhere (a worker thread's file). */
  checkFingerprint(a: number, b: number, source: string, line: number): SourceRef | undefined {
    let file = this.fileOf.get(source);
    if (file === undefined) {
      file = this.sources.length + 1;
      this.sources.push(source);
      this.fileOf.set(source, file);
    }
    const mask = this.capacity - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const f = this.files[i]!;
      if (f === EMPTY) break;
      if (this.h1[i] === a && this.h2[i] === b) return f === file ? undefined : { source: this.sources[f - 1]!, line: this.lines[i]! };
      i = (i + 1) & mask;
    }
    this.h1[i] = a;
    this.h2[i] = b;
    this.lines[i] = line;
    this.files[i] = file;
    if (++this.count * 2 > this.capacity) this.grow();
    return undefined;
  }

  private grow(): void {
    const { h1, h2, lines, files } = this;
    this.capacity *= 2;
    this.h1 = new Uint32Array(this.capacity);
    this.h2 = new Uint32Array(this.capacity);
    this.lines = new Uint32Array(this.capacity);
    this.files = new Uint32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let k = 0; k < files.length; k++) {
      if (files[k] === EMPTY) continue;
      const a = h1[k]!;
      const b = h2[k]!;
      let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
      while (this.files[i] !== EMPTY) i = (i + 1) & mask;
      this.h1[i] = a;
      this.h2[i] = b;
      this.lines[i] = lines[k]!;
      this.files[i] = files[k]!;
    }
  }
}
