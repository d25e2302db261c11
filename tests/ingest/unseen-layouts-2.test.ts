/**
 * A second round of real export layouts nobody here had seen, read with no config (as
 * `techspend report FILE` runs with no techspend.yaml): spend-management and card tools, AP and
 * ERP exports, public contract and spending registers, a `;`-and-decimal-comma card file and a
 * cloud data export. The method is the first round's (unseen-layouts.test.ts): each fixture in
 * tests/fixtures/unseen2/ copies a PUBLISHED header (source per case) over rows invented for the
 * test; the totals were worked out independently of techspend, with Python's Decimal over the
 * intended date and amount of each generated row, never copied from techspend's output.
 */
import { resolve } from 'node:path';
import { expectReadsAs, type UnseenCase } from './read-no-config.js';
import { describe, expect, it } from 'vitest';
import { headerWords } from '../../src/ingest/header-words.js';
import { canonicalWords } from '../../src/ingest/header-synonyms.js';
import { recognizeColumns, RECOGNITION_ORDER } from '../../src/ingest/recognize.js';
import { findPreset } from '../../src/ingest/layout.js';

const DIR = resolve(import.meta.dirname, '../fixtures/unseen2');


const CASES: UnseenCase[] = [
  {
    file: 'brex-cash.csv',
    source: 'Brex cash account export (a bank-reconciliation app\'s Brex parser: "Date, To/From, Amount, Balance, Status, Account Number Last Four")',
    rows: 22,
    // To/From is the counterparty; the last four digits are the bank account's, no ledger account
    mapping: { date: 'Date', amount: 'Amount', vendor: 'To/From' },
    unmapped: ['account'],
    spendNegative: true,
    total: '39149.98',
    months: { '2026-03': '18398.37', '2026-04': '20751.61' },
  },
  {
    file: 'cardlay-expenses.csv',
    source: 'Cardlay expense export (Cardlay help centre: "What does the exported expenses file contain?", 22 columns)',
    rows: 24,
    // Amount and Currency are the booked DKK, never the Original amount/currency; Category (a name) over Expense account (a code)
    mapping: { date: 'Transaction date', amount: 'Amount', vendor: 'Merchant name', description: 'Comment', account: 'Category', department: 'Team name', currency: 'Currency', reference: 'Transaction ID' },
    total: '116886.63',
    months: { '2026-05': '62813.89', '2026-06': '54072.74' },
  },
  {
    file: 'coupa-ic-recon-payables.csv',
    source: 'Coupa Treasury IC Recon invoice export, payables (compass.coupa.com "IC Recon - Invoice Export - CSV Format")',
    rows: 24,
    // the booking (posting) date over the invoice and due dates; the creditor is an account number only: no vendor
    mapping: { date: 'Booking date', amount: 'Amount', currency: 'Currency', reference: 'Invoice number', description: 'Comment' },
    unmapped: ['vendor'],
    total: '331780.11',
    months: { '2026-07': '151328.9', '2026-08': '180451.21' },
  },
  {
    file: 'coupa-invoice-payments.csv',
    source: 'Coupa invoice payment flat file as an ERP writes it back to Coupa (a Protheus integration\'s header line)',
    rows: 24,
    // the check payment date over the paid-in-full date
    mapping: { date: 'Check Payment Date', amount: 'Check Amount Paid', vendor: 'Supplier Name', reference: 'Invoice Number' },
    total: '236815.8',
    months: { '2026-09': '89259.11', '2026-10': '147556.69' },
  },
  {
    file: 'aws-cur2-data-export.csv',
    source: 'AWS Data Exports, CUR 2.0 (a Terraform aws_bcmdataexports_export query_statement, column names from get-table COST_AND_USAGE_REPORT)',
    rows: 24,
    // credits net against usage, as the invoice does
    mapping: { date: 'line_item_usage_start_date', amount: 'line_item_unblended_cost', currency: 'line_item_currency_code', vendor: 'Amazon Web Services' },
    total: '10990.16',
    months: { '2026-01': '5888.19', '2026-02': '5101.97' },
  },
  {
    file: 'nm-campaign-expenditures.csv',
    source: 'New Mexico campaign finance expenditures (a public gist of NMID record examples)',
    rows: 24,
    // the expenditure's date over the date the report was filed; a business payee's name is in Payee Last Name
    mapping: { date: 'Expenditure Date', amount: 'Expenditure Amount', vendor: 'Payee Last Name', description: 'Description' },
    total: '35534.68',
    months: { '2026-02': '13900.9', '2026-03': '21633.78' },
  },
  {
    file: 'dc-procurement.csv',
    source: 'District of Columbia procurement contracts (a published dataset of contracts.ocp.dc.gov, its column list)',
    rows: 24,
    // the award date over the period start and end; amount over amount_text, base_amount and corrected_amount
    mapping: { date: 'award_date', amount: 'amount', vendor: 'vendor', department: 'agency' },
    total: '11177596.45',
    months: { '2026-03': '6779027.18', '2026-04': '4398569.27' },
  },
  {
    file: 'canada-proactive-contracts.csv',
    source: 'Government of Canada proactive disclosure, contracts over $10,000 (open.canada.ca CSV fieldnames, as an importer script lists them)',
    rows: 24,
    // the contract date over the delivery date; the contract value over the original and amendment values
    mapping: { date: 'contract_date', amount: 'contract_value', vendor: 'vendor_name', description: 'description_en', reference: 'reference_number' },
    total: '4459711.58',
    months: { '2026-04': '1998775.73', '2026-05': '2460935.85' },
  },
  {
    file: 'dkb-kreditkarte.csv',
    source: 'DKB credit card export, Germany (a bank-statement parser\'s "verified header": Kartennummer;Zeitraum;Belegdatum;…)',
    rows: 22,
    // ";" and decimal commas; the receipt date (Belegdatum) over the day it came in; the text names the merchant
    mapping: { date: 'Belegdatum', amount: 'Betrag', vendor: 'Text/Verwendungszweck', currency: 'Waehrung' },
    spendNegative: true,
    total: '9449.29',
    months: { '2026-06': '5506.86', '2026-07': '3942.43' },
  },
  {
    file: 'uncashed-checks.csv',
    source: 'Retirement-plan uncashed-checks download (a plan-administration app\'s CSV column heading constant)',
    rows: 21,
    // the check's issue date over its transaction date; the payee, not the participant
    mapping: { date: 'Check issue date', amount: 'Check amount ($)', vendor: 'Payee name', reference: 'Transaction number' },
    total: '99538.33',
    months: { '2026-08': '50621.84', '2026-09': '48916.49' },
  },
  {
    file: 'xero-account-transactions.csv',
    source: 'Xero Account Transactions report (an importer\'s documented layout: title lines, account headings, Total rows, Gross and Tax)',
    rows: 28,
    // Gross (with tax), as a gross amount is preferred over a net one elsewhere; the debit/credit pair is then not read
    mapping: { date: 'Date', amount: 'Gross', description: 'Description', reference: 'Reference' },
    unmapped: ['debit', 'credit'],
    total: '35851.9',
    months: { '2026-04': '15482.69', '2026-05': '20369.21' },
  },
  {
    file: 'd365-vendor-transactions.csv',
    source: 'Dynamics 365 Finance vendor transactions page (learn.microsoft.com cash-discount walkthrough table)',
    rows: 22,
    // a vendor's invoices are credits (what is owed), a credit note a debit: the spend is credit − debit
    mapping: { date: 'Date', debit: 'Amount in transaction currency debit', credit: 'Amount in transaction currency credit', currency: 'Currency' },
    spendNegative: true,
    total: '116970.61',
    months: { '2026-10': '33311.31', '2026-11': '83659.3' },
  },
  {
    file: 'netsuite-transaction-search.csv',
    source: 'NetSuite transaction saved search (a test quoting "byte-for-byte the one NetSuite produced": three Internal ID columns)',
    rows: 24,
    // Amount (gross) over Amount (Net of Tax), blank on untaxed lines; never the tax total
    mapping: { date: 'Date', amount: 'Amount', vendor: 'Name', description: 'Memo', reference: 'Document Number' },
    total: '111646.93',
    months: { '2026-01': '57942.87', '2026-02': '53704.06' },
  },
  {
    file: 'philadelphia-contracts.csv',
    source: 'City of Philadelphia commodities contracts (CityOfPhiladelphia/contracts FY2015Q2.csv)',
    rows: 24,
    // YYYYMMDD dates; the contract amount by its start date (Total_Transactions is the quarter's spend against it)
    mapping: { date: 'Start_Date', amount: 'Contract_Amount', vendor: 'Vendor_Name', department: 'Department_Name', description: 'Contract_Description' },
    total: '11725192.99',
    months: { '2026-09': '5410198.74', '2026-10': '6314994.25' },
  },
  {
    file: 'azure-ea-detail.csv',
    source: 'Azure EA enrollment detail usage report (an EA billing client\'s AzureDetailReport field order; Microsoft\'s usage-detail CSV column table)',
    rows: 24,
    // ExtendedCost is the EA detail report's cost: the Azure export, its lines Microsoft Azure (cloud)
    mapping: { date: 'Date', amount: 'ExtendedCost', vendor: 'Microsoft Azure', costCenter: 'CostCenter' },
    total: '41786.91',
    months: { '2026-03': '22428.48', '2026-04': '19358.43' },
  },
  {
    file: 'austender-contracts.csv',
    source: 'AusTender contract notice export, Australian Government (a procurement-analysis project\'s column list of the AusTender exports)',
    rows: 24,
    // the publish date over the contract period; day-first dates
    mapping: { date: 'Publish Date', amount: 'Value', vendor: 'Supplier Name', description: 'Description', account: 'Category', department: 'Agency' },
    total: '10843055',
    months: { '2026-07': '5923176.53', '2026-08': '4919878.47' },
  },
  {
    file: 'at-booking-journal.csv',
    source: 'An Austrian accounting app\'s booking-journal CSV export (its documented header and example line)',
    rows: 22,
    // ";" and "1.200,00"; the posting date (Buchungsdatum) over the document date
    mapping: { date: 'Buchungsdatum', amount: 'Betrag', currency: 'Währung' },
    total: '74560.32',
    months: { '2026-01': '37849.54', '2026-02': '36710.78' },
  },
];

describe('unseen export layouts, second round, read with no config', () => {
  it.each(CASES.map((c) => [c.file, c]))('%s', (_, c) => expectReadsAs(DIR, c));
});

describe('the general rules the second round needed', () => {
  const recognize = (header: string[], rows: string[][]) => recognizeColumns(header, rows, { fields: RECOGNITION_ORDER, taken: new Set(), dayFirst: false });
  const dates = (n: number, month: string) => Array.from({ length: n }, (_, i) => `2026-${month}-${String(10 + i).padStart(2, '0')}`);

  it('a date something was filed, submitted, reported or delivered ranks below the date of the spending (was: an ambiguity, file not read)', () => {
    const spent = dates(4, '03');
    const filed = dates(4, '05');
    for (const [other, own] of [
      ['Filed Date', 'Expenditure Date'],
      ['delivery_date', 'contract_date'],
      ['Date Submitted', 'Expense Date'],
      ['Reported Date', 'Date'],
    ] as const) {
      const r = recognize([other, own, 'Amount'], spent.map((d, i) => [filed[i]!, d, '10.00']));
      expect(r.ambiguities, `${other} / ${own}`).toEqual([]);
      expect(r.columns.date, `${other} / ${own}`).toBe(1);
    }
  });

  it('an amendment, adjustment, change or remaining amount is not the amount when the amount itself is there (was: an ambiguity)', () => {
    for (const [other, own] of [
      ['amendment_value', 'contract_value'],
      ['Adjustment Amount', 'Invoice Amount'],
      ['Remaining Total', 'Total'],
    ] as const) {
      const r = recognize(['Date', other, own], [['2026-01-02', '5.00', '100.00'], ['2026-01-03', '0.00', '250.00']]);
      expect(r.ambiguities, `${other} / ${own}`).toEqual([]);
      expect(r.columns.amount, `${other} / ${own}`).toBe(2);
    }
  });

  it('a header naming both directions of a payment (To/From, Payee/Payer) is the counterparty', () => {
    for (const h of ['To/From', 'From / To', 'Payee/Payer', 'Sender/Recipient']) expect(canonicalWords(headerWords(h), new Set()), h).toEqual(['counterparty']);
    // the words alone, or one direction among others, are not
    expect(canonicalWords(headerWords('Date From'), new Set())).toEqual(['date', 'from']);
    const r = recognize(['Date', 'To/From', 'Amount'], [['2026-01-02', 'GitHub', '-10.00'], ['2026-01-03', 'Slack', '-20.00']]);
    expect(r.columns.vendor).toBe(1);
  });

  it("a bank's statement text in other languages (Buchungstext, Text/Verwendungszweck, Libellé) is the merchant when no column names one and its values repeat", () => {
    const rows = ['GITHUB', 'SLACK', 'GITHUB', 'ZOOM', 'SLACK', 'GITHUB'].map((m, i) => [`2026-01-0${i + 1}`, m, '-9,99']);
    for (const h of ['Buchungstext', 'Text/Verwendungszweck', 'Libellé', 'Concepto']) {
      const r = recognize(['Datum', h, 'Betrag'], rows);
      expect(r.columns.vendor, h).toBe(1);
    }
    // free text that does not repeat stays a description only
    const memo = recognize(['Datum', 'Buchungstext', 'Betrag'], rows.map((r, i) => [r[0]!, `Rechnung ${i} vom Lieferanten`, r[2]!]));
    expect(memo.columns.vendor).toBeUndefined();
  });
});

describe('the Azure export preset knows the EA detail usage report', () => {
  it('ExtendedCost (or "Extended Cost") with Date and a subscription column is an Azure export, its cost the amount', () => {
    for (const header of [
      ['AccountName', 'SubscriptionName', 'Date', 'MeterCategory', 'ConsumedQuantity', 'ResourceRate', 'ExtendedCost', 'DepartmentName', 'CostCenter'],
      ['Account Name', 'Subscription Name', 'Date', 'Meter Category', 'Consumed Quantity', 'ResourceRate', 'Extended Cost', 'Department Name', 'Cost Center'],
    ]) {
      const preset = findPreset(header);
      expect(preset?.id, header.join(',')).toBe('azure');
      expect(preset?.variant?.(new Set(header))).toBe('Azure cost export (EA detail usage report)');
    }
  });
});
