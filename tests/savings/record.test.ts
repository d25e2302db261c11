import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordCollector } from '../../src/analysis/savings/record.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { type Decimal, parseDecimal, toExact } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';

const d = (s: string): Decimal => parseDecimal(s)!;

function line(n: number, vendor: string, date: string, amount: Decimal, extra: Partial<ExpenseLine> = {}): ExpenseLine {
  return { source: 'gl.csv', line: n, date, vendor, description: ` item ${n} `, account: '6400', department: '', costCenter: '', currency: 'USD', amount, fields: [], header: new Map(), ...extra };
}
const cat = (category: string, amount: Decimal): Categorization => ({ rule: undefined, parts: [{ category, pool: 'other', amount }], scope: 'technology' });

describe('savings records in columns', () => {
  it('gives back every field as added, huge amounts and converted lines included', () => {
    const c = new RecordCollector();
    const huge = d('123456789012345678901.25');
    const eur = d('100.00');
    c.add(line(2, 'Slack', '2026-01-05', d('12.50')), d('12.50'), cat('collab', d('12.50')));
    c.add(line(3, 'Acme Widgets', '2026-02-01', huge), huge, cat('misc', huge));
    c.add(line(4, 'Acme Widgets', '2026-01-31', eur, { currency: 'EUR', quantity: d('3'), usage: d('1') }), d('108.00'), cat('misc', d('108.00')));
    expect(c.size).toBe(3);
    expect(c.lastDate).toBe('2026-02-01');
    expect(c.lastMonth).toBe('2026-02');
    const r = c.record(1);
    expect(toExact(r.amount)).toBe('123456789012345678901.25');
    expect(r.sourceAmount).toBe(r.amount);
    expect([r.month, r.description, r.account, r.category, r.line]).toEqual(['2026-02', 'item 3', '6400', 'misc', 3]);
    const x = c.record(2);
    expect([x.amount, x.sourceAmount, x.currency, x.quantity, x.usage]).toEqual([d('108.00'), d('100.00'), 'EUR', d('3'), d('1')]);
    expect(c.seatRecords().map((s) => s.line)).toEqual([4]);
    const acme = [...c.vendorSeries().values()].find((s) => s.vendor === 'Acme Widgets')!;
    expect([...acme.months.keys()]).toEqual(['2026-02', '2026-01']);
    expect(toExact(acme.months.get('2026-02')!.amount)).toBe('123456789012345678901.25');
    expect(acme.months.get('2026-01')!.records.map((s) => s.line)).toEqual([4]);
  });
});

describe('appending collectors', () => {
  it('property: lines split over collectors and appended in order read as one collector', () => {
    const vendors = ['Slack', 'SLACK TECHNOLOGIES', 'Acme Widgets', 'acme widgets', ''];
    const entry = fc.record({
      vendor: fc.constantFrom(...vendors),
      day: fc.integer({ min: 1, max: 60 }),
      cents: fc.oneof(fc.integer({ min: -5000, max: 50000 }), fc.constant(2 ** 60)),
      currency: fc.constantFrom('USD', 'EUR'),
      seats: fc.boolean(),
      category: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }), (entries, cuts) => {
        const lines = entries.map((e, n) => {
          const date = `2026-${String(1 + Math.floor((e.day - 1) / 30)).padStart(2, '0')}-${String(1 + ((e.day - 1) % 28)).padStart(2, '0')}`;
          const amount = { units: BigInt(e.cents), scale: 2 };
          const booked = e.currency === 'USD' ? amount : { units: BigInt(e.cents) * 108n, scale: 4 };
          return { l: line(n + 2, e.vendor, date, amount, { currency: e.currency, ...(e.seats ? { quantity: d('5'), usage: d('2') } : {}) }), booked, c: cat(e.category, booked) };
        });
        const whole = new RecordCollector();
        for (const x of lines) whole.add(x.l, x.booked, x.c);
        const bounds = [0, ...cuts.map((k) => Math.min(k, lines.length)).sort((a, b) => a - b), lines.length];
        const joined = new RecordCollector();
        for (let k = 0; k + 1 < bounds.length; k++) {
          const part = new RecordCollector();
          for (const x of lines.slice(bounds[k], bounds[k + 1])) part.add(x.l, x.booked, x.c);
          joined.append(structuredClone(part.columns()));
        }
        expect(joined.size).toBe(whole.size);
        expect([joined.lastDate, joined.lastMonth]).toEqual([whole.lastDate, whole.lastMonth]);
        for (let i = 0; i < whole.size; i++) expect(joined.record(i)).toEqual(whole.record(i));
        const shape = (c: RecordCollector) => [...c.vendorSeries().values()].map((s) => [s.vendor, s.vendorKey, [...s.months].map(([m, v]) => [m, v.amount, v.indexes])]);
        expect(shape(joined)).toEqual(shape(whole));
        expect(joined.seatRecords()).toEqual(whole.seatRecords());
      }),
      { numRuns: 150 },
    );
  });
});
