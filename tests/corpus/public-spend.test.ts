/**
 * Real payment registers, purchasing-card files and ledgers that public bodies published
 * (../shared/public-spend/), read with NO sources entry: the columns, the date format, the
 * preamble, the footer and the encoding are all found by techspend. Each file must match the
 * independent oracle (expected.json) to the cent: rows used, total and every month's total,
 * compared as exact decimals. Total rows the oracle leaves out (equal to the sum above) are
 * skipped as summary rows, never added to spend, and never rejected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Decimal, parseDecimal, toExact } from '../../src/money/decimal.js';
import { HAS_PUBLIC_SPEND, PUBLIC_SPEND, scanCorpusFile } from './harness.js';

interface OracleEntry {
  data_rows: number;
  sum: string;
  monthly: Record<string, string> | null;
  excluded_records: { count: number; reason: string }[];
  columns: { date: string | null; amount: string; vendor: string };
}

if (!HAS_PUBLIC_SPEND) console.warn(`public-spend tests skipped: ${PUBLIC_SPEND} is absent (it is present in CI)`);
const expected: Record<string, OracleEntry> = HAS_PUBLIC_SPEND ? (JSON.parse(readFileSync(resolve(PUBLIC_SPEND, 'expected.json'), 'utf8')) as { files: Record<string, OracleEntry> }).files : {};

function dec(text: string): Decimal {
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`oracle value is not a decimal: ${text}`);
  return d;
}

/** A file with no date column is placed in the month its name gives (`2011-06-payments.csv`). */
function monthFromName(file: string): string {
  const m = /(\d{4})-(\d{2})/.exec(file.split('/').pop()!);
  if (m === null) throw new Error(`no month in ${file}`);
  return `${m[1]}-${m[2]}`;
}

describe.skipIf(!HAS_PUBLIC_SPEND)('public spend: every register read with no config, as the oracle reads it', () => {
  it('covers the 25 files', () => {
    expect(Object.keys(expected).length).toBe(25);
  });
  it.each(Object.keys(expected))('%s', async (file) => {
    const entry = expected[file]!;
    const got = await scanCorpusFile(file, undefined, {}, PUBLIC_SPEND);
    const problems = got.rejections.map((r) => `${r.line}: ${r.reason} ${r.column ?? ''} ${r.text ?? ''}`);
    expect(problems, 'rejections').toEqual([]);
    expect(got.summary.format).not.toBe('not recognized');
    expect(got.used, 'rows used').toBe(entry.data_rows);
    // every record is accounted for: used, or skipped as a summary row the oracle excludes
    const excluded = entry.excluded_records.filter((e) => /total/i.test(e.reason)).reduce((n, e) => n + e.count, 0);
    expect(got.reconciliation.summaryRows.length, 'summary rows skipped').toBe(excluded);
    expect(compare(got.sum, dec(entry.sum)) === 0, `sum ${toExact(got.sum)} vs oracle ${entry.sum}`).toBe(true);
    const wantMonths = entry.monthly ?? { [monthFromName(file)]: entry.sum };
    const months = Object.fromEntries([...got.monthly].map(([m, v]) => [m, toExact(v)]));
    expect(Object.keys(months).sort(), 'months').toEqual(Object.keys(wantMonths).sort());
    for (const [m, v] of Object.entries(wantMonths)) expect(compare(dec(months[m]!), dec(v)) === 0, `${m}: ${months[m]} vs oracle ${v}`).toBe(true);
  });
});
