/**
 * A currency column that holds no currency (koku's Azure sample writes "MC" in
 * BillingCurrencyCode): set aside with a note, the file read as naming no currency; a column with
 * real codes among odd ones is kept and its odd lines rejected one by one.
 */
import { describe, expect, it } from 'vitest';
import { notCurrencies } from '../../src/ingest/currency-column.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { scanInputs } from '../../src/io/scan.js';
import { toExact } from '../../src/money/decimal.js';
import { testConfig, writeFiles } from './helpers.js';

async function read(name: string, content: string, extra: Record<string, unknown> = {}) {
  const f = writeFiles({ [name]: content });
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([f.path(name)], testConfig({ currency: 'GBP', ...extra }), { line: (l) => lines.push(l), excluded: (l) => lines.push(l) }, { displayName: () => name });
  return { lines, rec: reconciliation, file: reconciliation.files[0]! };
}

describe('a currency column that holds no currency', () => {
  it('codes and symbols are currencies; placeholders and product codes are not', () => {
    expect(notCurrencies(['MC', 'MC', ''])).toEqual(['MC']);
    expect(notCurrencies(['SKU1', 'P2'])).toEqual(['SKU1', 'P2']);
    expect(notCurrencies(['usd', 'MC'])).toBeUndefined();
    expect(notCurrencies(['£'])).toBeUndefined();
    expect(notCurrencies(['', ' '])).toBeUndefined();
  });
  it('is set aside: the lines are read in the run currency, and the note says what the column holds', async () => {
    const { lines, rec, file } = await read('az.csv', 'Date,Vendor,Amount,Currency\n2026-02-01,Azure,5.00,MC\n2026-02-02,Azure,2.50,MC\n');
    expect(rec.rowsRejected).toBe(0);
    expect(lines.map((l) => [l.currency, toExact(l.amount)])).toEqual([
      ['GBP', '5'],
      ['GBP', '2.5'],
    ]);
    expect(file.mapping).not.toMatch(/currency ←/);
    expect(file.notes.join(' | ')).toContain('column "Currency" holds "MC", not a currency code: it is not read as the currency, so the file names none (set currency in a sources entry for it)');
  });
  it('real codes among odd ones: the column is the currency, the odd lines are rejected with their text', async () => {
    const { lines, rec } = await read('mixed.csv', 'Date,Vendor,Amount,Currency\n2026-02-01,Azure,5.00,GBP\n2026-02-02,Azure,2.50,MC\n');
    expect(lines.map((l) => l.currency)).toEqual(['GBP']);
    expect(rec.rejections.map((r) => [r.line, r.reason, r.text])).toEqual([[3, 'unknown currency', 'MC']]);
  });
  it('a currency column named in a sources entry is kept as told: its lines are rejected, not re-read', async () => {
    const { lines, rec } = await read('told.csv', 'Date,Vendor,Amount,Currency\n2026-02-01,Azure,5.00,MC\n', { sources: [{ files: 'told.csv', columns: { currency: 'Currency' } }] });
    expect(lines).toEqual([]);
    expect(rec.rejections.map((r) => r.reason)).toEqual(['unknown currency']);
  });
});
