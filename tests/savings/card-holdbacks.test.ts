/**
 * What savings holds back on a card file with no transaction reference (Barnet's, Birmingham's):
 * court fees charged several times a day, several units of one purchase, lines with nothing but
 * vendor, amount and day in common, a block of the file published twice, bills of several months
 * paid at once, and amounts below the materiality floor. Each rule on a small card-shaped file
 * written here, with the case it must not swallow (a subscription billed twice stays a candidate).
 */
import { describe, expect, it } from 'vitest';
import { factsSink } from '../../src/analysis/pipeline.js';
import { findSavings } from '../../src/analysis/savings/find.js';
import { materialityOf } from '../../src/analysis/savings/materiality.js';
import { RecordCollector } from '../../src/analysis/savings/record.js';
import { examinedBySavings } from '../../src/analysis/savings/scope.js';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/savings/thresholds.js';
import { renewalCalendar } from '../../src/analysis/renewals/schedule.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { type Decimal, parseDecimal, toFixed } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';

const d = (s: string): Decimal => parseDecimal(s)!;

interface CardRow {
  line: number;
  date: string;
  vendor: string;
  amount: string;
  description?: string;
  source?: string;
}

function line(r: CardRow): ExpenseLine {
  return { source: r.source ?? 'card.csv', line: r.line, date: r.date, vendor: r.vendor, description: r.description ?? '', account: '', department: '', costCenter: '', currency: 'USD', amount: d(r.amount), fields: [], header: new Map() };
}

const ruled = (amount: Decimal): Categorization => ({ rule: { id: 'r1' } as Categorization['rule'], parts: [{ category: 'legal', pool: 'other', amount }], scope: 'technology' });

function collect(rows: CardRow[]): RecordCollector {
  const c = new RecordCollector();
  for (const r of rows) {
    const l = line(r);
    c.add(l, l.amount, ruled(l.amount));
  }
  return c;
}

const find = (rows: CardRow[]) => findSavings(collect(rows), DEFAULT_THRESHOLDS, 'USD');

/** A monthly filler so the file spans months (a vendor of its own, one line a month). */
function filler(from: number, months: number): CardRow[] {
  return Array.from({ length: months }, (_, i) => ({ line: 900 + i, date: `2014-${String(i + 1).padStart(2, '0')}-28`, vendor: 'STATIONERS', amount: `${31 + i}.00`, description: `order ${from + i}` }));
}

describe('duplicate charges on a card file with no reference', () => {
  it('court fees charged several times a day on several days are the vendor’s pattern: held back, counted', () => {
    const rows: CardRow[] = [
      { line: 2, date: '2014-05-05', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 3, date: '2014-05-05', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 10, date: '2014-07-11', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 11, date: '2014-07-11', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 20, date: '2014-09-02', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 21, date: '2014-09-02', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
      { line: 22, date: '2014-09-02', vendor: 'HMCOURTS-SERVICE.G', amount: '55' },
    ];
    const f = find(rows);
    expect(f.candidates.filter((c) => c.kind === 'duplicate-charge')).toEqual([]);
    // each of the three days sees the two others
    expect(f.heldBack.habitual).toBe(3);
  });

  it('a subscription billed twice on one day, once, stays a candidate (high: its description agrees)', () => {
    const rows: CardRow[] = Array.from({ length: 6 }, (_, i) => ({ line: 2 + i, date: `2014-0${i + 1}-03`, vendor: 'Adobe', amount: '114.33', description: 'Creative Cloud team' }));
    rows.push({ line: 20, date: '2014-06-03', vendor: 'Adobe', amount: '114.33', description: 'Creative Cloud team' });
    const f = find(rows);
    const dup = f.candidates.filter((c) => c.kind === 'duplicate-charge');
    expect(dup.map((c) => [c.vendor, toFixed(c.annual), c.confidence, c.evidence.map((e) => e.line)])).toEqual([['Adobe', '114.33', 'high', [7, 20]]]);
    expect(f.heldBack.habitual + f.heldBack.units + f.heldBack.unexplained).toBe(0);
  });

  it('nothing but vendor, amount and day in common: a duplicate only where that amount recurs monthly', () => {
    // a shop: 2 × 10.83 on one day, the amount never seen in another month
    const shop: CardRow[] = [
      { line: 2, date: '2014-06-23', vendor: 'WIDGET SHOP', amount: '10.83' },
      { line: 3, date: '2014-06-23', vendor: 'WIDGET SHOP', amount: '10.83' },
      { line: 4, date: '2014-04-10', vendor: 'WIDGET SHOP', amount: '29.16' },
    ];
    const f = find([...shop, ...filler(1, 6)]);
    expect(f.candidates.filter((c) => c.kind === 'duplicate-charge')).toEqual([]);
    expect(f.heldBack.unexplained).toBe(1);
    // the same amount billed every month (a subscription): the second charge of June is a lead, medium
    const sub: CardRow[] = Array.from({ length: 3 }, (_, i) => ({ line: 10 + i, date: `2014-0${i + 3}-23`, vendor: 'WIDGET SHOP', amount: '10.83' }));
    const g = find([...shop, ...sub, ...filler(1, 6)]);
    const dup = g.candidates.filter((c) => c.kind === 'duplicate-charge');
    expect(dup.map((c) => [toFixed(c.annual), c.confidence, c.evidence.map((e) => e.line)])).toEqual([['10.83', 'medium', [2, 3]]]);
  });

  it('several units of one purchase: three alike, or a vendor selling by the unit (fares)', () => {
    const rows: CardRow[] = [
      // four app licences for one school
      ...[2, 3, 4, 5].map((n) => ({ line: n, date: '2016-12-16', vendor: 'SOME APP SHOP', amount: '24.99', description: 'St Barnabas Infant' })),
      // two fares for two travellers (a catalog vendor of the travel pool)
      { line: 8, date: '2016-12-16', vendor: 'Lufthansa', amount: '470.13', description: 'Lord Mayors Parlour' },
      { line: 9, date: '2016-12-16', vendor: 'Lufthansa', amount: '470.13', description: 'Lord Mayors Parlour' },
    ];
    const f = find(rows);
    expect(f.candidates.filter((c) => c.kind === 'duplicate-charge')).toEqual([]);
    expect(f.heldBack.units).toBe(2);
  });

  it('a block of the file published twice is the data counting it twice (republished), not charges', () => {
    const block: CardRow[] = ['ALPHA', 'BRAVO', 'CHARLIE', 'DELTA', 'ECHO', 'FOXTROT'].map((v, i) => ({ line: 10 + 2 * i, date: `2014-10-${String(10 + i)}`, vendor: v, amount: `${100 + i}.50` }));
    const copies = block.map((r) => ({ ...r, line: r.line + 420 }));
    const f = find([...block, ...copies]);
    expect(f.candidates.filter((c) => c.kind === 'duplicate-charge')).toEqual([]);
    expect(f.republished.map((r) => [r.first.line, r.second.line])).toEqual(block.map((r) => [r.line, r.line + 420]));
  });

  it('identical invoices listed one after another are no block (they overlap their copies)', () => {
    const rows: CardRow[] = Array.from({ length: 12 }, (_, i) => ({ line: 2 + i, date: '2012-06-04', vendor: 'CARE HOME LTD', amount: '1200.00', description: 'residential care' }));
    const f = find(rows);
    expect(f.republished).toEqual([]);
  });
});

describe('spikes', () => {
  const usual: CardRow[] = ['01', '02', '03', '04'].map((m, i) => ({ line: 2 + i, date: `2014-${m}-15`, vendor: 'O2', amount: '2400.00', description: `services ${m}/2014` }));

  it('four ordinary monthly bills paid in one month are timing, held back; one bill far above a usual month is a spike', () => {
    const catchUp: CardRow[] = ['05', '06', '07', '08'].map((m, i) => ({ line: 20 + i, date: '2014-08-20', vendor: 'O2', amount: '2400.00', description: `services ${m}/2014` }));
    const f = find([...usual, ...catchUp]);
    expect(f.candidates.filter((c) => c.kind === 'spike')).toEqual([]);
    expect(f.heldBack.timing).toBe(1);
    const h = find([...usual, { line: 30, date: '2014-08-20', vendor: 'O2', amount: '9700.00', description: 'services 05-08/2014 + fee' }]);
    expect(h.candidates.filter((c) => c.kind === 'spike').map((c) => toFixed(c.annual))).toEqual(['7300.00']);
    expect(h.heldBack.timing).toBe(0);
  });

  it('a month far above the last at a vendor selling by the unit (fares) is a purchase, held back', () => {
    const fares: CardRow[] = ['01', '02', '03', '04'].map((m, i) => ({ line: 2 + i, date: `2014-${m}-15`, vendor: 'Lufthansa', amount: '300.00', description: `fare ${m}` }));
    const f = find([...fares, { line: 9, date: '2014-06-02', vendor: 'Lufthansa', amount: '4800.00', description: 'group fares' }]);
    expect(f.candidates.filter((c) => c.kind === 'spike')).toEqual([]);
    expect(f.heldBack.purchases).toBe(1);
  });

  it('a spike whose excess is below the materiality floor is held back and counted', () => {
    const small: CardRow[] = ['01', '02', '03', '04'].map((m, i) => ({ line: 2 + i, date: `2014-${m}-15`, vendor: 'APP STORE', amount: '15.00', description: `app ${m}` }));
    // 157.26 in one line = 10.5× the median, an excess of 142.26: under 500
    const f = find([...small, { line: 9, date: '2014-06-02', vendor: 'APP STORE', amount: '157.26', description: 'apps' }]);
    expect(f.candidates.filter((c) => c.kind === 'spike')).toEqual([]);
    expect(f.heldBack.spikes).toBe(1);
    expect(toFixed(f.heldBack.materiality.floor)).toBe('500.00');
  });
});

describe('materiality floor', () => {
  it('the larger of the absolute amount and 0.1% of the trailing year’s examined spend', () => {
    expect(toFixed(materialityOf(d('10000'), DEFAULT_THRESHOLDS).floor)).toBe('500.00');
    expect(toFixed(materialityOf(d('2600000'), DEFAULT_THRESHOLDS).floor)).toBe('2600.00');
    expect(toFixed(materialityOf(d('2600000'), { materialAmount: d('100'), materialShare: d('0') }).floor)).toBe('100.00');
  });

  it('renewals guessed from spend: two £120 bills six months apart are held back below the floor; a 5,000 one is listed', () => {
    const lines = (vendorKey: string, amount: string) => ({
      vendorKey,
      vendor: vendorKey,
      category: 'misc',
      lines: ['2014-05-27', '2014-11-27'].map((date, i) => ({ date, amount: d(amount), ref: { source: 'card.csv', line: 2 + i } })),
    });
    const o = { asOf: '2015-03-02', fiscalYearEnd: '2015-12-31', withinDays: 90, toleranceDays: 21, materialFloor: d('500') };
    const cal = renewalCalendar([lines('CATCH 22', '120.00'), lines('BIG LICENCE', '5000.00')], [], o);
    expect(cal.renewals.map((r) => r.vendor)).toEqual(['BIG LICENCE']);
    expect(cal.belowFloor).toEqual({ count: 1, floor: d('500') });
  });
});

describe('which lines savings examines', () => {
  it('only lines a rule categorized reach the savings records; uncategorized ones do not', () => {
    const seen: string[] = [];
    const sink = factsSink(undefined, { add: (l) => seen.push(l.vendor) });
    const l1 = line({ line: 2, date: '2014-05-05', vendor: 'Adobe', amount: '10' });
    const l2 = line({ line: 3, date: '2014-05-05', vendor: 'HMCOURTS-SERVICE.G', amount: '55' });
    sink(l1, l1.amount, ruled(l1.amount));
    sink(l2, l2.amount, { rule: undefined, parts: [{ category: 'unassigned', pool: 'other', amount: l2.amount }], scope: 'technology' });
    expect(seen).toEqual(['Adobe']);
    expect(examinedBySavings({ rule: undefined })).toBe(false);
  });
});
