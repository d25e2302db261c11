/**
 * Column recognition on header families nobody configured (fixtures/recognition/, small files
 * written for these tests; the totals below are worked out by hand from the rows): camelCase,
 * `FIN.`-prefixed, snake_case, padded and BOM-prefixed names, debit/credit pairs, a `Transaction
 * Date` that holds numbers, report preambles and total rows, a supplier summary with no date,
 * and an ambiguity that only a sources entry can settle.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanInputs } from '../../src/io/scan.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { add, type Decimal, toExact, ZERO } from '../../src/money/decimal.js';
import { headerWords } from '../../src/ingest/header-words.js';
import { testConfig } from './helpers.js';

const DIR = resolve(import.meta.dirname, '../../fixtures/recognition');

async function read(name: string, extra: Record<string, unknown> = {}) {
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([resolve(DIR, name)], testConfig({ rates: { EUR: 1, GBP: 1 }, ...extra }), { line: (l) => lines.push(l) }, { displayName: () => name });
  const file = reconciliation.files[0]!;
  const mapped = (field: string) => /(?:^|, )(\w+) ← ([^,(]+?)(?: \((high|medium)\))?(?=,|$)/g;
  const mapping = Object.fromEntries([...file.mapping.matchAll(mapped(''))].map((m) => [m[1], m[2]]));
  let total: Decimal = ZERO;
  const months = new Map<string, Decimal>();
  for (const l of lines) {
    total = add(total, l.amount);
    const m = l.date.slice(0, 7);
    months.set(m, add(months.get(m) ?? ZERO, l.amount));
  }
  return { lines, rec: reconciliation, file, mapping, total: toExact(total), months: Object.fromEntries([...months].map(([m, v]) => [m, toExact(v)])) };
}

describe('header words', () => {
  it('are the same words whatever the spelling', () => {
    for (const h of ['PaymentDate', 'payment_date', ' Payment  Date ', 'FIN.PAYMENT DATE', 'Payment-Date', '\ufeffPAYMENT DATE', 'Payment\u00a0Date']) expect(headerWords(h)).toEqual(['payment', 'date']);
    expect(headerWords('MCH.MERCHANT NAME')).toEqual(['merchant', 'name']);
    expect(headerWords('VATRegNo')).toEqual(['vat', 'reg', 'no']);
    expect(headerWords('Währung')).toEqual(['wahrung']);
  });
});

describe('recognition by header words and column contents', () => {
  it('camelCase: the payment date over the effective date, the amount over the VAT amount, AccountName over Account', async () => {
    const r = await read('camel-case.csv');
    expect(r.mapping).toMatchObject({ date: 'PaymentDate', amount: 'PaymentAmount', vendor: 'BeneficiaryName', account: 'AccountName', costCenter: 'CostCentre' });
    expect(r.file.notes.join('\n')).toMatch(/date ← PaymentDate \(high: a payment date, preferred over "EffectiveDate" \(a document, journal or effective date\)/);
    expect(r.total).toBe('609.73');
    expect(r.months).toEqual({ '2025-03': '313.4', '2025-04': '296.33' });
  });
  it('FIN.-prefixed: the transaction date over the posting date, the transaction amount over the original one, the billing currency', async () => {
    const r = await read('fin-prefixed.csv', { currency: 'GBP' });
    expect(r.mapping).toMatchObject({ date: 'FIN.TRANSACTION DATE', amount: 'FIN.TRANSACTION AMOUNT', vendor: 'MCH.MERCHANT NAME', currency: 'FIN.BILLING CURRENCY', account: 'ACC.EXPENSE TYPE' });
    expect(r.lines.map((l) => l.currency)).toEqual(['GBP', 'GBP', 'GBP']);
    expect(r.total).toBe('64.69');
    expect(r.months).toEqual({ '2026-01': '64.69' });
  });
  it('snake_case: the payment date over the document date, a name over its number, the document number as reference', async () => {
    const r = await read('snake-case.csv');
    expect(r.mapping).toMatchObject({ date: 'ap_payment_date', amount: 'amt', vendor: 'vendor_name', department: 'agency_name', reference: 'document_number' });
    expect(r.lines.map((l) => l.department)).toEqual(['GAME, FISH AND PARKS', 'HEALTH', 'GAME, FISH AND PARKS']);
    expect(r.total).toBe('1700.28');
    expect(r.months).toEqual({ '2020-07': '1652.28', '2020-08': '48' });
  });
  it('padded names and values, a BOM, a supplier ID beside the supplier name, a type beside its code', async () => {
    const r = await read('spaced-padded.csv');
    expect(r.mapping).toMatchObject({ date: 'Paid Date', amount: 'Amount', vendor: 'Supplier  Name', account: 'Expense Type', department: 'Service Area' });
    expect(r.total).toBe('2042.39');
    expect(r.months).toEqual({ '2026-03': '2042.39' });
  });
  it('a card file with debit and credit columns and a clearing date', async () => {
    const r = await read('debit-credit.csv');
    expect(r.mapping).toMatchObject({ date: 'Clearing Date', debit: 'Debit', credit: 'Credit', vendor: 'Merchant', account: 'Category' });
    expect(r.total).toBe('115.99');
  });
  it('an ERP ledger: posting over document date, gross over net (never the VAT amount), names over numbers and codes', async () => {
    const r = await read('erp-ledger.csv');
    expect(r.mapping).toMatchObject({ date: 'Posting Date', amount: 'Gross Amount', vendor: 'Vendor Name', description: 'Line Description', account: 'GL Account Name', costCenter: 'Cost Centre Name', reference: 'Invoice No' });
    expect(r.total).toBe('1320');
    expect(r.months).toEqual({ '2026-02': '1320' });
  });
  it('a card file with decimal commas: the billing amount and currency over the source (original) ones', async () => {
    const r = await read('card-decimal-comma.csv', { currency: 'EUR' });
    expect(r.mapping).toMatchObject({ date: 'Txn Date', amount: 'Billing Amount', currency: 'Billing Currency', vendor: 'Merchant Name' });
    expect(r.file.notes.join('\n')).toMatch(/amount ← Billing Amount \(high: the billed amount, preferred over "Source Amount" \(an original-currency amount\)/);
    expect(r.total).toBe('210.5');
  });
  it('a "Transaction Date" column that holds transaction numbers is not the date', async () => {
    const r = await read('numbers-named-date.csv');
    expect(r.mapping).toMatchObject({ date: 'Date', amount: 'Amount', vendor: 'Supplier', account: 'Expense Type', department: 'Expense Area' });
    expect(r.rec.rejections).toEqual([]);
    expect(r.total).toBe('1327025.88');
    expect(r.months).toEqual({ '2020-06': '1327025.88' });
  });
});

describe('preambles, total rows and files with no date', () => {
  it('a report preamble is skipped and a Total row equal to the rows above is a summary, not spend', async () => {
    const r = await read('preamble-and-total.csv');
    expect(r.file.skipRows).toBe(5);
    expect(r.total).toBe('2500');
    expect(r.months).toEqual({ '2012-05': '65.76', '2012-06': '2434.24' });
    expect(r.rec.rejections).toEqual([]);
    expect(r.rec.summaryRows.map((s) => [s.line, s.label, toExact(s.amount)])).toEqual([[11, 'Total', '2500']]);
    // every record is accounted for: three used, one total row skipped
    expect([r.rec.rowsRead, r.rec.rowsUsed, r.file.summaryRows]).toEqual([4, 3, 1]);
  });
  it('a grand-total record with only an amount is a summary; the empty records after it are blank', async () => {
    const r = await read('bare-grand-total.csv');
    expect(r.total).toBe('1100');
    expect(r.rec.summaryRows.map((s) => [s.line, s.label])).toEqual([[5, '']]);
    expect(r.rec.rejections).toEqual([]);
  });
  it('a supplier summary with no date column is dated by the YYYY-MM in its name, and says so', async () => {
    const r = await read('2011-06-supplier-summary.csv');
    expect(r.file.skipRows).toBe(1);
    expect(r.total).toBe('2333467.94');
    expect(r.months).toEqual({ '2011-06': '2333467.94' });
    expect(r.rec.summaryRows.map((s) => s.label)).toEqual(['Grand Total']);
    expect(r.rec.notices).toEqual(['2011-06-supplier-summary.csv: no date column; every line is dated 2011-06, the month in the file name (map a date column under sources to read real dates)']);
    expect(r.file.mapping).toMatch(/date = 2011-06 \(file name\)/);
  });
});

describe('what cannot be recognized', () => {
  it('two date columns nothing tells apart: the file is not read, the message lists them and the sources entry that settles it', async () => {
    const r = await read('ambiguous-dates.csv');
    expect(r.lines).toEqual([]);
    expect(r.rec.filesNotRead).toEqual([
      {
        source: 'ambiguous-dates.csv',
        line: 1,
        rows: 2,
        reason: '2 columns could be the date ("Approval Date", "Entry Date") and nothing in the header or the values tells them apart; settle it with a sources entry: { files: "**/ambiguous-dates.csv", columns: { date: "Approval Date" } }',
        hint: 'add a sources entry for it, or leave it out',
      },
    ]);
    // the rows are counted, never hidden
    expect(r.rec.rowsRead).toBe(2);
  });
  it('the sources entry the message gives settles it', async () => {
    const r = await read('ambiguous-dates.csv', { sources: [{ files: '**/ambiguous-dates.csv', columns: { date: 'Entry Date' } }] });
    expect(r.months).toEqual({ '2026-01': '100', '2026-02': '50' });
  });
});
