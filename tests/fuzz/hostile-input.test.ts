/**
 * Hostile input: generated CSVs (random quoting, delimiters, encodings, truncation, garbage
 * bytes, huge fields, very wide rows) never crash, never hang, and always reconcile: every row
 * read is used, rejected, out of range or deduplicated, and the input total equals the report
 * total. A file that cannot be read at all is an ExitError whose messages are one line each.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExitError, formatDiagnostic } from '../../src/diagnostic.js';
import { scanInputs } from '../../src/io/scan.js';
import { compare } from '../../src/money/decimal.js';
import { testConfig, writeFiles } from '../ingest/helpers.js';
import { runCli } from '../cli/run-cli.js';

const dir = writeFiles({});
const config = testConfig({ rates: { EUR: 1.1, GBP: 1.3 } });
let n = 0;

async function check(bytes: Uint8Array): Promise<void> {
  const path = `${dir.dir}/fuzz-${n++}.csv`;
  writeFileSync(path, bytes);
  try {
    const { reconciliation: r } = await scanInputs([path], config, { line: () => {} });
    // every row is accounted for: used, rejected, out of range, deduplicated, a total row
    // skipped as a summary, or a row of a file whose layout could not be recognized
    const notRead = r.filesNotRead.reduce((n, f) => n + f.rows, 0);
    expect(r.rowsRead).toBe(r.rowsUsed + r.rowsRejected + r.rowsOutOfRange + r.rowsDeduplicated + r.summaryRows.length + notRead);
    for (const f of r.filesNotRead) expect(f.reason).not.toMatch(/\n|\r/);
    expect(r.rejections.length).toBe(r.rowsRejected);
    expect(compare(r.inputTotal, r.reportTotal)).toBe(0);
    for (const rej of r.rejections) {
      expect(rej.line).toBeGreaterThan(0);
      expect(rej.reason).not.toMatch(/\n/);
    }
  } catch (e) {
    if (!(e instanceof ExitError)) throw e;
    for (const d of e.diagnostics) expect(formatDiagnostic(d)).not.toMatch(/\n|\r/);
  }
}

const cellPool = fc.oneof(
  fc.constantFrom('2026-01-31', '01/02/2026', '31.01.2026', '2026-01-31T10:00:00Z', 'pending', 'NULL', '', ' '),
  fc.constantFrom('1234.56', '"1,234.56"', '$1,234.56', '(12.00)', '-5', '5.6E-05', '1.000.000,00', '€ 3,50', '- $220.00', '1e999999', '9'.repeat(80)),
  fc.constantFrom('AWS', 'Amazon Web Services', '=HYPERLINK("x")', '\u001b[31mred\u001b[0m', 'a|b', 'Zoë', '🎅', '"', '""', '"unclosed', 'x"y', '\r', '\n', '\r\n'),
  fc.string({ maxLength: 12 }),
);

const csvText = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    header: fc.constantFrom(['Date', 'Vendor', 'Amount'], ['Date', 'Vendor', 'Description', 'Debit', 'Credit'], ['ChargePeriodStart', 'BilledCost', 'BillingCurrency', 'ProviderName'], ['x', 'y'], []),
    rows: fc.array(fc.array(cellPool, { maxLength: 7 }), { maxLength: 25 }),
    quoteAll: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ delimiter, header, rows, quoteAll, eol }) => {
    const q = (c: string) => (quoteAll ? `"${c.replace(/"/g, '""')}"` : c);
    return [header, ...rows].map((r) => r.map(q).join(delimiter)).join(eol);
  });

const encoded = fc
  .record({
    text: csvText,
    encoding: fc.constantFrom('utf8', 'utf8-bom', 'latin1', 'utf16le-bom'),
    garbage: fc.option(fc.uint8Array({ maxLength: 40 }), { nil: undefined }),
    garbageAt: fc.nat(),
    cutAt: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ text, encoding, garbage, garbageAt, cutAt }) => {
    let bytes: Buffer =
      encoding === 'utf8'
        ? Buffer.from(text, 'utf8')
        : encoding === 'utf8-bom'
          ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
          : encoding === 'latin1'
            ? Buffer.from(text, 'latin1')
            : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    if (garbage) {
      const at = bytes.length === 0 ? 0 : garbageAt % bytes.length;
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(garbage), bytes.subarray(at)]);
    }
    if (cutAt !== undefined && bytes.length > 0) bytes = bytes.subarray(0, cutAt % bytes.length);
    return new Uint8Array(bytes);
  });

// bounds per case well above a busy 2-core machine's times (these cases take seconds there) and
// well below a hang; the time checks inside ask for "not stuck", not for speed
const SLOW_CASE = 120_000;
const NOT_STUCK_MS = 15_000;

describe('hostile input', () => {
  it('random CSVs never crash and always reconcile', async () => {
    await fc.assert(fc.asyncProperty(encoded, check), { numRuns: Number(process.env.FUZZ_RUNS ?? 250), seed: Number(process.env.FUZZ_SEED ?? 20260121) });
  }, SLOW_CASE);

  it('a file of 10,000 columns', async () => {
    const header = ['Date', 'Vendor', 'Amount', ...Array.from({ length: 9_997 }, (_, i) => `c${i}`)].join(',');
    const row = ['2026-01-05', 'AWS', '12.50', ...Array.from({ length: 9_997 }, (_, i) => String(i))].join(',');
    const start = Date.now();
    await check(Buffer.from([header, row, row, row.slice(0, 5000)].join('\n')));
    expect(Date.now() - start).toBeLessThan(NOT_STUCK_MS);
  }, SLOW_CASE);

  it('a huge field and an unclosed quote do not hang', async () => {
    const start = Date.now();
    await check(Buffer.from(`Date,Vendor,Amount\n2026-01-05,"${'x'.repeat(3_000_000)}",1.00\n2026-01-06,AWS,2.00\n`));
    await check(Buffer.from(`Date,Vendor,Amount\n2026-01-05,AWS,1.00\n2026-01-06,"AWS,2.00\n2026-01-07,AWS,3.00\n`));
    await check(Buffer.from(`Date,Vendor,Amount\n2026-01-05,${'9'.repeat(1_000_000)},1.00\n2026-01-06,AWS,${'9'.repeat(1_000_000)}\n`));
    expect(Date.now() - start).toBeLessThan(NOT_STUCK_MS);
  }, SLOW_CASE);

  it('through the CLI: an exit code, one-line messages, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(encoded, async (bytes) => {
        writeFileSync(`${dir.dir}/cli.csv`, bytes);
        for (const command of ['validate', 'report']) {
          const r = await runCli([command, '-q', '--format', 'json', 'cli.csv'], dir.dir);
          expect([0, 1]).toContain(r.code);
          expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        }
      }),
      { numRuns: 40, seed: 5 },
    );
  }, SLOW_CASE);

  it('pure garbage bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 100, seed: 7 });
  });
});
