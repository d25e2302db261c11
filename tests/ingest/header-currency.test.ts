/**
 * A register with no currency column that names its currency once, in the money column's header
 * (`Amount (£)`): read in that currency, said in validate; words that only say where a file was
 * written (VAT, Council, Ltd) never stand for a currency.
 */
import { describe, expect, it } from 'vitest';
import { currencyOfHeader, currencyOfMoneyHeaders } from '../../src/ingest/header-currency.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { scanInputs } from '../../src/io/scan.js';
import { testConfig, writeFiles } from './helpers.js';

async function read(name: string, content: string) {
  const f = writeFiles({ [name]: content });
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([f.path(name)], testConfig({ currency: 'GBP', rates: { EUR: 1, USD: 1 } }), { line: (l) => lines.push(l), excluded: (l) => lines.push(l) }, { displayName: () => name });
  return { lines, rec: reconciliation, file: reconciliation.files[0]! };
}

describe('a currency named in the money header', () => {
  it.each([
    ['Amount (£)', 'GBP'],
    ['Net Amount GBP', 'GBP'],
    ['Betrag in EUR', 'EUR'],
    ['Paid out ($)', 'USD'],
    ['Kwota zł', 'PLN'],
    ['Total (ALL)', 'ALL'],
  ])('%s names %s', (header, code) => {
    expect(currencyOfHeader(header)).toBe(code);
  });
  it.each(['Amount', 'VAT Amount', 'ALL Amounts', 'Amount gbp', 'TOP UP AMOUNT', 'Amount (£ or €)', 'Council Tax Paid'])('%s names none', (header) => {
    expect(currencyOfHeader(header)).toBeUndefined();
  });
  it('money columns must agree', () => {
    expect(currencyOfMoneyHeaders(['Paid out (£)', 'Paid in (£)'])).toBe('GBP');
    expect(currencyOfMoneyHeaders(['Paid out (£)', 'Paid in (€)'])).toBeUndefined();
    expect(currencyOfMoneyHeaders(['Paid out (£)', 'Paid in'])).toBeUndefined();
  });
  it('a file read through: the lines are in that currency, and validate says why', async () => {
    const { lines, file } = await read('eur.csv', 'Date,Supplier,Betrag in EUR\n2026-01-05,Hetzner,40.00\n');
    expect(lines.map((l) => l.currency)).toEqual(['EUR']);
    expect(file.mapping).toContain('currency = EUR');
    expect(file.notes.join(' | ')).toContain('currency EUR, as the header "Betrag in EUR" says');
  });
  it('a currency column wins over the header', async () => {
    const { lines } = await read('col.csv', 'Date,Supplier,Amount (£),Currency\n2026-01-05,Hetzner,40.00,EUR\n');
    expect(lines.map((l) => l.currency)).toEqual(['EUR']);
  });
});
