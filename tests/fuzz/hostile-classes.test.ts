/**
 * Issue 18: the classes the first fuzz campaign missed, generated. Each property runs the CLI
 * in-process and checks an invariant computed independently of the code under test:
 * - currency in the amount cell: every line is booked at the oracle's conversion or rejected
 *   (naming its file:line); no line with a foreign mark is ever booked 1:1;
 * - CR/LF and formula prefixes in cells: no CR/LF outside quotes, no record starts a formula;
 * - Mermaid labels: one fence pair, no raw HTML, table rows keep their width;
 * - terminal escapes in file names and values: nothing a terminal acts on reaches stderr/stdout (table);
 * - repeated paths: the total is the total of the distinct files.
 * FUZZ_RUNS (default 20) and FUZZ_SEED vary the campaign.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../ingest/helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 18);
const CONFIG = 'currency: USD\nrates: { EUR: 1.08, GBP: 1.27, JPY: 0.0067 }\ncategories:\n  - { id: saas, name: SaaS }\nrules:\n  - { id: all, category: saas, match: { vendor: "*" } }\n';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/;
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

// the oracle: what each mark means in a USD report with these rates (cents, as bigint)
const RATE_MILLI: Record<string, bigint | undefined> = { USD: 10000n, EUR: 10800n, GBP: 12700n, JPY: 67n };
const MARKS: { mark: string; currency: string | 'ambiguous-dollar' | 'unknown' | 'KRW'; before: boolean }[] = [
  { mark: 'JPY ', currency: 'JPY', before: true },
  { mark: ' EUR', currency: 'EUR', before: false },
  { mark: '€', currency: 'EUR', before: true },
  { mark: '£', currency: 'GBP', before: true },
  { mark: 'US$ ', currency: 'USD', before: true },
  { mark: '$', currency: 'ambiguous-dollar', before: true },
  { mark: '₩ ', currency: 'KRW', before: true },
  { mark: 'XYZ ', currency: 'unknown', before: true },
  { mark: '', currency: 'none', before: true },
];

/** cents of the booked amount, or undefined when the line must be rejected */
function oracle(units: bigint, markIndex: number, column: string | undefined): bigint | undefined {
  const m = MARKS[markIndex]!;
  let currency: string;
  if (m.currency === 'none') currency = column ?? 'USD';
  else if (m.currency === 'unknown') {
    if (column === undefined) return undefined;
    currency = column;
  } else if (m.currency === 'ambiguous-dollar') {
    const line = column ?? 'USD';
    if (line !== 'USD') return undefined;
    currency = 'USD';
  } else {
    if (column !== undefined && column !== m.currency) return undefined;
    currency = m.currency;
  }
  const rate = RATE_MILLI[currency];
  if (rate === undefined) return undefined;
  // units are cents; cents × rate/10000, half away from zero (all positive here)
  return currency === 'USD' ? units : (units * rate * 2n + 10000n) / 20000n;
}

describe('fuzz: currency in the amount cell (issue 18 #1)', () => {
  it('every line is booked at the oracle conversion or rejected; never 1:1', async () => {
    const line = fc.record({ cents: fc.bigInt({ min: 1n, max: 99_999_999n }), mark: fc.nat({ max: MARKS.length - 1 }), column: fc.constantFrom(undefined, 'USD', 'EUR', 'JPY') });
    let checked = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), async (lines, withColumn) => {
        const rows = lines.map((l, i) => {
          const m = MARKS[l.mark]!;
          const number = `${l.cents / 100n}.${String(l.cents % 100n).padStart(2, '0')}`;
          const cell = m.before ? `${m.mark}${number}` : `${number}${m.mark}`;
          return `2026-01-${String((i % 28) + 1).padStart(2, '0')},V${i},${q(cell)}${withColumn ? `,${l.column ?? ''}` : ''}`;
        });
        const f = writeFiles({ 'techspend.yaml': CONFIG, 'x.csv': `Date,Vendor,Amount${withColumn ? ',Currency' : ''}\n${rows.join('\n')}\n` });
        const r = await runCli(['categorize', '-q', '--format', 'csv', 'x.csv'], f.dir);
        expect(r.stderr).not.toContain('internal error');
        const out = parse(r.stdout, { columns: true }) as Record<string, string>[];
        const booked = new Map(out.map((o) => [Number(o.line), o.amount!]));
        lines.forEach((l, i) => {
          const want = oracle(l.cents, l.mark, withColumn ? l.column : undefined);
          const lineNo = i + 2;
          checked++;
          if (want === undefined) {
            rejected++;
            expect(booked.has(lineNo), `line ${lineNo} booked`).toBe(false);
            // named by its line, or (no rate for its currency) in the one grouped no-rate error
            if (!r.stderr.includes(`x.csv:${lineNo}: `)) expect(r.stderr).toContain('no rate to convert');
          } else {
            expect(booked.get(lineNo), `line ${lineNo}`).toBe(`${want / 100n}.${String(want % 100n).padStart(2, '0')}`);
          }
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(checked).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  }, 120_000);
});

describe('fuzz: CR, LF and formulas in cells; Mermaid labels; terminal escapes (issue 18 #2-#4)', () => {
  const hostile = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '=', '+', '-', '@', '\r', '\n', '"', '`', '|', '<', '>', '#', ';', ']', '(', '\u001b', '[', '\u0007', '\u202e', '\u200b', '\u009b'), minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== '');
  it('csv, markdown and table outputs stay well-formed and inert', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 5 }), async (vendors) => {
        const rows = vendors.flatMap((v, i) => [`2026-01-0${(i % 9) + 1},${q(v)},${q(v)},${i + 1}.00,USD`, `2026-02-0${(i % 9) + 1},${q(v)},x,${2 * i + 3}.00,USD`]);
        const f = writeFiles({ 'techspend.yaml': CONFIG, 'x.csv': `Date,Vendor,Description,Amount,Currency\n${rows.join('\n')}\n` });
        const csv = await runCli(['categorize', '-q', '--format', 'csv', 'x.csv'], f.dir);
        const unquoted = csv.stdout.replace(/"(?:[^"]|"")*"/g, '""');
        expect(unquoted).not.toContain('\r');
        for (const rec of unquoted.split('\n')) expect(rec).not.toMatch(/^[=+@-]/);
        const md = await runCli(['variance', '-q', '--by', 'vendor', '--format', 'markdown', 'x.csv'], f.dir);
        const lines = md.stdout.split('\n');
        expect(lines.filter((l) => l.startsWith('```'))).toEqual(lines.some((l) => l === '```mermaid') ? ['```mermaid', '```'] : []);
        expect(md.stdout).not.toMatch(/<[a-z]/i);
        const table = lines.filter((l) => l.startsWith('|'));
        const pipes = (l: string) => l.replace(/\\[\s\S]/g, '').split('|').length;
        expect(new Set(table.map(pipes)).size).toBeLessThanOrEqual(1);
        const t = await runCli(['report', '--by', 'vendor', '--format', 'table', 'x.csv', 'x.csv'], f.dir);
        expect(t.stdout).not.toMatch(UNSAFE);
        expect(t.stderr).not.toMatch(UNSAFE);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});

describe('fuzz: terminal escapes in file names, repeated paths (issue 18 #4, #7)', () => {
  const name = fc.string({ unit: fc.constantFrom('a', 'b', '-', ' ', '\u001b', ']', '0', ';', '\u0007', '\u202e', '\u200b', '\t'), minLength: 1, maxLength: 10 });
  it('a file named with escapes never reaches stderr raw; the same file given several ways is read once', async () => {
    await fc.assert(
      fc.asyncProperty(name, fc.nat({ max: 3 }), fc.integer({ min: 1, max: 9999 }), async (base, repeats, cents) => {
        const file = `f${base}.csv`;
        // a bad row, so that stderr names the file
        const f = writeFiles({ 'techspend.yaml': CONFIG, [file]: `Date,Vendor,Amount,Currency\n2026-01-05,Okta,${(cents / 100).toFixed(2)},USD\n2026-01-06,Bad,abc,USD\n` });
        const args = ['report', '--format', 'csv', file, ...Array.from({ length: repeats }, (_, i) => (i % 2 === 0 ? file : `./${file}`))];
        const r = await runCli(args, f.dir);
        expect(r.stderr).not.toMatch(UNSAFE);
        expect(r.stderr).toMatch(/rejected: cannot read amount/);
        expect(r.stdout).toBe(`category,period,amount,share\nsaas,2026-01,${(cents / 100).toFixed(2)},1.0000\n`);
        expect(r.stderr.split('\n').filter((l) => l.endsWith('read once'))).toHaveLength(repeats);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
