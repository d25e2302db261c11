/**
 * Every file with an oracle, in ../shared/public-spend/ and ../shared/corpus/, read exactly as
 * `techspend report FILE` reads it with NO techspend.yaml: the built-in default config, the
 * currency probe choosing the reporting currency from the lines themselves (issue 19.3), no
 * sources entry, no rates. Each file must match its oracle to the last digit — rows, total and
 * every month — with every line booked in its own currency (never converted, never 1:1).
 *
 * The few files no reader could take without being told (a headerless file with money in and
 * money out in two unnamed columns, a bill with no dates, a date that fits two orders) are listed
 * in NEEDS_CONFIG with the reason; for those the test pins what the run says on stderr (the
 * file not read, or a notice) with the sources entry that settles it, never a silent misread.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, SPEND_NEGATIVE_SOURCE } from '../../src/config/default-config.js';
import { fitDefaultConfig } from '../../src/config/fitted-default.js';
import { probeInputs } from '../../src/io/currency-probe.js';
import { scanInputs } from '../../src/io/scan.js';
import { add, compare, type Decimal, neg, parseDecimal, toExact, ZERO } from '../../src/money/decimal.js';
import { CORPUS, HAS_CORPUS, HAS_PUBLIC_SPEND, PUBLIC_SPEND } from './harness.js';

interface OracleEntry {
  data_rows: number;
  rows_with_amount?: number;
  amount?: string | null;
  columns?: unknown;
  sum: string | null;
  monthly?: Record<string, string> | null;
  extra_sums?: Record<string, string>;
}

/** The oracle sums inflow-positive (credit − debit, or debits negated); techspend books spend positive. */
const NEGATED = new Set([
  'hledger/examples/csv/sample.csv',
  'hledger/examples/csv/sample.ssv',
  'hledger/examples/csv/sample.tsv',
  'hledger/examples/csv/apps/ynab4-rtl.csv',
  'csv2ofx/test/capitalone.csv',
  'csv2ofx/test/payoneer.csv',
  'csv2ofx/test/schwab-checking.csv',
  'csv2ofx/test/ubs-ch-fr_trimmed.csv',
  'csv2ofx/test/mint.csv',
  'csv2ofx/test/mint_extra.csv',
  'csv2ofx/test/mint_headerless.csv',
  'csv2ofx/pr-branches/sumup.csv',
  'csv2ofx/pr-branches/dbs.csv',
  'beancount-import/mint.csv',
]);

/**
 * Bank statements whose one signed amount column writes money out negative and deposits positive
 * (hledger's sample: DEPOSIT 50.00, TRANSFER TO SAVINGS -10.00, COFFEE -20.00; beancount-import's
 * bank: card payments and an ATM withdrawal negative): most amounts are negative, so with no
 * config they are read expense-negative, as `init` drafts them (ingest/spend-sign.ts). The oracle
 * sums the file's signed amounts, inflow positive: the spend is its negation. Every other file
 * with an oracle is read as written: a register's payments stay positive.
 */
const SPEND_NEGATIVE = new Set([
  'hledger/examples/sample.csv',
  'hledger/examples/sample.fr.cp1252.csv',
  'hledger/examples/sample.fr.iso88591.csv',
  'hledger/examples/sample.fr.utf8.csv',
  'beancount-import/bank.csv',
]);

/** Rows the oracle counts but that carry no amount: read, and rejected as "no amount". */
const NO_AMOUNT: Record<string, number> = { 'csv2ofx/test/amazon.csv': 3, 'hledger/examples/csv/ccexchanges/coinbase2.csv': 3 };

/** GCP's cost is gross: the credits column is netted, as the invoice does. */
const NET_OF_CREDITS = new Set(['gcp/koku/2022-08-01_5.csv', 'gcp/koku/202011_30c31bca571d9b7f3b2c8459dd8bc34a_2020-11-08_2020-11-11.csv']);

/**
 * Files that cannot be read as the oracle reads them without a sources entry: why, and what the
 * run must say about it (a file not read, with the entry that settles it; or a notice on stderr).
 */
const NEEDS_CONFIG: Record<string, { why: string; says: RegExp }> = {
  // headerless, money in and out in two unnamed columns: which one is spend, nothing in the file
  // says (the sum is 0 either way, so reading them with a guessed side would pass by luck)
  'hledger/examples/csv/sample.csv': { why: 'headerless, in/out columns unnamed', says: /columns 3 and 4 hold amounts on alternate rows .* \{ files: "\*\*\/sample\.csv", header: false, dateFormat: "dd\/yyyy\/MM", columns: \{ date: "1", description: "2", credit: "3", debit: "4" \} \}/ },
  'hledger/examples/csv/sample.ssv': { why: 'headerless, in/out columns unnamed', says: /columns 3 and 4 hold amounts on alternate rows/ },
  'hledger/examples/csv/sample.tsv': { why: 'headerless, in/out columns unnamed', says: /columns 3 and 4 hold amounts on alternate rows/ },
  // quantity × price, and every date empty: the lines cannot be placed in a month
  'gnucash/invoice.csv': { why: 'no dates', says: /no header row and none of its 22 columns holds dates/ },
  // every date is 06/12/2021: month-first and day-first both fit, nothing in the file tells
  // (USD, comma delimiter, decimal point; hledger's rules say day-first); read month-first, said
  'hledger/examples/csv/apps/monefy.csv': { why: 'ambiguous date order', says: /fit both MM\/dd\/yyyy and dd\/MM\/yyyy, and nothing in the file tells which: .*dateFormat: "dd\/MM\/yyyy"/ },
};

function dec(text: string): Decimal {
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`oracle value is not a decimal: ${text}`);
  return d;
}

function load(root: string, present: boolean): [string, string, OracleEntry][] {
  if (!present) return [];
  const files = (JSON.parse(readFileSync(resolve(root, 'expected.json'), 'utf8')) as { files: Record<string, OracleEntry> }).files;
  return Object.entries(files)
    .filter(([, e]) => e.sum !== null && e.sum !== undefined && (e.amount !== null || e.columns !== undefined))
    .map(([file, e]) => [root, file, e]);
}

const ALL = [...load(PUBLIC_SPEND, HAS_PUBLIC_SPEND), ...load(CORPUS, HAS_CORPUS)];

function monthFromName(file: string): string | undefined {
  const m = /(\d{4})-(\d{2})/.exec(file.split('/').pop()!);
  return m === null ? undefined : `${m[1]}-${m[2]}`;
}

/** The no-config run of cli/context.ts: the default fitted to what the probe finds (scope, sign, currency). */
async function readWithNoConfig(root: string, file: string) {
  const path = resolve(root, file);
  const fitted = fitDefaultConfig(await probeInputs([path], defaultConfig(), { displayName: () => file }), defaultConfig(), { currencyGiven: false });
  const config = fitted.config;
  const choice = { currency: config.currency };
  let sum: Decimal = ZERO;
  let used = 0;
  let converted = 0;
  const monthly = new Map<string, Decimal>();
  const { reconciliation } = await scanInputs(
    [path],
    config,
    {
      line: (l, booked) => {
        used++;
        if (l.currency !== config.currency || compare(booked, l.amount) !== 0) converted++;
        sum = add(sum, l.amount);
        const m = l.date.slice(0, 7);
        monthly.set(m, add(monthly.get(m) ?? ZERO, l.amount));
      },
      excluded: (l, booked) => {
        used++;
        if (l.currency !== config.currency || compare(booked, l.amount) !== 0) converted++;
        sum = add(sum, l.amount);
        const m = l.date.slice(0, 7);
        monthly.set(m, add(monthly.get(m) ?? ZERO, l.amount));
      },
    },
    { displayName: () => file },
  );
  return { choice, used, sum, monthly, converted, reconciliation, notes: fitted.notes };
}

describe.skipIf(ALL.length === 0)('no config: every file with an oracle reads to the oracle', () => {
  it('covers every oracle file with a total in both folders', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(HAS_PUBLIC_SPEND && HAS_CORPUS ? 113 : 1);
  });
  it.each(ALL.map(([root, file]) => [file, root]))('%s', async (file, root) => {
    const entry = ALL.find(([r, f]) => r === root && f === file)![2];
    const got = await readWithNoConfig(root, file);
    const needs = NEEDS_CONFIG[file];
    if (needs !== undefined) {
      // not read as the oracle reads it: the run says so on stderr (a file not read, or a notice), with what settles it
      const said = [...got.reconciliation.filesNotRead.map((f) => f.reason), ...got.reconciliation.notices].join('\n');
      expect(said, `${file} (${needs.why})`).toMatch(needs.says);
      return;
    }
    const rejected = NO_AMOUNT[file] ?? 0;
    const problems = got.reconciliation.rejections.filter((r) => !(rejected > 0 && r.reason === 'no amount')).map((r) => `${r.line}: ${r.reason} ${r.column ?? ''} ${r.text ?? ''} ${r.hint ?? ''}`);
    expect(problems, 'rejections').toEqual([]);
    expect(got.reconciliation.rowsRejected).toBe(rejected);
    expect(got.converted, 'lines booked in another currency than their own').toBe(0);
    expect(got.used, 'rows used').toBe(entry.rows_with_amount ?? entry.data_rows);
    // read expense-negative (and said so) exactly when the file writes spend negative
    const spendNegative = SPEND_NEGATIVE.has(file);
    expect(got.reconciliation.files[0]!.format === SPEND_NEGATIVE_SOURCE, `${file} read expense-negative`).toBe(spendNegative);
    expect(got.notes.some((n) => n.includes('spend is written as negative amounts')), `${file}: said on stderr`).toBe(spendNegative);
    const negate = NEGATED.has(file) !== spendNegative;
    const wantText = NET_OF_CREDITS.has(file) ? entry.extra_sums!['cost+credits (net)']! : entry.sum!;
    const want = negate ? neg(dec(wantText)) : dec(wantText);
    expect(compare(got.sum, want) === 0, `sum ${toExact(got.sum)} ${got.choice.currency} vs oracle ${toExact(want)}`).toBe(true);
    const wantMonths: Record<string, string> = NET_OF_CREDITS.has(file)
      ? Object.fromEntries(Object.keys(entry.monthly ?? {}).map((m) => [m, wantText]))
      : entry.monthly ?? (monthFromName(file) !== undefined ? { [monthFromName(file)!]: entry.sum! } : {});
    const months = Object.fromEntries([...got.monthly].map(([m, v]) => [m, v]));
    expect(Object.keys(months).sort(), 'months').toEqual(Object.keys(wantMonths).sort());
    for (const [m, v] of Object.entries(wantMonths)) {
      const w = negate ? neg(dec(v)) : dec(v);
      expect(compare(months[m]!, w) === 0, `${m}: ${toExact(months[m]!)} vs oracle ${toExact(w)}`).toBe(true);
    }
  });
});
