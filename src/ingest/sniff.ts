import { TextDecoder } from 'node:util';
/**
 * Look at the head of a file and decide how to read it: encoding, delimiter, line breaks and
 * where the header is (preamble lines before it are skipped).
 */
export type Encoding = 'utf-8' | 'windows-1252' | 'latin1' | 'utf-16le' | 'utf-16be';

export interface Sniffed {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
  /** physical lines before the header */
  skipRows: number;
  /** the character that counts lines: '\n' (LF and CRLF) or '\r' (old Mac) */
  lineBreak: '\n' | '\r';
  empty: boolean;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export function normalizeEncoding(name: string | undefined): Encoding | undefined {
  switch (name?.toLowerCase()) {
    case undefined:
      return undefined;
    case 'utf-8':
    case 'utf8':
      return 'utf-8';
    case 'utf-16':
    case 'utf-16le':
    case 'utf16le':
      return 'utf-16le';
    case 'utf-16be':
      return 'utf-16be';
    case 'windows-1252':
    case 'cp1252':
      return 'windows-1252';
    case 'latin1':
    case 'iso-8859-1':
      return 'latin1';
    default:
      return undefined;
  }
}

export function detectEncoding(head: Uint8Array, declared?: Encoding): { encoding: Encoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (declared) return { encoding: declared, bom: false };
  // UTF-16 without a BOM (some Windows tools): ASCII text with a zero byte in every other place
  const sample = Math.min(head.length, 512) & ~1;
  if (sample >= 8) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i += 2) {
      if (head[i] === 0) evenZeros++;
      if (head[i + 1] === 0) oddZeros++;
    }
    if (oddZeros > sample * 0.4 && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
    if (evenZeros > sample * 0.4 && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  }
  try {
    // a multi-byte sequence cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, trimPartial(head)));
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'windows-1252', bom: false };
  }
}

function trimPartial(b: Uint8Array): number {
  let end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const c = b[end - i]!;
    if ((c & 0xc0) === 0xc0) return end - i;
    if ((c & 0x80) === 0) break;
  }
  return end;
}

/** Count fields of one physical line, outside quotes (good enough for sniffing). */
export function countFields(line: string, delimiter: string): number {
  let n = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) n++;
  }
  return n;
}

/** Lines as the reader counts them: by LF (a CRLF's CR is dropped) or, in old Mac files, by CR. */
function splitLines(text: string, lineBreak: '\n' | '\r'): string[] {
  return lineBreak === '\n' ? text.split(/\r?\n/) : text.split('\r');
}

/**
 * Physical lines with quoted newlines put back together: a record that spans lines is whole on
 * its first line, and its continuation lines are empty. A quote opens a field only at the start
 * of the field (as csv-parse reads `37.8"N` as text), and closes it before a delimiter or the end.
 */
export function logicalLines(lines: readonly string[], delimiter: string): string[] {
  const out: string[] = [];
  let open: number | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    let quoted = open !== undefined;
    let fieldStart = !quoted;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"') {
          if (line[i + 1] === '"') i++;
          else quoted = false;
        }
      } else if (c === delimiter) fieldStart = true;
      else if (c === '"' && fieldStart) quoted = true;
      else if (c !== ' ') fieldStart = false;
    }
    if (open !== undefined) {
      out[open] += '\n' + line;
      out.push('');
    } else out.push(line);
    if (quoted && open === undefined) open = k;
    else if (!quoted) open = undefined;
  }
  return out;
}

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  return best;
}

export function detectDelimiter(lines: readonly string[]): string {
  let best: { d: string; score: number } = { d: ',', score: -1 };
  for (const d of DELIMITERS) {
    // records, not physical lines: a quoted newline must not split a record in two
    const sample = logicalLines(lines.slice(0, 100), d)
      .filter((l) => l.trim() !== '')
      .slice(0, 30);
    const counts = sample.map((l) => countFields(l, d));
    const rest = counts.slice(Math.min(counts.length - 1, 1));
    const m = mode(rest);
    if (m.value < 2) continue;
    // the delimiter that splits most records into the same number of fields (a delimiter that
    // splits quoted text can fragment a record into many short, irregular lines)
    const score = Math.round((m.count / rest.length) * 1000) * 1000 + Math.min(m.value, 999);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/** Preamble lines before the header: lines before the first that has the file's usual field count. */
export function detectSkipRows(lines: readonly string[], delimiter: string): number {
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '');
  if (nonEmpty.length < 2) return nonEmpty[0]?.i ?? 0;
  const counts = nonEmpty.map((x) => countFields(x.l, delimiter));
  const common = mode(counts.slice(Math.min(counts.length - 1, Math.floor(counts.length / 3))));
  // no field count repeats: too little to tell a preamble from ragged rows
  if (common.count < 2) return nonEmpty[0]!.i;
  const usual = common.value;
  // a header may have one field less than wide rows (trailing delimiters), when rows are wide
  const least = usual >= 4 ? usual - 1 : usual;
  for (let k = 0; k < nonEmpty.length; k++) {
    const c = counts[k]!;
    if (c >= 2 && c >= least) return nonEmpty[k]!.i;
  }
  return 0;
}

export function decodeHead(head: Uint8Array, encoding: Encoding, bom: boolean): string {
  const start = bom ? (encoding.startsWith('utf-16') ? 2 : 3) : 0;
  return new TextDecoder(encoding === 'latin1' ? 'latin1' : encoding).decode(head.subarray(start, encoding === 'utf-8' ? trimPartial(head) : head.length));
}

export interface SniffOptions {
  encoding?: Encoding | undefined;
  delimiter?: string | undefined;
  skipRows?: number | undefined;
}

export function sniff(head: Uint8Array, options: SniffOptions = {}): Sniffed {
  const { encoding, bom } = detectEncoding(head, options.encoding);
  const text = decodeHead(head, encoding, bom);
  const lineBreak = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  // the last line of a sample may be cut: leave it out when the sample is partial
  const lines = splitLines(text, lineBreak).slice(0, 200);
  const delimiter = options.delimiter ?? detectDelimiter(lines.slice(options.skipRows ?? 0));
  const skipRows = options.skipRows ?? detectSkipRows(logicalLines(lines, delimiter).slice(0, 60), delimiter);
  return { encoding, bom, delimiter, skipRows, lineBreak, empty: text.trim() === '' };
}
