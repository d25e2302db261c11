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
  /**
   * false when the head was plain ASCII and no encoding was declared: UTF-8 and Windows-1252 read
   * it alike, so the reader decides at the first non-ASCII byte, wherever it is in the file
   */
  encodingSettled: boolean;
  /** the head showed a header; false: it was all preamble (the reader reads on) */
  conclusive: boolean;
  /** set when the reader settled on Windows-1252 past the head: the lines counted before it (the byte comes after) */
  settledAtLine?: number;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;
const DELIMITER_CHARS = /[,;\t|]/;

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

/**
 * The encoding of a file whose head was plain ASCII, from the first chunk that is not: valid
 * UTF-8 there settles UTF-8, anything else is Windows-1252 (a lone 0x96 en dash, 0xA3 pound sign
 * past line 1,500 of a card export). Undefined while the bytes are ASCII, or when the only
 * non-ASCII bytes are a sequence cut at the chunk's end (the next chunk settles it).
 */
export function settleEncoding(chunk: Uint8Array, continued = false): Encoding | undefined {
  // `continued`: the last chunk ended in the lead byte of a sequence it cut; its rest starts this one
  let i = 0;
  while (continued && i < 3 && i < chunk.length && (chunk[i]! & 0xc0) === 0x80) i++;
  while (i < chunk.length && chunk[i]! < 0x80) i++;
  if (i === chunk.length) return undefined;
  const end = trimPartial(chunk);
  if (end <= i) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(i, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
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
    // lines with no delimiter at all are a report's preamble prose, not records
    const sample = logicalLines(lines.filter((l) => DELIMITER_CHARS.test(l)).slice(0, 100), d)
      .filter((l) => l.trim() !== '')
      .slice(0, 30);
    const counts = sample.map((l) => countFields(l, d));
    const rest = counts.slice(Math.min(counts.length - 1, 1));
    const m = mode(rest);
    if (m.value < 2) continue;
    // the delimiter that splits most records into the same number of fields (a delimiter that
    // splits quoted text can fragment a record into many short, irregular lines)
    // then the one the first record (the header, usually) agrees with, then the most fields
    const headerAgrees = counts.length > 1 && counts[0] === m.value ? 1 : 0;
    const score = Math.round((m.count / rest.length) * 1000) * 1_000_000 + headerAgrees * 1000 + Math.min(m.value, 999);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/**
 * Fields of one physical line up to its last non-empty one: trailing empty fields (`a,b,,`, as
 * spreadsheets pad every row to the widest) say nothing about the row's shape. A line of
 * delimiters only (`,,,,,`) has none.
 */
export function countFilledFields(line: string, delimiter: string): number {
  let n = 0;
  let filled = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      quoted = !quoted;
      content = true;
    } else if (!quoted && c === delimiter) {
      n++;
      if (content) filled = n;
      content = false;
    } else if (c !== ' ' && c !== '\t' && c !== '\u00a0') content = true;
  }
  if (content) filled = n + 1;
  return filled;
}

/**
 * Preamble lines before the header: lines before the first that has the file's usual number of
 * filled fields. Trailing empty fields are not counted on any line, so a report title padded
 * with delimiters (`Title,,,,,`) is a preamble, and data rows that end in empty fields do not
 * make the real header look shorter than the rows (and so like a preamble).
 */
export function detectSkipRows(lines: readonly string[], delimiter: string): number {
  const filled = lines.map((l, i) => ({ i, c: countFilledFields(l, delimiter) })).filter((x) => x.c > 0);
  if (filled.length < 2) return filled[0]?.i ?? 0;
  const counts = filled.map((x) => x.c);
  const common = mode(counts.slice(Math.min(counts.length - 1, Math.floor(counts.length / 3))));
  // no field count repeats: too little to tell a preamble from ragged rows
  if (common.count < 2) return filled[0]!.i;
  const usual = common.value;
  // rows may leave their last fields empty: the header is the first line at least about as wide
  // as the usual row (a pivot caption or report title has one or two filled cells)
  const least = usual >= 4 ? usual - 1 : usual;
  for (const x of filled) if (x.c >= 2 && x.c >= least) return x.i;
  for (const x of filled) if (x.c >= 2) return x.i;
  return filled[0]!.i;
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
  const lines = splitLines(text, lineBreak).slice(0, 2000);
  // a head cut inside a long record ends in a partial line: its field count says nothing
  const whole = lines.length > 1 && !/[\r\n]$/.test(text) && splitLines(text, lineBreak).length <= 2000 ? lines.slice(0, -1) : lines;
  const delimiter = options.delimiter ?? detectDelimiter(whole.slice(options.skipRows ?? 0));
  const logical = logicalLines(lines.slice(0, 400), delimiter);
  const skipRows = options.skipRows ?? detectSkipRows(logical, delimiter);
  const encodingSettled = options.encoding !== undefined || bom || encoding !== 'utf-8' || settleEncoding(head) !== undefined;
  // a line of two or more fields after the preamble (the header) settles the shape; a head that is
  // all preamble (one-cell report lines) is not conclusive, and the reader looks further
  const conclusive = options.skipRows !== undefined || logical.slice(skipRows).some((l) => countFilledFields(l, delimiter) >= 2);
  return { encoding, bom, delimiter, skipRows, lineBreak, empty: text.trim() === '', encodingSettled, conclusive };
}
