/**
 * Stream a CSV file's records with the physical line each starts on (as an editor shows it).
 * csv-parse does the parsing; line numbers are counted here from the byte offsets it reports,
 * because its own line counter drifts on CRLF inside quoted fields.
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { isAscii } from 'node:buffer';
import { type Options, parse, type Parser } from 'csv-parse';
import { createGunzip } from 'node:zlib';
import { describeBinary, isGzip } from '../ingest/content-kind.js';
import { type Encoding, settleEncoding, type Sniffed, sniff, type SniffOptions } from '../ingest/sniff.js';
import { groupDigits } from '../money/decimal.js';
import { CsvSplitter, splitsPlainly } from '../ingest/csv-split.js';

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
      return `a record is longer than ${groupDigits(MAX_RECORD_CHARS)} characters (an unbalanced quote?)`;
    default:
      return (e.message.split('\n')[0] ?? 'malformed CSV').replace(/^Invalid |:.*$/g, '');
  }
}

/** The parser behind csv-parse's stream (`parser.api`), fed buffer by buffer. */
interface ParserApi {
  /** `bytes`: where the field being made ends (set just before it is), and later the record */
  info: { bytes: number };
  state?: { wasQuoting?: unknown; field?: unknown };
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
/** a head that is not conclusive (all preamble, or too few records) is read further, up to this */
const MAX_HEAD_BYTES = 4 * 1024 * 1024;
/** Longer records are rejected, not buffered: an unclosed quote must not swallow memory. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Whether the record being parsed has outgrown MAX_RECORD_CHARS (checked chunk by chunk: csv-parse's
 * own max_record_size is tested on every byte, about 1 % of the parse). The size counted is the
 * bytes of the field being made plus the characters of the fields made.
 */
function recordTooLong(api: ParserApi): boolean {
  const state = api.state as { field?: { length?: unknown }; record?: unknown } | undefined;
  const field = state?.field?.length;
  if (typeof field !== 'number' || !Array.isArray(state!.record)) return false;
  let size = field;
  for (const f of state!.record as unknown[]) if (typeof f === 'string') size += f.length;
  return size > MAX_RECORD_CHARS;
}

function tooLongError(): Error & { code: string } {
  return Object.assign(new Error('record too long'), { code: 'CSV_MAX_RECORD_SIZE' });
}

/** Read the first bytes of a stream without losing them, until `size` bytes (or its end). */
async function readHead(stream: Readable | AsyncIterator<Buffer>): Promise<{ head: Buffer; rest: AsyncIterator<Buffer>; more: (size: number) => Promise<Buffer> }> {
  const iterator = 'next' in stream ? stream : (stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  const more = async (want: number): Promise<Buffer> => {
    while (size < want && !done) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      chunks.push(chunk);
      size += chunk.length;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  };
  const head = await more(HEAD_BYTES);
  return { head, rest: iterator, more };
}

/** Transcode a chunk to UTF-8 (csv-parse reports byte offsets of what it is fed). */
function toUtf8(decoder: TextDecoder | undefined, chunk: Buffer, final: boolean): Buffer {
  if (decoder === undefined) return chunk;
  return Buffer.from(decoder.decode(chunk, { stream: !final }), 'utf8');
}

export interface OpenedCsv {
  sniffed: Sniffed;
  /** records one by one (for a few records; a whole file is cheaper through `each`) */
  records: AsyncGenerator<CsvRecord>;
  /**
   * Read every record, calling `onRecord` synchronously as the parser produces it (no object,
   * promise or buffering per record: a record's arrays die young). `error` is set for a record
   * the parser could not read (fields are then empty). Whatever `onRecord` throws ends the read
   * and is thrown from here. Use either `records` or `each`, not both.
   */
  each(onRecord: RecordHandler): Promise<void>;
}

/** The input is not text (an image, a workbook, an archive): the reason, without the file's name. */
export class NotTextError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Damaged or cut gzip data: zlib's reason, said once with the file's name by the caller. */
export class CompressedDataError extends Error {}

/** The rest of a gzip stream (its head already read), inflated as it streams in. */
function gunzipped(head: Buffer, rest: AsyncIterator<Buffer>): AsyncIterator<Buffer> {
  const compressed = Readable.from(
    (async function* () {
      yield head;
      for (;;) {
        const next = await rest.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  // pipeline passes a read error of either side to the inflated stream, whose iterator throws it
  const inflated = pipeline(compressed, createGunzip(), () => {});
  const iterator = inflated[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return {
    next: () =>
      iterator.next().catch((e: NodeJS.ErrnoException) => {
        // zlib's reasons ("unexpected end of file", "incorrect header check"): the data is damaged
        throw typeof e.code === 'string' && e.code.startsWith('Z_') ? new CompressedDataError(`damaged gzip data (${e.message})`) : e;
      }),
  };
}

export type RecordHandler = (fields: string[], line: number, error: string | undefined) => void;

export function openInput(path: string | Buffer): Readable {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
}

/**
 * Open a CSV stream: sniff encoding, delimiter and preamble from its head, then yield records.
 * Blank records (every field empty) are skipped here and counted by the caller via line gaps.
 */
export async function openCsv(stream: Readable, options: SniffOptions = {}): Promise<OpenedCsv> {
  let { head, rest, more } = await readHead(stream);
  // gzip is known by its bytes, not its name: inflate as the file streams in, then read as usual
  if (isGzip(head)) ({ head, rest, more } = await readHead(gunzipped(head, rest)));
  const binary = describeBinary(head);
  if (binary !== undefined) throw new NotTextError(binary.reason, binary.hint);
  let sniffed = sniff(head, options);
  // the first window was not conclusive: look at twice as much, and again, as the file allows
  while (!sniffed.conclusive && head.length < MAX_HEAD_BYTES) {
    const longer = await more(head.length * 2);
    if (longer.length === head.length) break;
    head = longer;
    sniffed = sniff(head, options);
  }
  return { sniffed, records: records(head, rest, sniffed), each: (onRecord) => readAll(head, rest, sniffed, onRecord) };
}


/** Past this, a record the splitter is still waiting on (a quoted field going on) is left to csv-parse, which bounds its size. */
const SPLIT_CARRY_LIMIT = 1 << 20;

/**
 * The records of a CSV stream, each to `emit` with its physical start line. Plain CSV (nearly
 * every export) is split by ingest/csv-split.ts; at the first record it leaves to csv-parse (text
 * after a closing quote, an unclosed quote, a record past SPLIT_CARRY_LIMIT), csv-parse reads the
 * rest of the input from that record on, as it would have read it from the start. A file with
 * preamble rows or old-Mac line breaks is read by csv-parse throughout.
 *
 * csv-parse's parser is fed directly, chunk by chunk, not through its Transform stream: a
 * record's end offset is read from its live counters when the record is pushed, which spares a
 * stream hop and an `info` object per record.
 */
class RecordParser {
  private decoder: TextDecoder | undefined;
  /** while the encoding is unsettled: the last chunk ended in a cut multi-byte sequence */
  private cutLead = false;
  private readonly nl: number;
  private readonly nlChar: string;
  /** the plain splitter, while it reads the input */
  private splitter: CsvSplitter | undefined;
  /** UTF-8 bytes from the first record the splitter has not split */
  private carry: Buffer | undefined;
  /** csv-parse, once it reads the input */
  private api: ParserApi | undefined;
  /** bytes fed to the reader so far (a UTF-8 BOM is looked for before the first) */
  private started = false;
  /** csv-parse's input, in its own offsets: chunks fed not yet passed by the line counter */
  private readonly window: Buffer[] = [];
  /** offset of window[0] */
  private windowStart = 0;
  /** offset up to which line breaks are counted */
  private counted = 0;
  /** line breaks counted: before csv-parse's first byte, and up to `counted` */
  private breaks = 0;
  /** offset of the first line break at or after `counted` in window[0] (its end: none); -1 before a search */
  private nextBreak = -1;
  private lastEndLine: number;
  /** bytes fed to csv-parse */
  private offset = 0;
  private readonly text: FieldSource = { ascii: false, asciiFrom: 0, chunk: undefined, chunkStart: Infinity, chunkText: undefined };
  failure: Error | undefined;
  /** what the record handler threw: ends the read */
  thrown: { error: unknown } | undefined;
  private readonly onRecord: (record: string[]) => void;
  private readonly closed = () => {};
  /** puts CRLF back among the record delimiters (see lfUntilCr); undefined once it has */
  private crlf: (() => void) | undefined;

  constructor(
    private readonly s: Sniffed,
    private readonly emit: RecordHandler,
  ) {
    this.decoder = s.encoding === 'utf-8' ? undefined : new TextDecoder(s.encoding === 'latin1' ? 'latin1' : (s.encoding as Exclude<Encoding, 'latin1'>));
    this.nl = s.lineBreak === '\n' ? 0x0a : 0x0d;
    this.nlChar = s.lineBreak;
    this.lastEndLine = s.skipRows;
    this.onRecord = (record) => this.record(record);
    if (s.skipRows === 0 && splitsPlainly(s.delimiter, s.lineBreak)) {
      this.splitter = new CsvSplitter(s.delimiter, (fields, line, endLine) => {
        this.lastEndLine = endLine;
        this.deliver(fields, line, undefined);
      });
    } else this.startCsvParse();
  }

  /** csv-parse takes over the read here: its offsets start at 0, its lines after those counted. */
  private startCsvParse(): void {
    const s = this.s;
    const parser: Parser = parse({
      delimiter: s.delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      from_line: s.skipRows + 1,
      // records end where lines are counted: a stray CR in an LF file stays in its field
      record_delimiter: s.lineBreak === '\r' ? '\r' : ['\r\n', '\n'],
      skip_records_with_error: true,
    } as Options);
    const api = (parser as unknown as { api: ParserApi }).api;
    if (typeof api?.parse !== 'function') throw new Error('csv-parse: unsupported version (no parser api)');
    this.api = api;
    fastFieldText(api, this.text);
    if (s.lineBreak === '\n') this.crlf = lfUntilCr(api);
    parser.on('error', (e) => {
      this.failure = e;
    });
    parser.on('skip', (e: Error & { code?: string }) => {
      // the broken record starts right after the last good one (pushed already, in order)
      this.deliver([], this.lastEndLine + 1, syntaxReason(e));
    });
    if (this.splitter !== undefined) this.breaks = this.splitter.lines;
    this.splitter = undefined;
    this.carry = undefined;
  }

  private deliver(fields: string[], line: number, error: string | undefined): void {
    if (this.thrown !== undefined) return;
    try {
      this.emit(fields, line, error);
    } catch (e) {
      this.thrown = { error: e };
    }
  }

  private record(record: string[]): void {
    if (this.thrown !== undefined) return;
    const end = this.api!.info.bytes;
    this.text.ascii = end >= this.text.asciiFrom;
    const lastByte = end > 0 ? this.byteAt(end - 1) : undefined;
    this.advance(end);
    const terminated = lastByte === 0x0a || lastByte === 0x0d;
    const endLine = 1 + this.breaks - (terminated ? 1 : 0);
    let embedded = 0;
    const nlChar = this.nlChar;
    // a record ending on the line after the last one's has no line break inside: most records
    for (let k = endLine === this.lastEndLine + 1 ? record.length : 0; k < record.length; k++) {
      const f = record[k]!;
      let i = f.indexOf(nlChar);
      while (i !== -1) {
        embedded++;
        i = f.indexOf(nlChar, i + 1);
      }
    }
    this.lastEndLine = endLine;
    this.deliver(record, Math.max(1, endLine - embedded), undefined);
  }

  private advance(to: number): void {
    const window = this.window;
    const nl = this.nl;
    while (this.counted < to && window.length > 0) {
      const buf = window[0]!;
      const start = this.windowStart;
      const end = Math.min(start + buf.length, to);
      const stop = end - start;
      // the search that ended the last count found the next break already: one search a record
      let i = this.nextBreak >= 0 ? this.nextBreak - start : buf.indexOf(nl, this.counted - start);
      if (i === -1) i = buf.length;
      let breaks = this.breaks;
      while (i < stop) {
        breaks++;
        i = buf.indexOf(nl, i + 1);
        if (i === -1) i = buf.length;
      }
      this.breaks = breaks;
      this.counted = end;
      if (end === start + buf.length) {
        this.windowStart += buf.length;
        window.shift();
        this.nextBreak = -1;
      } else this.nextBreak = start + i;
    }
  }

  private byteAt(offset: number): number | undefined {
    let start = this.windowStart;
    for (const b of this.window) {
      if (offset < start + b.length) return b[offset - start];
      start += b.length;
    }
    return undefined;
  }

  /** Feed a chunk; false once the read must stop (a syntax failure, or the handler threw). */
  feed(chunk: Buffer, final: boolean): boolean {
    if (!this.s.encodingSettled) this.settle(chunk);
    let buf = toUtf8(this.decoder, chunk, final);
    if (!this.started && buf.length > 0) {
      this.started = true;
      if (this.s.bom && this.s.encoding === 'utf-8' && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (buf.length > 0) {
      if (this.splitter !== undefined) this.split(buf, false);
      else this.parse(buf);
    }
    return this.failure === undefined && this.thrown === undefined;
  }

  /**
   * The splitter's share: the records of the complete lines held (what it waits on kept for the
   * next chunk); at a record it leaves to csv-parse, csv-parse reads from there on.
   */
  private split(buf: Buffer, final: boolean): void {
    const splitter = this.splitter!;
    const data = this.carry === undefined || this.carry.length === 0 ? buf : Buffer.concat([this.carry, buf]);
    const last = final ? data.length - 1 : data.lastIndexOf(0x0a);
    if (last < 0) {
      this.carry = data;
      if (data.length > SPLIT_CARRY_LIMIT) this.handOver(data);
      return;
    }
    const whole = data.subarray(0, last + 1);
    const ascii = isAscii(whole);
    const text = whole.toString(ascii ? 'latin1' : 'utf8');
    const linesBefore = splitter.lines;
    const used = splitter.split(text, final);
    if (used === text.length && !splitter.odd) {
      this.carry = data.subarray(last + 1);
      return;
    }
    // where the records not split start, in bytes: after the splitter's last line break (a
    // record starts a line), found by counting them where characters and bytes differ
    let at = used;
    if (!ascii && used > 0) {
      at = -1;
      for (let k = splitter.lines - linesBefore; k > 0; k--) at = data.indexOf(0x0a, at + 1);
      at += 1;
    }
    const rest = data.subarray(at);
    if (splitter.odd || rest.length > SPLIT_CARRY_LIMIT) this.handOver(rest);
    else this.carry = rest;
  }

  /** csv-parse reads on from `rest`, which starts at a record. */
  private handOver(rest: Buffer): void {
    this.startCsvParse();
    if (rest.length > 0) this.parse(rest);
  }

  private parse(buf: Buffer): void {
    const api = this.api!;
    this.window.push(buf);
    if (!isAscii(buf)) {
      let j = buf.length - 1;
      while (buf[j]! < 0x80) j--;
      this.text.asciiFrom = this.offset + j + 1;
      this.text.ascii = false;
    }
    this.text.chunk = buf;
    this.text.chunkStart = this.offset;
    this.text.chunkText = undefined;
    this.offset += buf.length;
    if (this.crlf !== undefined && buf.indexOf(0x0d) !== -1) {
      this.crlf();
      this.crlf = undefined;
    }
    const err = api.parse(buf, false, this.onRecord, this.closed);
    if (err !== undefined) this.failure ??= err;
    else if (recordTooLong(api)) this.failure ??= tooLongError();
  }

  /**
   * The head was ASCII: the first chunk with another byte decides between UTF-8 and
   * Windows-1252. Every byte before it was ASCII, read alike by both, so nothing is read again.
   */
  private settle(chunk: Buffer): void {
    const found = settleEncoding(chunk, this.cutLead);
    this.cutLead = chunk.length > 0 && chunk[chunk.length - 1]! >= 0x80;
    if (found === undefined) return;
    this.s.encodingSettled = true;
    if (found === 'utf-8') return;
    this.s.encoding = found;
    this.s.settledAtLine = (this.splitter?.lines ?? this.breaks) + 1;
    this.decoder = new TextDecoder(found);
  }

  /** The input ended: flush the decoder and the last record. */
  end(): void {
    if (this.failure === undefined && this.thrown === undefined && this.decoder) {
      const tail = toUtf8(this.decoder, Buffer.alloc(0), true);
      if (tail.length > 0) this.feed(tail, true);
    }
    if (this.failure !== undefined || this.thrown !== undefined) return;
    if (this.splitter !== undefined) {
      // the last line, with no line break after it (or a record only csv-parse reads)
      if (this.carry !== undefined && this.carry.length > 0) this.split(Buffer.alloc(0), true);
      if (this.splitter !== undefined || this.thrown !== undefined || this.failure !== undefined) return;
    }
    const err = this.api!.parse(undefined, true, this.onRecord, this.closed);
    if (err !== undefined) this.failure = err;
  }

  /** Throw what ended the read, if anything did. */
  check(): void {
    if (this.thrown !== undefined) throw this.thrown.error;
    if (this.failure) throw new CsvSyntaxError(syntaxReason(this.failure as Error & { code?: string }), this.lastEndLine + 1);
  }
}

interface FieldBuffer {
  buf: Buffer;
  length: number;
  toString(encoding?: string): unknown;
}

/** What csv-parse's fields are decoded from (see fastFieldText). */
interface FieldSource {
  /** whether the record being parsed (from the end of the last one pushed) lies in ASCII bytes */
  ascii: boolean;
  /** every fed byte from this offset on is ASCII */
  asciiFrom: number;
  /** the chunk being parsed, and its absolute offset */
  chunk: Buffer | undefined;
  chunkStart: number;
  /** the chunk decoded as Latin-1, once a field needed it */
  chunkText: string | undefined;
}

/** V8 copies substrings shorter than this (SlicedString::kMinLength); longer ones view their parent. */
const COPIED_SUBSTRING = 13;

type FastBuffer = Buffer & { latin1Slice?: (start: number, end: number) => string; utf8Slice?: (start: number, end: number) => string };

/**
 * csv-parse turns each field's bytes into a string through `buf.slice(0, length).toString(enc)`:
 * a Buffer view and a call into C++ per field, most of the cost of making fields. Here:
 * - A short field that was not quoted is the very bytes of the input that end where the parser
 *   stands (`info.bytes`). When they lie in the chunk being parsed and are ASCII, the field is cut
 *   from the chunk decoded once as Latin-1 (the same characters as UTF-8 for ASCII bytes): a
 *   substring, with no call into C++ (dates, amounts, codes: about 6 % of a large scan). Only
 *   short fields: V8 copies a substring that short, but makes a longer one a view that would keep
 *   the chunk's whole text alive for as long as any kept line text (a name, a description) lives.
 * - Any other field is decoded from the parser's field buffer without the view, as Latin-1 while
 *   the record lies in ASCII bytes (no UTF-8 validation), else as UTF-8.
 * Applied to this parser's own field buffer only, and only when it has the shape this was written
 * against (csv-parse 5 and 6); otherwise the parser is left as it is. Because this reaches into
 * csv-parse's internals, package.json pins its exact version (tests/ingest/csv-parse-pin.test.ts).
 */
function fastFieldText(api: ParserApi, text: FieldSource): void {
  const state = api.state;
  const field = state?.field as FieldBuffer | undefined;
  if (field === undefined || !Buffer.isBuffer(field.buf) || typeof field.length !== 'number' || typeof field.toString !== 'function') return;
  const original = field.toString;
  // Node's own per-encoding decoders (what buf.toString(enc) calls after its argument checks)
  const fast = field.buf as FastBuffer;
  if (typeof fast.latin1Slice === 'function' && typeof fast.utf8Slice === 'function' && typeof state!.wasQuoting === 'boolean' && typeof api.info?.bytes === 'number') {
    field.toString = function (this: FieldBuffer, encoding?: string): unknown {
      if (encoding !== 'utf8') return original.call(this, encoding);
      const end = api.info.bytes;
      const start = end - this.length;
      if (this.length < COPIED_SUBSTRING && start >= text.chunkStart && start >= text.asciiFrom && state!.wasQuoting === false) {
        const chunk = text.chunk as FastBuffer;
        const whole = (text.chunkText ??= chunk.latin1Slice!(0, chunk.length));
        return whole.substring(start - text.chunkStart, end - text.chunkStart);
      }
      const buf = this.buf as FastBuffer;
      return text.ascii ? buf.latin1Slice!(0, this.length) : buf.utf8Slice!(0, this.length);
    };
    return;
  }
  field.toString = function (this: FieldBuffer, encoding?: string): unknown {
    if (encoding !== 'utf8') return original.call(this, encoding);
    return this.buf.toString(text.ascii ? 'latin1' : 'utf8', 0, this.length);
  };
}

/**
 * csv-parse tests every byte against each record delimiter in turn; most files have no CR at
 * all, and for them CRLF is a test that never passes (about 5 % of the parse). So the parser
 * starts with LF alone, and CRLF is put back before the first chunk holding a CR is fed: bytes
 * without a CR read the same either way, so records are identical. Applied only when the
 * parser's options have the shape this was written against; returns the put-back.
 */
function lfUntilCr(api: ParserApi): (() => void) | undefined {
  const options = (api as unknown as { options?: { record_delimiter?: unknown } }).options;
  const both = options?.record_delimiter;
  if (!Array.isArray(both) || both.length !== 2 || !both.every((b) => Buffer.isBuffer(b))) return undefined;
  const lf = both.find((b: Buffer) => b.length === 1 && b[0] === 0x0a);
  const crlf = both.find((b: Buffer) => b.length === 2 && b[0] === 0x0d && b[1] === 0x0a);
  if (lf === undefined || crlf === undefined) return undefined;
  options!.record_delimiter = [lf];
  return () => {
    options!.record_delimiter = both;
  };
}

async function readAll(head: Buffer, rest: AsyncIterator<Buffer>, s: Sniffed, onRecord: RecordHandler): Promise<void> {
  const p = new RecordParser(s, onRecord);
  let go = p.feed(head, false);
  while (go) {
    const next = await rest.next();
    if (next.done) break;
    go = p.feed(typeof next.value === 'string' ? Buffer.from(next.value) : next.value, false);
  }
  if (go) p.end();
  p.check();
}

async function* records(head: Buffer, rest: AsyncIterator<Buffer>, s: Sniffed): AsyncGenerator<CsvRecord> {
  const out: CsvRecord[] = [];
  const p = new RecordParser(s, (fields, line, error) => {
    out.push(error === undefined ? { fields, line } : { fields, line, error });
  });
  let go = p.feed(head, false);
  while (go) {
    yield* out.splice(0);
    const next = await rest.next();
    if (next.done) break;
    go = p.feed(typeof next.value === 'string' ? Buffer.from(next.value) : next.value, false);
  }
  if (go) p.end();
  yield* out.splice(0);
  p.check();
}
