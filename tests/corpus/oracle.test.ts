/**
 * Every corpus file with an amount column, read through techspend's real pipeline, must match the
 * independent oracle (../shared/corpus/expected.json) to the last digit: rows, total, per-month.
 * Amounts are compared as exact decimals. Where the oracle's sign differs from techspend's
 * (expense positive), the case says so: debit/credit columns are summed by the oracle as
 * credit − debit, and Mint-style files negate debits.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WrittenSource } from '../../src/config/schema.js';
import { compare, type Decimal, neg, parseDecimal, toExact } from '../../src/money/decimal.js';
import { CORPUS, HAS_CORPUS, scanCorpusFile } from './harness.js';

interface OracleEntry {
  data_rows: number;
  rows_with_amount?: number;
  amount: string | null;
  sum: string | null;
  monthly?: Record<string, string>;
  excluded_records?: Record<string, number>;
  extra_sums?: Record<string, string>;
}

interface Case {
  /** a sources entry (without `files`) needed to read the file as the oracle does */
  source?: Omit<WrittenSource, 'files'>;
  /** the oracle's sum is the negation of techspend's expense-positive amount */
  negate?: boolean;
  /** rows read but rejected on purpose, with their reason (pending rows without an amount, undated bill lines) */
  rejected?: { count: number; reason: string };
  /** the oracle's total is over rejected rows (kept in the reconciliation), not over used ones */
  sumOfRejected?: boolean;
  /** techspend's total is this one of the oracle's `extra_sums` (every row in one month), not its `sum` */
  extraSum?: string;
}

const CASES: Record<string, Case> = {
  // headerless hledger examples: date %1 (day/year/month!), description %2, in %3, out %4
  'hledger/examples/csv/sample.csv': { source: { header: false, columns: { date: '1', description: '2', credit: '3', debit: '4' }, dateFormat: 'dd/yyyy/MM' }, negate: true },
  'hledger/examples/csv/sample.ssv': { source: { header: false, columns: { date: '1', description: '2', credit: '3', debit: '4' }, dateFormat: 'dd/yyyy/MM' }, negate: true },
  'hledger/examples/csv/sample.tsv': { source: { header: false, columns: { date: '1', description: '2', credit: '3', debit: '4' }, dateFormat: 'dd/yyyy/MM' }, negate: true },
  'hledger/hledger/test/data/t.iso8859-1.csv': { source: { header: false, encoding: 'iso-8859-1', columns: { date: '1', description: '2', amount: '3' } } },
  'hledger/hledger/test/import/a.csv': { source: { header: false, columns: { date: '1', amount: '2' }, decimalMark: ',' } },
  'hledger/hledger/test/import/match.csv': { source: { header: false, columns: { date: '2', vendor: '4', account: '5', amount: '6' } } },
  'csv2ofx/test/mint_headerless.csv': { source: { header: false, columns: { date: '1', vendor: '2', description: '3', amount: '4', direction: '5', account: '7' } }, negate: true },
  // GnuCash bill import: no line total (quantity × price) and every date field empty: the lines
  // cannot be placed in a period, so they are rejected with their amount kept for reconciliation
  'gnucash/invoice.csv': {
    source: { header: false, columns: { date: '6', vendor: '3', description: '7', account: '9', quantity: '10', unitPrice: '11' } },
    rejected: { count: 12, reason: 'no date' },
    sumOfRejected: true,
  },
  // every monefy date is 06/12/2021: month-first and day-first both fit, and detection picks
  // month-first (and says so); hledger's rules declare %d/%m/%Y, so the explicit format decides
  'hledger/examples/csv/apps/monefy.csv': { source: { dateFormat: 'dd/MM/yyyy' } },
  // koku's Azure v2 sample writes BillingCurrencyCode "MC", not an ISO code: a fixed currency decides
  'azure/koku/azure_version_2.csv': { source: { currency: 'USD' } },
  // GCP's cost is gross: the credits column is netted, as the invoice does (issue 19)
  'gcp/koku/2022-08-01_5.csv': { extraSum: 'cost+credits (net)' },
  'gcp/koku/202011_30c31bca571d9b7f3b2c8459dd8bc34a_2020-11-08_2020-11-11.csv': { extraSum: 'cost+credits (net)' },
  // inflow-positive oracle over debit/credit columns or debit/credit indicators
  'hledger/examples/csv/apps/ynab4-rtl.csv': { negate: true },
  'csv2ofx/test/capitalone.csv': { negate: true },
  'csv2ofx/test/payoneer.csv': { negate: true },
  'csv2ofx/test/schwab-checking.csv': { negate: true },
  'csv2ofx/test/ubs-ch-fr_trimmed.csv': { negate: true },
  'csv2ofx/test/mint.csv': { negate: true },
  'csv2ofx/test/mint_extra.csv': { negate: true },
  'csv2ofx/pr-branches/sumup.csv': { negate: true },
  'csv2ofx/pr-branches/dbs.csv': { negate: true },
  'beancount-import/mint.csv': { negate: true },
  // pending and cancelled Amazon orders have no total: read, and rejected as "no amount"
  'csv2ofx/test/amazon.csv': { rejected: { count: 3, reason: 'no amount' } },
  // Coinbase fee rows have an empty Amount
  'hledger/examples/csv/ccexchanges/coinbase2.csv': { rejected: { count: 3, reason: 'no amount' } },
};

const expected: Record<string, OracleEntry> = HAS_CORPUS ? (JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as { files: Record<string, OracleEntry> }).files : {};
const withAmount = Object.entries(expected).filter(([, e]) => e.amount !== null && e.sum !== null);

function dec(text: string): Decimal {
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`oracle value is not a decimal: ${text}`);
  return d;
}

function same(actual: Decimal, expectedText: string, negate: boolean): boolean {
  const want = negate ? neg(dec(expectedText)) : dec(expectedText);
  return compare(actual, want) === 0;
}

describe.skipIf(!HAS_CORPUS)('corpus: techspend reads every file as the oracle does', () => {
  it('covers every oracle file with an amount', () => {
    expect(withAmount.length).toBeGreaterThanOrEqual(88);
  });
  it.each(withAmount.map(([file]) => file))('%s', async (file) => {
    const entry = expected[file]!;
    const c = CASES[file] ?? {};
    const got = await scanCorpusFile(file, c.source ? [c.source] : undefined);
    const rejectedCount = c.rejected?.count ?? 0;
    const problems = got.rejections.filter((r) => r.reason !== c.rejected?.reason).map((r) => `${r.line}: ${r.reason} ${r.column ?? ''} ${r.text ?? ''}`);
    expect(problems, 'unexpected rejections').toEqual([]);
    expect(got.reconciliation.rowsRejected).toBe(rejectedCount);
    const excludedNoAmount = Object.entries(entry.excluded_records ?? {})
      .filter(([k]) => !k.includes('header'))
      .reduce((n, [, v]) => n + v, 0);
    // every data row is read: used, or rejected for the stated reason
    expect(got.summary.rows).toBe(entry.data_rows + excludedNoAmount);
    if (c.sumOfRejected) {
      const total = [...got.reconciliation.rejectedAmounts.values()][0];
      expect(total && same(total, entry.sum!, false), `rejected total ${total && toExact(total)} vs oracle ${entry.sum}`).toBe(true);
      return;
    }
    expect(got.used).toBe(entry.rows_with_amount ?? entry.data_rows);
    const sum = c.extraSum !== undefined ? entry.extra_sums?.[c.extraSum] : entry.sum!;
    expect(sum, `oracle extra sum ${c.extraSum}`).toBeDefined();
    expect(same(got.sum, sum!, c.negate ?? false), `sum ${toExact(got.sum)} vs oracle ${sum}${c.negate ? ' (negated)' : ''}`).toBe(true);
    const months = Object.fromEntries([...got.monthly].map(([m, v]) => [m, toExact(c.negate ? neg(v) : v)]));
    // an extra sum is the file's one month
    const wantMonths = c.extraSum !== undefined ? Object.fromEntries(Object.keys(entry.monthly ?? {}).map((m) => [m, sum!])) : (entry.monthly ?? {});
    if (c.extraSum !== undefined) expect(Object.keys(wantMonths)).toHaveLength(1);
    expect(Object.keys(months).sort(), 'months').toEqual(Object.keys(wantMonths).sort());
    for (const [m, v] of Object.entries(wantMonths)) expect(same(dec(months[m]!), v, false), `${m}: ${months[m]} vs oracle ${v}`).toBe(true);
  });
});
