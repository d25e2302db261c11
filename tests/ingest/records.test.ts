import { Readable } from 'node:stream';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../src/io/records.js';
import { cut } from './chunks.js';

/** Records as the reader sees them, from a CSV fed in the given chunks. */
async function read(chunks: Buffer[]): Promise<{ fields: string[]; line: number }[]> {
  const opened = await openCsv(Readable.from(chunks, { objectMode: false }));
  const out: { fields: string[]; line: number }[] = [];
  await opened.each((fields, line, error) => {
    expect(error).toBeUndefined();
    out.push({ fields, line });
  });
  return out;
}


// seconds when the machine is idle, up to several times that on a busy 2-core machine: a
// bound per case well above both, rather than the suite's 20 s these cases came close to
const SLOW_CASE = 120_000;

describe('record reader', () => {
  // past the 64 KiB head the reader sniffs from, so chunk boundaries fall inside the records
  const padding = Array.from({ length: 3000 }, (_, i) => [`pad ${i}`, 'plain ascii text', '12.34']);

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
          expect(got.map((r) => r.fields)).toEqual(records);
          // each record starts on the line after the previous record's last line
          let line = 1;
          for (let i = 0; i < records.length; i++) {
            expect(got[i]!.line).toBe(line);
            line += stringify([records[i]!], { record_delimiter: 'unix' }).split('\n').length - 1;
          }
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
          expect(got.map((r) => r.fields)).toEqual(expected);
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
