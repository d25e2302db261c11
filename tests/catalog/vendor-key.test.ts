import { describe, expect, it } from 'vitest';
import { mostFrequentSpelling, spellingDisplay, vendorIdentity } from '../../src/catalog/vendor-key.js';
import { Ledger } from '../../src/analysis/ledger.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import type { Categorization } from '../../src/rules/engine.js';
import { parseDecimal, toExact } from '../../src/money/decimal.js';

describe('vendorIdentity', () => {
  it('is one key for the spellings of one supplier', () => {
    const spellings = ['ISS MEDICLEAN LTD', 'ISS Mediclean Ltd', 'ISS Mediclean Limited', ' iss  mediclean ltd. ', 'ISS Mediclean Ltd:03529700', 'ISS MEDICLEAN'];
    for (const s of spellings) expect(vendorIdentity(s), s).toBe('ISS MEDICLEAN');
  });

  it('drops the legal forms the registers use', () => {
    for (const s of ['Acme LLC', 'Acme Inc.', 'ACME PLC', 'Acme GmbH', 'Acme Corp', 'Acme Co', 'Acme Limited', 'Acme, Ltd']) expect(vendorIdentity(s), s).toBe('ACME');
  });

  it('reads & as "and"', () => {
    expect(vendorIdentity('Marks & Spencer plc')).toBe(vendorIdentity('MARKS AND SPENCER'));
    expect(vendorIdentity('Marks&Spencer')).toBe('MARKS AND SPENCER');
  });

  it('keeps different suppliers apart', () => {
    expect(vendorIdentity('ISS Mediclean')).not.toBe(vendorIdentity('ISS Facility Services'));
    expect(vendorIdentity('BT')).not.toBe(vendorIdentity('BTW Catering'));
    // a short number is part of a name, a company number is not
    expect(vendorIdentity('Route 66 Ltd')).toBe('ROUTE 66');
    expect(vendorIdentity('')).toBe('');
  });
});

describe('mostFrequentSpelling', () => {
  it('takes the spelling on most lines, ties to the one that sorts first', () => {
    expect(mostFrequentSpelling([['ISS Mediclean Ltd', 1], ['ISS MEDICLEAN LTD', 2]])).toBe('ISS MEDICLEAN LTD');
    expect(mostFrequentSpelling([['b', 2], ['a', 2]])).toBe('a');
    expect(mostFrequentSpelling([['a', 2], ['b', 2]])).toBe('a');
    expect(mostFrequentSpelling([])).toBeUndefined();
  });

  it('gives every spelling of a group the same display, and keeps unkeyed names', () => {
    const counts = new Map([['Acme Ltd', 3], ['ACME LIMITED', 5], ['Datadog', 9], ['Other', 1]]);
    const display = spellingDisplay(counts, (s) => (s === 'Datadog' ? undefined : vendorIdentity(s)));
    expect(Object.fromEntries(display)).toEqual({ 'Acme Ltd': 'ACME LIMITED', 'ACME LIMITED': 'ACME LIMITED', Datadog: 'Datadog', Other: 'Other' });
  });
});

describe('a ledger that merges spellings', () => {
  const line = (vendor: string, date: string, amount: string): ExpenseLine =>
    ({ source: 't.csv', line: 1, date, vendor, description: '', account: '', department: '', costCenter: '', currency: 'GBP', amount: parseDecimal(amount)!, fields: [], header: [] }) as unknown as ExpenseLine;
  const c = (amount: string): Categorization => ({ rule: undefined, parts: [{ category: 'c', pool: 'other', amount: parseDecimal(amount)! }] }) as unknown as Categorization;

  it('sums the spellings under the most frequent one, over every month', () => {
    const ledger = new Ledger((v) => v.trim(), false, undefined, (v) => vendorIdentity(v));
    ledger.addLine(line('ISS MEDICLEAN LTD', '2026-01-10', '1000'), c('1000'));
    ledger.addLine(line('ISS MEDICLEAN LTD', '2026-01-20', '500'), c('500'));
    ledger.addLine(line('ISS Mediclean Ltd', '2026-02-10', '1200'), c('1200'));
    ledger.addLine(line('ISS Mediclean Ltd:03529700', '2026-02-12', '300.50'), c('300.50'));
    const facts = ledger.all().map((f) => [f.vendor, f.month, toExact(f.amount), f.lines]);
    expect(facts).toEqual([
      ['ISS MEDICLEAN LTD', '2026-01', '1500', 2],
      ['ISS MEDICLEAN LTD', '2026-02', '1500.5', 2],
    ]);
    // one month asked: the display still comes from every month's lines
    expect(ledger.all(new Set(['2026-02'])).map((f) => f.vendor)).toEqual(['ISS MEDICLEAN LTD']);
  });

  it('leaves spellings apart without a spelling key (a thread part of the input)', () => {
    const ledger = new Ledger((v) => v.trim());
    ledger.addLine(line('ISS MEDICLEAN LTD', '2026-01-10', '1'), c('1'));
    ledger.addLine(line('ISS Mediclean Ltd', '2026-01-10', '1'), c('1'));
    expect(ledger.all().map((f) => f.vendor)).toEqual(['ISS MEDICLEAN LTD', 'ISS Mediclean Ltd']);
  });
});
