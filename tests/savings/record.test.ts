import { describe, expect, it } from 'vitest';
import { RecordCollector } from '../../src/analysis/savings/record.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { type Decimal, parseDecimal, toExact } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';

const d = (s: string): Decimal => parseDecimal(s)!;

function line(n: number, vendor: string, date: string, amount: Decimal, extra: Partial<ExpenseLine> = {}): ExpenseLine {
  return { source: 'gl.csv', line: n, date, vendor, description: ` item ${n} `, account: '6400', department: '', costCenter: '', currency: 'USD', amount, fields: [], header: new Map(), ...extra };
}
const cat = (category: string, amount: Decimal): Categorization => ({ rule: undefined, parts: [{ category, pool: 'other', amount }] });

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
