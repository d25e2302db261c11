/**
 * Where a CSV file can be cut into parts that parse on their own: after a line break that is
 * not inside a quoted field. The scan mirrors csv-parse's quoting (a quote opens a field only
 * at its start; `""` inside a quoted field is a quote) and jumps from quote to quote with
 * indexOf, so it costs little more than reading the bytes. Each part knows the physical line
 * it starts on, so line numbers stay those of the whole file.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface FilePart {
  /** byte range [start, end) */
  start: number;
  end: number;
  /** physical line (1-based) of the part's first byte */
  firstLine: number;
}

const BLOCK = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Cut [from, size) into about `parts` pieces at record boundaries. `fromLine` is the line at
 * `from`. Returns undefined when no cut can be proven safe (an unbalanced quote, say).
 */
export function splitAtRecords(path: string, size: number, from: number, fromLine: number, parts: number, delimiter: number): FilePart[] | undefined {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(from + Math.floor(((size - from) * k) / parts));
  const cuts: { at: number; line: number }[] = [];
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(BLOCK);
    let pos = from;
    let line = fromLine;
    let inQuote = false;
    let quoteAtEnd = false; // inside quotes, the previous block ended on a quote
    let prev = LF; // the byte before `pos` (a record start counts as after a line break)
    let t = 0;
    let seekingBreak = false;
    while (pos < size && t < targets.length) {
      const n = readSync(fd, buf, 0, Math.min(BLOCK, size - pos), pos);
      if (n <= 0) break;
      let i = 0;
      if (quoteAtEnd) {
        quoteAtEnd = false;
        if (buf[0] === QUOTE) i = 1; // "" across the blocks: still quoted
        else inQuote = false;
      }
      while (i < n) {
        if (seekingBreak && !inQuote) {
          // the first line break after the target, outside quotes, ends a record
          const q = buf.indexOf(QUOTE, i);
          const b = buf.indexOf(LF, i);
          if (b !== -1 && b < n && (q === -1 || q >= n || b < q)) {
            line += countLf(buf, i, b + 1);
            cuts.push({ at: pos + b + 1, line });
            i = b + 1;
            prev = LF;
            seekingBreak = false;
            t++;
            if (t >= targets.length) break;
            continue;
          }
        }
        const target = t < targets.length ? targets[t]! - pos : n;
        const q = buf.indexOf(QUOTE, i);
        const stop = q === -1 || q >= n ? n : q;
        if (!inQuote && !seekingBreak && target < stop) {
          line += countLf(buf, i, Math.max(i, target));
          prev = target > 0 ? buf[target - 1]! : prev;
          i = Math.max(i, target);
          seekingBreak = true;
          continue;
        }
        if (stop === n) {
          line += countLf(buf, i, n);
          prev = n > 0 ? buf[n - 1]! : prev;
          i = n;
          break;
        }
        line += countLf(buf, i, q);
        const before = q > 0 ? buf[q - 1]! : prev;
        if (!inQuote) {
          // a quote opens a field only at its start; elsewhere it is text (relax_quotes)
          if (before === delimiter || before === LF || before === CR) inQuote = true;
          i = q + 1;
        } else if (q + 1 < n) {
          if (buf[q + 1] === QUOTE) i = q + 2;
          else {
            inQuote = false;
            i = q + 1;
          }
        } else {
          quoteAtEnd = true;
          i = q + 1;
        }
        prev = QUOTE;
      }
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  if (cuts.length !== targets.length) return undefined;
  const result: FilePart[] = [];
  let start = from;
  let startLine = fromLine;
  for (const c of cuts) {
    if (c.at <= start || c.at >= size) return undefined;
    result.push({ start, end: c.at, firstLine: startLine });
    start = c.at;
    startLine = c.line;
  }
  result.push({ start, end: size, firstLine: startLine });
  return result;
}

function countLf(buf: Buffer, from: number, to: number): number {
  let c = 0;
  let i = from;
  while ((i = buf.indexOf(LF, i)) !== -1 && i < to) {
    c++;
    i++;
  }
  return c;
}
