/**
 * `validate` names the detected format of every corpus file: expense exports by their shape,
 * other CSVs (csv-spectrum, mapping tables, crypto-tax files) as "not recognized", without
 * stopping at them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanInputs } from '../../src/io/scan.js';
import { CORPUS, corpusConfig, HAS_CORPUS } from './harness.js';

const EXPECTED: Record<string, string> = {
  'aws/focus_converters/sample-anonymous-aws-export-dataset.csv': 'AWS Cost and Usage Report (legacy)',
  'aws/koku/2022-07-01-alt-columns.csv': 'AWS Cost and Usage Report (snake_case)',
  'aws/koku/2023-06-01.csv': 'AWS Cost and Usage Report (legacy)',
  'aws/koku/empty_frame.csv': 'AWS Cost and Usage Report (legacy)',
  'aws/koku/test_cur.csv': 'AWS Cost and Usage Report (legacy)',
  'azure/finops-toolkit/EA_ActualCost_Small.csv': 'Azure cost export (EA legacy layout)',
  'azure/finops-toolkit/EA_AmortizedCost_Small.csv': 'Azure cost export (EA legacy layout)',
  'azure/finops-toolkit/EA_NoRows.csv': 'Azure cost export (EA legacy layout)',
  'azure/focus_converters/sample-anonymous-ea-export-dataset.csv': 'Azure cost export (EA/MCA current layout)',
  'azure/koku/azure_camelCased.csv': 'Azure cost export (legacy usage details, camelCase)',
  'azure/koku/azure_version_2.csv': 'Azure cost export (EA/MCA current layout)',
  'azure/koku/camel_azure_version_2.csv': 'Azure cost export (EA/MCA current layout, camelCase)',
  'azure/koku/costreport_a243c6f2-199f-4074-9a2c-40e671cf1584.csv': 'Azure cost export (legacy usage details)',
  'azure/koku/empty_frame.csv': 'Azure cost export (legacy usage details)',
  'beancount-import/bank.csv': 'generic CSV',
  'beancount-import/creditcard.csv': 'generic CSV',
  'beancount-import/mint.csv': 'Mint transactions export',
  'beancount-import/venmo_transactions.csv': 'Venmo statement',
  'csv2ofx/pr-branches/c24.csv': 'C24 Bank export',
  'csv2ofx/pr-branches/dbs.csv': 'DBS bank statement',
  'csv2ofx/pr-branches/sparkasse.csv': 'Sparkasse CSV-MT940 export',
  'csv2ofx/pr-branches/sumup.csv': 'SumUp account export',
  'csv2ofx/test/amazon.csv': 'Amazon order history',
  'csv2ofx/test/capitalone.csv': 'Capital One card export',
  'csv2ofx/test/creditunion.csv': 'generic CSV',
  'csv2ofx/test/default.csv': 'generic CSV',
  'csv2ofx/test/gls.csv': 'GLS Bank export',
  'csv2ofx/test/ingesp.csv': 'ING España export',
  'csv2ofx/test/mint.csv': 'Mint transactions export',
  'csv2ofx/test/mint_extra.csv': 'Mint transactions export',
  'csv2ofx/test/mint_headerless.csv': 'headerless CSV',
  'csv2ofx/test/n26-fr.csv': 'N26 bank export',
  'csv2ofx/test/outbank.csv': 'Outbank export',
  'csv2ofx/test/payoneer.csv': 'Payoneer transactions',
  'csv2ofx/test/pcmastercard.csv': 'PC Financial Mastercard export',
  'csv2ofx/test/schwab-checking.csv': 'Charles Schwab bank export',
  'csv2ofx/test/stripe-all.csv': 'Stripe payments export',
  'csv2ofx/test/stripe-default.csv': 'Stripe payments export',
  'csv2ofx/test/ubs-ch-fr_trimmed.csv': 'UBS account export',
  'csv2ofx/test/xero.csv': 'Xero journal export (general ledger)',
  'focus-sample-data/focus_sample_1.0.csv': 'FinOps FOCUS 1.0',
  'gcp/koku/202011_30c31bca571d9b7f3b2c8459dd8bc34a_2020-11-08_2020-11-11.csv': 'Google Cloud billing export',
  'gcp/koku/2022-08-01_5.csv': 'Google Cloud billing export',
  'gnucash/invoice.csv': 'not recognized',
  'hledger/examples/csv/apps/monefy.csv': 'Monefy export',
  'hledger/examples/csv/apps/ynab4-rtl.csv': 'YNAB 4 register',
  'hledger/examples/csv/banking/csb43.csv': 'CSB43 bank statement (csb2format)',
  'hledger/examples/csv/ccexchanges/coinbase2.csv': 'Coinbase transactions',
  'hledger/examples/csv/cctax/bittytax/_BittyTax-example.csv': 'not recognized',
  'hledger/examples/csv/cctax/rotki/_rotki_generic_events.csv': 'generic CSV',
  'hledger/examples/csv/cctax/rotki/_rotki_generic_trades.csv': 'not recognized',
  'hledger/examples/csv/other/paypal-custom.csv': 'PayPal activity download',
  'hledger/examples/csv/other/stripe.csv': 'Stripe balance history',
  'hledger/examples/csv/sample.csv': 'not recognized',
  'hledger/examples/csv/sample.ssv': 'not recognized',
  'hledger/examples/csv/sample.tsv': 'not recognized',
  'hledger/examples/sample.csv': 'generic CSV',
  'hledger/examples/sample.fr.cp1252.csv': 'generic CSV',
  'hledger/examples/sample.fr.iso88591.csv': 'generic CSV',
  'hledger/examples/sample.fr.utf8.csv': 'generic CSV',
  'hledger/examples/sample.journal.csv': 'hledger print CSV (one row per posting)',
  'hledger/hledger/test/data/t.iso8859-1.csv': 'headerless CSV',
  'hledger/hledger/test/import/a.csv': 'headerless CSV',
  'hledger/hledger/test/import/match.csv': 'headerless CSV',
  'oci/focus_converters/reports_cost-csv_0000000030000269.csv': 'Oracle Cloud (OCI) cost report',
};

function walk(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : /\.(csv|tsv|ssv)$/.test(p) ? [p] : [];
    });
}

describe.skipIf(!HAS_CORPUS)('corpus: detected format of every file', () => {
  const files = HAS_CORPUS ? walk(CORPUS).map((f) => relative(CORPUS, f)) : [];
  it('sees every corpus CSV', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });
  it.each(files)('%s', async (file) => {
    const { reconciliation } = await scanInputs([join(CORPUS, file)], corpusConfig(undefined, file), { line: () => {} }, { unrecognized: 'report' });
    const summary = reconciliation.files[0]!;
    const want = EXPECTED[file] ?? (/^(csv-spectrum|reference)\//.test(file) ? 'not recognized' : file.startsWith('focus-spec/') ? /^FinOps FOCUS 1\.[0-3]$/ : undefined);
    if (want instanceof RegExp) expect(summary.format).toMatch(want);
    else expect(summary.format).toBe(want);
    if (summary.format !== 'not recognized') expect(summary.mapping).toMatch(/date ← .*amount/);
  });
});
