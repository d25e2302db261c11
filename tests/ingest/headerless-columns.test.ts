/**
 * Headerless files (issue 19): each column's role read from its contents, the reading said in
 * validate's notes with the sources entry that pins it, and a file whose money columns cannot be
 * told apart not read (never read with a guessed sign). Fixtures are made up for each family:
 * card statement, bank statement with a debit/credit word or a +/- sign, money in/out pair,
 * bill lines with no dates.
 */
import { describe, expect, it } from 'vitest';
import { readHeaderlessColumns } from '../../src/ingest/headerless-columns.js';
import { resolveLayout } from '../../src/ingest/layout.js';
import { scanInputs } from '../../src/io/scan.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { toExact } from '../../src/money/decimal.js';
import { testConfig, writeFiles } from './helpers.js';

async function read(name: string, content: string, extra: Record<string, unknown> = {}) {
  const f = writeFiles({ [name]: content });
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([f.path(name)], testConfig({ rates: { EUR: 1 }, ...extra }), { line: (l) => lines.push(l), excluded: (l) => lines.push(l) }, { displayName: () => name });
  return { lines, rec: reconciliation, file: reconciliation.files[0]! };
}

const NONE: ReadonlySet<string> = new Set();
const rows = (text: string) => text.trim().split('\n').map((r) => r.split(','));

describe('headerless files: columns from their contents', () => {
  it('a card statement: date, merchant text, amount with cents; a reference code and a card number are not the amount', () => {
    const r = readHeaderlessColumns(
      5,
      rows(`
2026-03-02,TX0001,ZOOM.US 888-799-9666,4111,14.99
2026-03-05,TX0002,SLACK T0123 DUBLIN,4111,8.75
2026-03-09,TX0003,AMAZON WEB SERVICES,4111,120.00`),
      NONE,
      false,
    );
    expect(r.columns).toEqual({ date: 0, amount: 4, description: 2 });
    expect(r.choices.amount!.reason).toMatch(/first number column with cents \(4 also hold numbers\)/);
    expect(r.problems).toEqual([]);
  });
  it('an id with a leading zero is a code, not an amount', () => {
    const r = readHeaderlessColumns(3, rows('2026-01-02,000013,Cable 2m\n2026-01-03,000014,Adapter'), NONE, false);
    expect(r.columns.amount).toBeUndefined();
  });
  it('a debit/credit word beside an unsigned amount says which way money moved', async () => {
    const { lines, file, rec } = await read('bank.csv', '3/14/26,Payroll run,"2,000.00",credit,Checking\n3/15/26,Atlassian Jira,45.00,debit,Checking\n3/16/26,Refund Notion,8.00,credit,Checking\n');
    expect(rec.rowsRejected).toBe(0);
    expect(lines.map((l) => [l.date, l.description, toExact(l.amount)])).toEqual([
      ['2026-03-14', 'Payroll run', '-2000'],
      ['2026-03-15', 'Atlassian Jira', '45'],
      ['2026-03-16', 'Refund Notion', '-8'],
    ]);
    const notes = file.notes.join(' | ');
    expect(notes).toMatch(/direction ← 4 \(medium: no header: only debit\/credit words or signs \("credit", "debit"\)\)/);
    expect(notes).toContain('to pin this reading, add a sources entry: { files: "**/bank.csv", header: false, dateFormat: "MM/dd/yy", columns: { date: "1", description: "2", amount: "3", direction: "4" } }');
  });
  it('the entry validate gives pins the same reading', async () => {
    const csv = '3/14/26,Payroll run,"2,000.00",credit,Checking\n3/15/26,Atlassian Jira,45.00,debit,Checking\n';
    const guessed = await read('bank.csv', csv);
    const pin = /add a sources entry: (\{.*\})$/.exec(guessed.file.notes.join('\n'))![1]!;
    const entry = { files: '**/bank.csv', header: false, dateFormat: 'MM/dd/yy', columns: { date: '1', description: '2', amount: '3', direction: '4' } };
    expect(pin).toBe('{ files: "**/bank.csv", header: false, dateFormat: "MM/dd/yy", columns: { date: "1", description: "2", amount: "3", direction: "4" } }');
    const pinned = await read('bank.csv', csv, { sources: [entry] });
    expect(pinned.lines.map((l) => [l.date, l.description, toExact(l.amount)])).toEqual(guessed.lines.map((l) => [l.date, l.description, toExact(l.amount)]));
  });
  it('a +/- sign column (both signs present) is the direction; a lone "-" is an empty cell, not a sign', () => {
    const signed = readHeaderlessColumns(4, rows('01.02.2026,Miete,1200.00,-\n02.02.2026,Erstattung,50.00,+'), NONE, true);
    expect(signed.columns.direction).toBe(3);
    const dashes = readHeaderlessColumns(4, rows('01.02.2026,Miete,1200.00,-\n02.02.2026,Strom,50.00,-'), NONE, true);
    expect(dashes.columns.direction).toBeUndefined();
  });
  it('a column of currency codes is the currency', async () => {
    const { lines } = await read('fx.csv', '2026-01-05,Figma annual,540.00,EUR\n2026-01-06,Miro,96.00,EUR\n');
    expect(lines.map((l) => l.currency)).toEqual(['EUR', 'EUR']);
  });
  it('money in / money out in two unnamed columns: not read, the message names both and the entry that settles it', async () => {
    const { lines, rec } = await read('inout.csv', '2026-04-01,Client payment,500.00,,\n2026-04-02,Datadog,,120.50\n2026-04-03,GitHub,,21.00\n');
    expect(lines).toEqual([]);
    expect(rec.filesNotRead).toHaveLength(1);
    expect(rec.filesNotRead[0]!.rows).toBe(3);
    expect(rec.filesNotRead[0]!.reason).toBe(
      'the file has no header row: columns 3 and 4 hold amounts on alternate rows (money in and money out), and with no header nothing says which one is spend; name them in a sources entry, such as { files: "**/inout.csv", header: false, columns: { date: "1", description: "2", credit: "3", debit: "4" } } if column 4 is money out (else swap debit and credit)',
    );
  });
  it('money in / money out with a running balance: the balance says which is which (oldest or newest first)', async () => {
    // paid out, paid in, balance: 879.50 + 500 = 1379.50; - 21 = 1358.50; - 8.50 = 1350.00
    const oldest = '2026-04-01,Datadog,120.50,,879.50\n2026-04-02,Client payment,,500.00,1379.50\n2026-04-03,GitHub,21.00,,1358.50\n2026-04-04,Slack,8.50,,1350.00\n';
    const a = await read('stmt.csv', oldest);
    expect(a.rec.filesNotRead).toEqual([]);
    expect(a.lines.map((l) => [l.description, toExact(l.amount)])).toEqual([
      ['Datadog', '120.5'],
      ['Client payment', '-500'],
      ['GitHub', '21'],
      ['Slack', '8.5'],
    ]);
    expect(a.file.notes.join(' | ')).toContain('debit ← 3 (medium: no header: amounts on alternate rows with column 4; money out, as the running balance in column 5 falls by it)');
    const newest = oldest.trim().split('\n').reverse().join('\n') + '\n';
    const b = await read('stmt.csv', newest);
    expect(b.lines.map((l) => [l.description, toExact(l.amount)])).toEqual([
      ['Slack', '8.5'],
      ['GitHub', '21'],
      ['Client payment', '-500'],
      ['Datadog', '120.5'],
    ]);
  });
  it('a balance column that does not move by the pair settles nothing', async () => {
    const { rec } = await read('odd.csv', '2026-04-01,A,120.50,,10.00\n2026-04-02,B,,500.00,20.00\n2026-04-03,C,21.00,,30.00\n');
    expect(rec.filesNotRead).toHaveLength(1);
  });
  it('bill lines with no date anywhere: not read, and the message says why', () => {
    const r = resolveLayout(['1', '2', '3', '4'], rows('INV-7,Cable 2m,2,4.50\nINV-7,Adapter,1,12.00'), { headerless: true, fileName: 'bill.csv' });
    expect(r.layout).toBeUndefined();
    expect(r.problems).toEqual([
      'the file has no header row and none of its 4 columns holds dates, so its lines cannot be placed in a month; if one does, name it by position in a sources entry: { files: "**/bill.csv", header: false, columns: { date: "<n>" } }',
    ]);
  });
});
