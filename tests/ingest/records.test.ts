import { Readable } from 'node:stream';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../src/io/records.js';
import { cut } from './chunks.js';
import { expectSame } from './same.js';

/**
 * Records as the reader sees them, from a CSV fed in the given chunks. Errors are collected and
 * checked once per read: an expect per record (thousands per case) was most of these cases' time.
 */
async function read(chunks: Buffer[]): Promise<{ fields: string[]; line: number }[]> {
  const opened = await openCsv(Readable.from(chunks, { objectMode: false }));
  const out: { fields: string[]; line: number }[] = [];
  const errors: { line: number; error: unknown }[] = [];
  await opened.each((fields, line, error) => {
    if (error !== undefined) errors.push({ line, error });
    out.push({ fields, line });
  });
  expect(errors).toEqual([]);
  return out;
}


// seconds when the machine is idle, up to several times that on a busy 2-core machine: a
// bound per case well above both, rather than the suite's 20 s these cases came close to
const SLOW_CASE = 120_000;

/** Plain ASCII records (one line each) until the CSV text is at least `bytes` long. */
function paddingPast(bytes: number): string[][] {
  const rows: string[][] = [];
  for (let size = 'h1,h2,h3\n'.length; size < bytes; ) {
    const row = [`pad ${rows.length}`, 'plain ascii text', '12.34'];
    rows.push(row);
    size += row.join(',').length + 1;
  }
  return rows;
}

describe('record reader', () => {
  // past the 64 KiB head the reader sniffs from, so chunk boundaries fall inside the records;
  // just past it (a few KiB): padding beyond that is only more bytes to read in small chunks
  const padding = paddingPast(64 * 1024 + 4 * 1024);
  // each padding record is one physical line
  const paddingLines = padding.map(() => 1);

  it('property: fields and physical lines survive any chunking, ASCII and not (Latin-1 fast path)', async () => {
    const unit = fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', 'é', '€', '𝄞', 'ß', '1');
    const field = fc.string({ unit, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        async (rows, sizes) => {
          // a non-blank first field: blank records are skipped by design
          const records = [['h1', 'h2', 'h3'], ...padding, ...rows.map(([a, b, c]) => [`x${a}`, b, c])];
          const text = stringify(records, { record_delimiter: 'unix' });
          const got = await read(cut(Buffer.from(text, 'utf8'), sizes));
          expectSame(got.map((r) => r.fields), records);
          // each record starts on the line after the previous record's last line (one
          // comparison of every start line, not an expect per record)
          const spans = [1, ...paddingLines, ...records.slice(1 + padding.length).map((r) => stringify([r], { record_delimiter: 'unix' }).split('\n').length - 1)];
          const starts: number[] = [];
          let line = 1;
          for (const span of spans.slice(0, records.length)) {
            starts.push(line);
            line += span;
          }
          expectSame(got.map((r) => r.line), starts);
        },
      ),
      { numRuns: 25 },
    );
  }, SLOW_CASE);

  it('property: past the head, records read as csv-parse reads them (CRs first appearing late, stray and lenient quotes, fields cut from the chunk)', async () => {
    // the reader starts an LF file with LF as the only record delimiter and puts CRLF back at the
    // first chunk holding a CR: records must be what csv-parse gives with both from the start
    const unit = fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é');
    const field = fc.string({ unit, maxLength: 8 });
    const head = stringify([['h1', 'h2', 'h3'], ...padding], { record_delimiter: 'unix' });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(field, field, field, fc.constantFrom('bare', 'quoted', 'quoted-then-text'), fc.boolean()), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 8 }),
        async (rows, sizes) => {
          // bare values (which may hold a lone CR or a stray quote), quoted ones, and quoted ones
          // with text after the closing quote (read leniently); each row ended by LF or CRLF
          const cell = (v: string, form: string) =>
            form === 'bare' ? `y${v.replace(/[\n,]/g, '')}` : form === 'quoted' ? `"${v.replace(/"/g, '""')}"` : `"${v.replace(/"/g, '""')}"z${v.replace(/[\r\n,"]/g, '')}`;
          const tail = rows.map(([a, b, c, form, crlf]) => `x${cell(a, 'bare')},${cell(b, form)},${cell(c, form)}${crlf ? '\r\n' : '\n'}`).join('');
          const bytes = Buffer.from(head + tail, 'utf8');
          const expected = parse(bytes, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'], skip_records_with_error: true }) as string[][];
          const got = await read(cut(bytes, sizes));
          expectSame(got.map((r) => r.fields), expected);
        },
      ),
      { numRuns: 40 },
    );
  }, SLOW_CASE);
});

describe('record size limit', () => {
  it('an unclosed quote that swallows more than 16 MiB fails the read at the record it opens, not at the end', async () => {
    const head = 'Date,Vendor,Amount\n2025-01-02,Acme,1.00\n2025-01-03,"Acme ';
    const swallowed = Buffer.alloc(17 * 1024 * 1024, 'x');
    const opened = await openCsv(Readable.from([Buffer.from(head), swallowed, Buffer.from(',2.00\n')], { objectMode: false }));
    const lines: number[] = [];
    await expect(opened.each((_f, line) => void lines.push(line))).rejects.toMatchObject({
      message: 'a record is longer than 16,777,216 characters (an unbalanced quote?)',
      line: 3,
    });
    expect(lines).toEqual([1, 2]);
  }, SLOW_CASE);
});
