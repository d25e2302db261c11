/**
 * Real export layouts not in ../shared/, read with no config (the built-in default config and the
 * currency the probe chooses, as `techspend report FILE` runs with no techspend.yaml). Each
 * fixture in tests/fixtures/unseen/ copies a published header (source below) over rows invented
 * for the test; the totals were worked out independently of techspend (Python's Decimal over the
 * generated rows), never copied from its output.
 *
 * The sign: card and bank exports that write spend as a negative number (Chase, Mercury, Wise,
 * Revolut, Monzo, Starling) are read expense-negative with no config, as `init` drafts them
 * (ingest/spend-sign.ts): their spend totals positive, a refund (Chase's 1Password returns,
 * Monzo's money in) is a credit. Their totals are the negated sums of the file's amounts.
 */
import { resolve } from 'node:path';
import { expectReadsAs, readNoConfig as readFromDir, type UnseenCase } from './read-no-config.js';
import { describe, expect, it } from 'vitest';
import { headerWords } from '../../src/ingest/header-words.js';
import { canonicalWords } from '../../src/ingest/header-synonyms.js';
import { profileColumn } from '../../src/ingest/column-profile.js';

const DIR = resolve(import.meta.dirname, '../fixtures/unseen');

const readNoConfig = (name: string) => readFromDir(DIR, name);

const CASES: UnseenCase[] = [
  {
    file: 'chase-card.csv',
    source: 'Chase card activity download (beanhub-import benchmark header; romaninozemtsev/finny columns.js)',
    rows: 30,
    // no counterparty column: the repeating Description is the merchant, read as vendor and description
    mapping: { date: 'Transaction Date', amount: 'Amount', vendor: 'Description', description: 'Description', account: 'Category' },
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '11300.08',
    months: { '2026-01': '4729.44', '2026-02': '2255.13', '2026-03': '4315.51' },
  },
  {
    file: 'amex-us.csv',
    source: 'American Express US CSV with details (jbmilgrom/budget-interpreter src/amex/index.ts)',
    rows: 24,
    // Account # is the card, Category the expense type
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Description', description: 'Description', account: 'Category', reference: 'Reference' },
    total: '5202.88',
    months: { '2026-04': '2729.91', '2026-05': '2472.97' },
  },
  {
    file: 'amex-uk.csv',
    source: 'American Express UK download (charlesponti/cli-budgeteer AmexSummary.ts)',
    rows: 22,
    // Doing Business As is the merchant's trading name
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Doing Business As', description: 'Description', account: 'Category' },
    total: '3414.98',
    months: { '2026-05': '1258.7', '2026-06': '2156.28' },
  },
  {
    file: 'td-card.csv',
    source: 'TD credit card export (nicholasceliano/GnuCashImporter TDCreditCardRecord.ts)',
    rows: 28,
    // an unsigned Billing Amount whose Debit/Credit Flag (D/C) says which way it went
    mapping: { date: 'Transaction Date', amount: 'Billing Amount', vendor: 'Merchant', direction: 'Debit/Credit Flag', reference: 'Reference Number' },
    unmapped: ['debit', 'credit'],
    total: '5060.08',
    months: { '2026-02': '2968.32', '2026-03': '2091.76' },
  },
  {
    file: 'citi-card.csv',
    source: 'Citi card export (beanhub-import benchmark CITI_CSV_HEADER)',
    rows: 24,
    // Citi writes credits negative in the Credit column: its size offsets spend, never adds to it
    // Member Name is the cardholder: the merchant is the Description
    mapping: { date: 'Date', debit: 'Debit', credit: 'Credit', vendor: 'Description', description: 'Description' },
    total: '7079.55',
    months: { '2026-11': '4344.08', '2026-12': '2735.47' },
  },
  {
    file: 'mercury.csv',
    source: 'Mercury bank export (beanhub-import MERCURY_CSV_HEADER)',
    rows: 26,
    // Name On Card is the cardholder (the merchant is the Description), Original Currency not the currency of Amount
    mapping: { amount: 'Amount', vendor: 'Description', description: 'Description', account: 'Category' },
    unmapped: ['currency'],
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '19042.35',
    months: { '2026-07': '7082.33', '2026-08': '7998.15', '2026-09': '3961.87' },
  },
  {
    file: 'wise.csv',
    source: 'Wise (TransferWise) statement (ledger_cli test data)',
    rows: 24,
    // Payee Account Number is a bank account, not a ledger account
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Merchant', description: 'Description', currency: 'Currency' },
    unmapped: ['account'],
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '4784.46',
    months: { '2026-01': '2369.55', '2026-02': '2414.91' },
  },
  {
    file: 'revolut-business.csv',
    source: 'Revolut Business statement (several importers, e.g. card_audit test REVOLUT_HEADER)',
    rows: 22,
    // Date started over Date completed (both UTC): the transaction's date, as Transaction Date over Post Date
    mapping: { date: 'Date started (UTC)', amount: 'Amount', vendor: 'Beneficiary name', description: 'Description', currency: 'Payment currency' },
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '10119.96',
    months: { '2026-03': '5129.74', '2026-04': '4990.22' },
  },
  {
    file: 'expensify.csv',
    source: 'New Expensify download (Expensify/App docs Export-expenses.md)',
    rows: 24,
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Merchant', description: 'Description', account: 'Category', currency: 'Currency' },
    total: '5474.25',
    months: { '2026-08': '3090.41', '2026-09': '2383.84' },
  },
  {
    file: 'quickbooks-general-ledger.csv',
    source: 'QuickBooks Online General Ledger report (leading blank column, account sections, Total for rows)',
    rows: 32,
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Name', description: 'Memo/Description' },
    total: '18526.17',
    months: { '2026-01': '6171.33', '2026-02': '8694.69', '2026-03': '3660.15' },
  },
  {
    file: 'derbyshire-over-500.csv',
    source: 'Derbyshire County Council spending over £500 (derbyshire.gov.uk column guide)',
    rows: 30,
    // "Expenses type": a plural head word
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Supplier name', account: 'Expenses type', department: 'Service area categorisation', reference: 'Transaction number' },
    total: '400388.93',
    months: { '2026-04': '238847.97', '2026-05': '161540.96' },
  },
  {
    file: 'durham-over-500.csv',
    source: 'Durham County Council payments over £500 (durham.gov.uk column guide)',
    rows: 26,
    // "Amount Exc VAT": the net amount, by its header (was found by content alone)
    mapping: { date: 'Payment date', amount: 'Amount Exc VAT', vendor: 'Supplier name', account: 'Expense type', reference: 'Transaction number' },
    total: '611742.32',
    months: { '2026-06': '321889.87', '2026-07': '289852.45' },
  },
  {
    file: 'cannock-chase-over-500.csv',
    source: 'Cannock Chase DC invoices over £500 (cannockchasedc.gov.uk field list)',
    rows: 24,
    // Inc VAT beside Exc VAT: the gross amount, as gross is preferred over net elsewhere (the net sum is 129286.97)
    mapping: { date: 'Date', amount: 'SumOfAmount_Inc_VAT', vendor: 'Supplier_Name', description: 'Narrative', reference: 'Transaction_Number' },
    total: '148811.65',
    months: { '2026-09': '74423.04', '2026-10': '74388.61' },
  },
  {
    file: 'eden-over-500.csv',
    source: 'Eden DC council spending over £500 (eden.gov.uk published columns)',
    rows: 24,
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Supplier', description: 'Extended Description', account: 'Expense Type', department: 'Expense Area', reference: 'Transaction Number' },
    total: '178661.81',
    months: { '2026-01': '86206.19', '2026-02': '92455.62' },
  },
  {
    file: 'illinois-vendor-payments.csv',
    source: 'Illinois vendor payments, data.illinois.gov (talos/docker4data schema.sql)',
    rows: 30,
    // chk_date (a check date) over inv_date (an invoice date); vendor is a code, name the vendor
    mapping: { date: 'chk_date', amount: 'amount', vendor: 'name', description: 'desc', reference: 'check_no' },
    total: '900727.08',
    months: { '2026-10': '344502.11', '2026-11': '284131.02', '2026-12': '272093.95' },
  },
  {
    file: 'gcp-cost-table.csv',
    source: 'Google Cloud console cost table download (Navid200/xDrip docs CostTable.md)',
    rows: 25,
    // Usage start date over Usage end date; Usage amount is a quantity; Project name is not a vendor
    mapping: { date: 'Usage start date', amount: 'Cost ($)', description: 'SKU description' },
    unmapped: ['vendor'],
    total: '8651.19',
    months: { '2026-05': '3916.82', '2026-06': '4734.37' },
  },
  {
    file: 'azure-cost-data.csv',
    source: 'Azure cost data dated UsageDate (a cost-ingest test fixture found by its header)',
    rows: 24,
    mapping: { date: 'UsageDate', amount: 'CostInBillingCurrency', currency: 'BillingCurrencyCode', vendor: 'Microsoft Azure' },
    total: '4529.93',
    months: { '2026-01': '2370.41', '2026-02': '2159.52' },
  },
  {
    file: 'oncourse-account-transactions.csv',
    source: 'onCourse account transaction export (NadineJoNIDA/oncourse-scripts accountTransactionCsvExport.groovy)',
    rows: 24,
    mapping: { date: 'Transaction date', amount: 'Amount', vendor: 'Contact name', account: 'Account description', reference: 'Invoice number' },
    total: '35286.95',
    months: { '2026-03': '21728.62', '2026-04': '13558.33' },
  },
  {
    file: 'gl-entered-effective.csv',
    source: 'GL transaction listing (dallin-r-parker/beagle-assessment types.tsx)',
    rows: 24,
    // the effective (accounting) date over the date the entry was keyed in
    mapping: { date: 'effective_date', debit: 'debit', credit: 'credit', description: 'memo', account: 'account_description' },
    total: '16673.32',
    months: { '2026-06': '7686.36', '2026-07': '8986.96' },
  },
  {
    file: 'monzo.csv',
    source: 'Monzo export (several importers, e.g. a Monzo importer test HEADER)',
    rows: 24,
    // a signed Amount beside Money Out / Money In: the amount, never both
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Name', description: 'Description', account: 'Category', currency: 'Currency' },
    unmapped: ['debit', 'credit'],
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '981.54',
    months: { '2026-08': '524.2', '2026-09': '457.34' },
  },
  {
    file: 'starling.csv',
    source: 'Starling statement CSV (a Starling SDK test: getStatementForPeriod text/csv)',
    rows: 24,
    // "Counter Party" in two words is the counterparty
    mapping: { date: 'Date', amount: 'Amount (GBP)', vendor: 'Counter Party', account: 'Spending Category' },
    // read expense-negative: the negated sum of the amounts
    spendNegative: true,
    total: '6265.66',
    months: { '2026-10': '3592.62', '2026-11': '2673.04' },
  },
  {
    file: 'discover-card.csv',
    source: 'Discover card export (an importer comment listing USAA, Discover and Apple Card headers)',
    rows: 22,
    // "Trans. Date" is the transaction date (not a system prefix "Trans." before "Date"), over Post Date
    mapping: { date: 'Trans. Date', amount: 'Amount', vendor: 'Description', description: 'Description', account: 'Category' },
    total: '3172.14',
    months: { '2026-04': '1476.29', '2026-05': '1695.85' },
  },
  {
    file: 'apple-card.csv',
    source: 'Apple Card export (same importer comment)',
    rows: 24,
    // a clearing date is a payment date, preferred as in payment registers; Purchased By is no vendor
    mapping: { date: 'Clearing Date', amount: 'Amount (USD)', vendor: 'Merchant', description: 'Description', account: 'Category' },
    total: '1646.59',
    months: { '2026-02': '828.86', '2026-03': '817.73' },
  },
  {
    file: 'east-cambs-over-500.csv',
    source: 'East Cambridgeshire DC expenditure over £500, Agresso (eastcambs.gov.uk metadata)',
    rows: 24,
    // Net amount, never Irrecoverable VAT; the long department header is the department, not the account
    mapping: { date: 'Transaction date', amount: 'Net amount', vendor: 'Supplier (beneficiary)', description: 'Purpose of expenditure (narrative)', account: 'Procurement category', department: 'Department or service where expenditure occurred' },
    total: '179100.53',
    months: { '2026-07': '77802.41', '2026-08': '101298.12' },
  },
  {
    file: 'positive-pay-checks.csv',
    source: 'AP positive-pay check file (an ERP check-run export listing the Santander positive-pay and StandardCSV headers)',
    rows: 24,
    // Account Number is the one bank account the checks are drawn on: no ledger account
    mapping: { date: 'Issue Date', amount: 'Amount', vendor: 'Payee Name', reference: 'Check Number' },
    unmapped: ['account'],
    total: '292129.6',
    months: { '2026-03': '160392.05', '2026-04': '131737.55' },
  },
  {
    file: 'check-register.csv',
    source: 'AP check register, StandardCSV (same ERP export)',
    rows: 21,
    mapping: { date: 'Check Date', amount: 'Check Amount Paid', vendor: 'Vendor Name', reference: 'Check Number' },
    total: '281760.47',
    months: { '2026-05': '86897.83', '2026-06': '94554.65', '2026-07': '100307.99' },
  },
  {
    file: 'dfe-over-25k.csv',
    source: 'UK central government spend over £25,000, Department for Education (public DfE CSV header quoted in importer tests)',
    rows: 24,
    // Department Family is one value throughout: Expense Area tells the lines apart
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Supplier', description: 'Description', account: 'Expense Type', department: 'Expense Area', reference: 'Transaction Number' },
    total: '17081599.93',
    months: { '2026-03': '7267516.57', '2026-04': '9814083.36' },
  },
];

describe('header words as recognition reads them', () => {
  it('abbreviations are spelled out, a word split in two is joined, plurals are singular; a spaced abbreviation is no system prefix', () => {
    const known = new Set(['transaction', 'date', 'check', 'invoice', 'counterparty', 'expense', 'type', 'details', 'amount', 'excl', 'vat']);
    expect(canonicalWords(headerWords('Trans. Date'), known)).toEqual(['transaction', 'date']);
    expect(canonicalWords(headerWords('chk_date'), known)).toEqual(['check', 'date']);
    expect(canonicalWords(headerWords('inv_date'), known)).toEqual(['invoice', 'date']);
    expect(canonicalWords(headerWords('Counter Party'), known)).toEqual(['counterparty']);
    expect(canonicalWords(headerWords('Expenses type'), known)).toEqual(['expense', 'type']);
    expect(canonicalWords(headerWords('Details'), known)).toEqual(['details']);
    expect(canonicalWords(headerWords('Amount Exc VAT'), known)).toEqual(['amount', 'excl', 'vat']);
    expect(canonicalWords(headerWords('Doing Business As'), known)).toEqual(['dba']);
    expect(headerWords('FIN.TRANSACTION DATE')).toEqual(['transaction', 'date']);
  });
});

describe('unseen export layouts, read with no config', () => {
  it.each(CASES.map((c) => [c.file, c]))('%s', (_, c) => expectReadsAs(DIR, c));

  it('the QuickBooks ledger: its account headings are rejected as rows with no amount (named, counted), its Total for rows skipped as totals', async () => {
    const r = await readNoConfig('quickbooks-general-ledger.csv');
    expect(r.rec.rowsUsed).toBe(24);
    expect(r.rec.rejections.map((x) => [x.line, x.reason])).toEqual([
      [6, 'no amount'],
      [16, 'no amount'],
      [26, 'no amount'],
      [39, 'no amount'],
    ]);
    expect(r.rec.summaryRows.map((s) => s.label)).toEqual(['Total for 6100 Software Subscriptions', 'Total for 6200 Telephone & Internet', 'Total for 6300 Computer Equipment', 'TOTAL']);
  });
});

describe('column contents', () => {
  it('letters glued to a whole number are an id, never an amount by content (Cannock Chase listed Transaction_Number P70000 as an amount candidate)', () => {
    expect(profileColumn(['P70000', 'P70001', 'INV3000', 'W10000'], false).numbers).toBe(0);
    expect(profileColumn(['1,234.50', '$12.00', 'USD 50', '-3'], false).numbers).toBe(4);
  });
});
