/**
 * Stream a CSV file's records with the physical line each starts on (as an editor shows it).
 * csv-parse does the parsing; line numbers are counted here from the byte offsets it reports,
 * because its own line counter drifts on CRLF inside quoted fields.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { type Options, parse, type Parser } from 'csv-parse';
import { type Encoding, type Sniffed, sniff, type SniffOptions } from '../ingest/sniff.js';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts */
  line: number;
  /** set when the record could not be parsed (fields is then empty): the reason */
  error?: string;
}

/** csv-parse error codes, as the one-line reason a row could not be read. */
function syntaxReason(e: Error & { code?: string }): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (unbalanced ")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a closing quote is followed by other characters';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (an unbalanced quote?)`;
    default:
      return (e.message.split('\n')[0] ?? 'malformed CSV').replace(/^Invalid |:.*$/g, '');
  }
}

/** The parser behind csv-parse's stream (`parser.api`), fed buffer by buffer. */
interface ParserApi {
  info: { bytes: number };
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const HEAD_BYTES = 64 * 1024;
/** Longer records are rejected, not buffered: an unclosed quote must not swallow memory. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Read the first bytes of a stream without losing them. */
async function readHead(stream: Readable): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
  }
  return { head: Buffer.concat(chunks), rest: iterator };
}

/** Transcode a chunk to UTF-8 (csv-parse reports byte offsets of what it is fed). */
function toUtf8(decoder: TextDecoder | undefined, chunk: Buffer, final: boolean): Buffer {
  if (decoder === undefined) return chunk;
  return Buffer.from(decoder.decode(chunk, { stream: !final }), 'utf8');
}

export interface OpenedCsv {
  sniffed: Sniffed;
  records: AsyncGenerator<CsvRecord>;
}

export function openInput(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
}

/**
 * Open a CSV stream: sniff encoding, delimiter and preamble from its head, then yield records.
 * Blank records (every field empty) are skipped here and counted by the caller via line gaps.
 */
export async function openCsv(stream: Readable, options: SniffOptions = {}): Promise<OpenedCsv> {
  const { head, rest } = await readHead(stream);
  const sniffed = sniff(head, options);
  return { sniffed, records: records(head, rest, sniffed) };
}

async function* records(head: Buffer, rest: AsyncIterator<Buffer>, s: Sniffed): AsyncGenerator<CsvRecord> {
  const decoder = s.encoding === 'utf-8' ? undefined : new TextDecoder(s.encoding === 'latin1' ? 'latin1' : (s.encoding as Exclude<Encoding, 'latin1'>));
  const nl = s.lineBreak === '\n' ? 0x0a : 0x0d;
  const parser: Parser = parse({
    delimiter: s.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    from_line: s.skipRows + 1,
    // records end where lines are counted: a stray CR in an LF file stays in its field
    record_delimiter: s.lineBreak === '\r' ? '\r' : ['\r\n', '\n'],
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
  } as Options);

  // fed chunks not yet passed by the line counter
  const window: Buffer[] = [];
  let windowStart = 0; // absolute offset of window[0]
  let counted = 0; // absolute offset up to which line breaks are counted
  let breaks = 0;
  const advance = (to: number) => {
    while (counted < to && window.length > 0) {
      const buf = window[0]!;
      const end = Math.min(windowStart + buf.length, to);
      let i = counted - windowStart;
      const stop = end - windowStart;
      while ((i = buf.indexOf(nl, i)) !== -1 && i < stop) {
        breaks++;
        i++;
      }
      counted = end;
      if (counted === windowStart + buf.length) {
        windowStart += buf.length;
        window.shift();
      }
    }
  };
  const byteAt = (offset: number): number | undefined => {
    let start = windowStart;
    for (const b of window) {
      if (offset < start + b.length) return b[offset - start];
      start += b.length;
    }
    return undefined;
  };
  const nlChar = s.lineBreak;

  const out: CsvRecord[] = [];
  let lastByte: number | undefined;
  let lastEndLine = s.skipRows;
  // csv-parse's parser is fed directly, not through its Transform stream: a record's end offset
  // is read from its live counters when the record is pushed, which spares a stream hop and an
  // `info` object per record (together a third of the parse time on large files)
  const api = (parser as unknown as { api: ParserApi }).api;
  if (typeof api?.parse !== 'function') throw new Error('csv-parse: unsupported version (no parser api)');
  const onRecord = (record: string[]) => {
    const end = api.info.bytes;
    lastByte = end > 0 ? byteAt(end - 1) : undefined;
    advance(end);
    const terminated = lastByte === 0x0a || lastByte === 0x0d;
    const endLine = 1 + breaks - (terminated ? 1 : 0);
    let embedded = 0;
    for (let k = 0; k < record.length; k++) {
      const f = record[k]!;
      let i = f.indexOf(nlChar);
      while (i !== -1) {
        embedded++;
        i = f.indexOf(nlChar, i + 1);
      }
    }
    lastEndLine = endLine;
    out.push({ fields: record, line: Math.max(1, endLine - embedded) });
  };
  const closed = () => {};
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure = e;
  });
  parser.on('skip', (e: Error & { code?: string }) => {
    // the broken record starts right after the last good one (pushed already, in order)
    out.push({ fields: [], line: lastEndLine + 1, error: syntaxReason(e) });
  });

  let offset = 0;
  const feed = async (chunk: Buffer, final: boolean) => {
    let buf = toUtf8(decoder, chunk, final);
    if (offset === 0 && s.bom && s.encoding === 'utf-8' && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    if (buf.length === 0) return;
    window.push(buf);
    offset += buf.length;
    const err = api.parse(buf, false, onRecord, closed);
    if (err !== undefined) failure ??= err;
  };

  await feed(head, false);
  for (;;) {
    if (failure) break;
    yield* out.splice(0);
    const next = await rest.next();
    if (next.done) break;
    await feed(typeof next.value === 'string' ? Buffer.from(next.value) : next.value, false);
  }
  if (decoder) {
    const tail = toUtf8(decoder, Buffer.alloc(0), true);
    if (tail.length > 0) await feed(tail, true);
  }
  if (!failure) {
    const err = api.parse(undefined, true, onRecord, closed);
    if (err !== undefined) failure = err;
  }
  yield* out.splice(0);
  if (failure) throw new CsvSyntaxError(syntaxReason(failure as Error & { code?: string }), lastEndLine + 1);
}
