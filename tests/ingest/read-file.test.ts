/** Whole-file reading through scanInputs: encodings, line endings, preambles, odd rows. */
import { describe, expect, it } from 'vitest';
import { scanInputs } from '../../src/io/scan.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { toExact } from '../../src/money/decimal.js';
import { testConfig, writeFiles } from './helpers.js';

async function read(name: string, content: string | Uint8Array, extra: Record<string, unknown> = {}) {
  const f = writeFiles({ [name]: content });
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([f.path(name)], testConfig({ rates: { EUR: 1 }, ...extra }), { line: (l) => lines.push(l) }, { displayName: () => name });
  return { lines, rec: reconciliation, file: reconciliation.files[0]! };
}

describe('reading whole files', () => {
  it('Windows-1252 is detected when the bytes are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('Date,Remarque,Montant\n2012/3/24,CAF'), Buffer.from([0xc9, 0x20, 0x97, 0x20, 0x80]), Buffer.from('20,-20.00')]);
    const { lines, file } = await read('fr.csv', bytes);
    expect(file.encoding).toBe('windows-1252');
    expect(lines[0]!.description).toBe('CAFÉ — €20');
  });
  it('issue 18.10: a Windows-1252 byte past the first 64 KiB (line 2,001) is read as Windows-1252, not as a broken UTF-8 sequence', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},Plain ASCII vendor number ${i},1.00`);
    const bytes = Buffer.concat([Buffer.from(['Date,Vendor,Amount', ...rows, ''].join('\n')), Buffer.from('2026-01-05,Pulse '), Buffer.from([0x96]), Buffer.from(' Horizon,2.00\n')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const { lines, file } = await read('late-1252.csv', bytes);
    expect(lines.at(-1)!.vendor).toBe('Pulse – Horizon');
    expect(lines.every((l) => !l.vendor.includes('\ufffd'))).toBe(true);
    expect(file.encoding).toBe('windows-1252');
    const after = /read as windows-1252: the first byte that is not UTF-8 comes after line (\d+)/.exec(file.notes.join(' '));
    expect(Number(after?.[1])).toBeGreaterThan(1000);
    expect(Number(after?.[1])).toBeLessThanOrEqual(2001);
  });
  it('valid UTF-8 past an ASCII head stays UTF-8', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `2026-01-02,Plain ASCII vendor number ${i},1.00`);
    const { lines, file } = await read('late-utf8.csv', [`Date,Vendor,Amount`, ...rows, '2026-01-05,Zoë – Café,2.00', ''].join('\n'));
    expect(lines.at(-1)!.vendor).toBe('Zoë – Café');
    expect(file.encoding).toBe('utf-8');
  });
  it('issue 18.9: data rows with two trailing empty fields do not make the real header look like a preamble', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')},Acme Ltd,Licence,${i + 1}.00,,`);
    const { lines, file } = await read('trailing.csv', ['Date,Vendor,Description,Amount', ...rows].join('\n'));
    expect(file.skipRows).toBe(0);
    expect(lines).toHaveLength(20);
    expect(lines.every((l) => l.vendor === 'Acme Ltd')).toBe(true);
  });
  it('issue 18.10: a preamble longer than the first 64 KiB is read past, and the header and delimiter found after it', async () => {
    const preamble = Array.from({ length: 100 }, (_, i) => `Note ${i}: ${'this report lists the payments made in the period '.repeat(20)}`);
    const rows = Array.from({ length: 5 }, (_, i) => `2026-01-0${i + 1};Acme Ltd;${i + 1},50`);
    const { lines, file } = await read('long-preamble.csv', [...preamble, 'Date;Vendor;Amount', ...rows].join('\n'));
    expect(preamble.join('\n').length).toBeGreaterThan(64 * 1024);
    expect([file.skipRows, file.delimiter]).toEqual([100, ';']);
    expect(lines.map((l) => toExact(l.amount))).toEqual(['1.5', '2.5', '3.5', '4.5', '5.5']);
  });
  it('a report title and parameters padded with delimiters are a preamble; the header is the first full line', async () => {
    const { lines, file } = await read('report.csv', ['Payments over 500,,,', ',,,', 'Report Date: 02/07/2012,,,', 'Parameters:,,,', ',,,', 'Supplier Name,Payment Date,Amount,Notes', 'Acme,01/06/2012,"1,500.00",x', 'Beta,02/06/2012,900,'].join('\n'));
    expect(file.skipRows).toBe(5);
    expect(lines.map((l) => [l.vendor, toExact(l.amount)])).toEqual([['Acme', '1500'], ['Beta', '900']]);
  });
  it('UTF-16 with and without a BOM', async () => {
    const text = 'Date,Vendor,Amount\r\n2026-01-05,Zoë,12.00\r\n';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le')]) {
      const { lines } = await read('u16.csv', bytes);
      expect(lines.map((l) => [l.vendor, toExact(l.amount), l.line])).toEqual([['Zoë', '12', 2]]);
    }
  });
  it('CR-only line endings keep editor line numbers', async () => {
    const { lines } = await read('mac.csv', 'Date,Amount,Description\r2/8/15,50000,A\r2/9/15,"1,000",B');
    expect(lines.map((l) => [l.line, l.date])).toEqual([[2, '2015-02-08'], [3, '2015-02-09']]);
  });
  it('preamble lines, blank lines, a repeated header, and a pending row', async () => {
    const { lines, rec, file } = await read('bank.csv', '\n\nAccount:,123\nAs at:,06 May 2020\n\nDate,Description,Amount\n\n2026-01-05,A,1.00\n\n2026-01-06,B,\nDate,Description,Amount\n');
    expect(file.skipRows).toBeGreaterThan(0);
    expect(lines.map((l) => l.line)).toEqual([8]);
    expect(rec.repeatedHeaders).toBe(1);
    expect(rec.rejections.map((r) => [r.line, r.reason])).toEqual([[10, 'no amount']]);
  });
  it('short and long rows: read when safe, rejected with the reason when not', async () => {
    const { lines, rec } = await read('gl.csv', 'Date,Vendor,Amount,Memo\n2026-01-05,AWS,10.00\n2026-01-06,Acme, Inc,20.00,x\n2026-01-07,Zoom\n2026-01-08,Okta,5.00,m,,\n');
    expect(lines.map((l) => l.line)).toEqual([2, 5]);
    expect(rec.rejections.map((r) => [r.line, r.reason, r.hint])).toEqual([
      [3, 'row has 5 fields, the header has 4', 'an unquoted delimiter inside a value? quote it, or set delimiter for this source'],
      [4, 'row has 2 fields, the header has 4', 'no value for "Amount"; a field may be missing or a quote unbalanced'],
    ]);
  });
  it('an unclosed quote is a malformed file: one error naming file and line (the rows after it cannot be counted)', async () => {
    await expect(read('q.csv', 'Date,Vendor,Amount\n2026-01-05,AWS,1.00\n2026-01-06,"Slack,2.00\n2026-01-07,Zoom,3.00\n')).rejects.toMatchObject({
      exitCode: 1,
      message: 'q.csv:3: malformed CSV: a quoted field is never closed (unbalanced ") (close the quote, or double it ("") inside a quoted field)',
    });
  });
  it('Mint: an unsigned amount and a debit/credit column', async () => {
    const { lines } = await read('mint.csv', 'Date,Description,Original Description,Amount,Transaction Type\n6/12/15,Zoom,ZOOM.US,"1,000.00",debit\n6/13/15,Refund,X,25.00,credit\n');
    expect(lines.map((l) => toExact(l.amount))).toEqual(['1000', '-25']);
  });
  it('a sources entry: fixed currency wins over the currency column; explicit dateFormat wins', async () => {
    const { lines } = await read('az.csv', 'Date,Vendor,Amount,Currency\n01/02/2026,Azure,5.00,MC\n', {
      sources: [{ files: 'az.csv', currency: 'EUR', dateFormat: 'dd/MM/yyyy' }],
    });
    expect(lines.map((l) => [l.currency, l.date])).toEqual([['EUR', '2026-02-01']]);
  });
  it('quantity × unit price when there is no line total', async () => {
    const { lines } = await read('bill.csv', 'Date,Item,Quantity,Unit Price\n2026-01-05,Cable,10,0.06\n', { sources: [{ files: 'bill.csv', columns: { date: 'Date', description: 'Item', quantity: 'Quantity', unitPrice: 'Unit Price' } }] });
    expect(lines.map((l) => toExact(l.amount))).toEqual(['0.6']);
  });
  it('an ambiguous date column says which reading it chose', async () => {
    const { file } = await read('us.csv', 'Date,Amount\n05/01/2021,1.00\n06/01/2021,2.00\n');
    expect(file.notes.join(' ')).toMatch(/dates read as MM\/dd\/yyyy .*also fit dd\/MM\/yyyy \(set dateFormat to choose\)/);
  });
  it('day or month first, when every sampled date fits both: the reading that keeps the dates closest together (a register of ten days, not the 6th of ten months)', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${String(i + 2).padStart(2, '0')}/06/2014,1.00`);
    const { file, lines } = await read('uk.csv', ['Date,Amount', ...rows].join('\n'));
    expect(file.notes.join(' ')).toMatch(/dates read as dd\/MM\/yyyy: the sampled dates fit MM\/dd\/yyyy too, but read as dd\/MM\/yyyy they span the fewest days/);
    expect([...new Set(lines.map((l) => l.date.slice(0, 7)))]).toEqual(['2014-06']);
  });
  it('a date after the sample that fits only the other day/month reading is rejected with that hint', async () => {
    // month-first keeps these closest: Jan 10, Feb 11, Mar 12 (day-first: Oct 1, Nov 2, Dec 3)
    const rows = Array.from({ length: 600 }, (_, i) => `0${(i % 3) + 1}/1${i % 3}/2026,1.00`);
    const { rec } = await read('late.csv', ['Date,Amount', ...rows, '25/01/2026,2.00'].join('\n'));
    expect(rec.rejections.map((r) => [r.line, r.hint])).toEqual([[602, 'the first rows read as MM/dd/yyyy, but this date only fits dd/MM/yyyy: set dateFormat for this source']]);
  });
  it.skipIf(process.getuid?.() === 0)('an unreadable file is a one-line error', async () => {
    const { chmodSync } = await import('node:fs');
    const f = writeFiles({ 'locked.csv': 'Date,Amount\n2026-01-01,1.00\n' });
    chmodSync(f.path('locked.csv'), 0o000);
    await expect(scanInputs([f.path('locked.csv')], testConfig(), { line: () => {} }, { displayName: () => 'locked.csv' })).rejects.toThrow(/^locked.csv: permission denied$/);
  });
});
