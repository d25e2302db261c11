/** The renewals detector on hand-made vendors: each expectation worked out by hand (days counted on a calendar). */
import { describe, expect, it } from 'vitest';
import { addMonthsToDate, billingsOf, detectRenewal, type VendorLines } from '../../src/analysis/renewals/detect.js';
import { renewalCalendar, renewalsWithin } from '../../src/analysis/renewals/schedule.js';
import { parseDecimal, toFixed } from '../../src/money/decimal.js';

const d = (s: string) => parseDecimal(s)!;
let line = 1;
function vendor(name: string, charges: [string, string][]): VendorLines {
  return { vendorKey: `name:${name.toLowerCase()}`, vendor: name, category: 'saas', lines: charges.map(([date, amount]) => ({ date, amount: d(amount), ref: { source: 'x.csv', line: ++line } })) };
}
const guess = (v: VendorLines) => {
  const r = detectRenewal(v);
  if (r.kind !== 'renewal') throw new Error(`not a renewal: ${JSON.stringify(r)}`);
  return r.guess;
};

describe('detectRenewal', () => {
  it('annual: three billings on the anniversary, the last 5% up', () => {
    // gaps 364 and 367 days: at most 2 days off 365.25
    const g = guess(vendor('Acme', [['2024-03-15', '1200.00'], ['2025-03-14', '1200.00'], ['2026-03-16', '1260.00']]));
    expect([g.cadence, g.next, toFixed(g.amount), g.confidence, g.driftDays]).toEqual(['annual', '2027-03-16', '1260.00', 'high', 2]);
    expect(g.priceChange && [toFixed(g.priceChange.before), toFixed(g.priceChange.after), toFixed(g.priceChange.pct, 4), g.priceChange.date, g.priceChange.fromDate]).toEqual(['1200.00', '1260.00', '0.0500', '2026-03-16', '2025-03-14']);
  });

  it('semi-annual: 183 and 181 days apart', () => {
    const g = guess(vendor('Penwick', [['2025-02-10', '900.00'], ['2025-08-12', '900.00'], ['2026-02-09', '950.00']]));
    expect([g.cadence, g.next, g.confidence]).toEqual(['semi-annual', '2026-08-09', 'high']);
    // 50 / 900 = 0.05555… → 0.0556
    expect(toFixed(g.priceChange!.pct, 4)).toBe('0.0556');
  });

  it('quarterly: month-end drift (89, 92, 92, 91, 91 days), and two lines on one date are one billing', () => {
    const g = guess(vendor('Vault', [['2025-01-31', '500'], ['2025-04-30', '500'], ['2025-07-31', '500'], ['2025-10-31', '500'], ['2026-01-30', '500'], ['2026-05-01', '400'], ['2026-05-01', '100']]));
    expect([g.cadence, g.next, toFixed(g.amount), g.confidence, g.billings.length, g.priceChange]).toEqual(['quarterly', '2026-08-01', '500.00', 'high', 6, undefined]);
    expect(g.billings.at(-1)!.refs).toHaveLength(2);
  });

  it('drift up to 21 days is tolerated when the price held; a week at most when it did not', () => {
    // 384 days: 18.75 off the year
    const held = guess(vendor('Drifty', [['2024-06-01', '2000.00'], ['2025-06-20', '2000.00']]));
    expect([held.cadence, held.next, held.confidence, held.driftDays]).toEqual(['annual', '2026-06-20', 'low', 19]);
    expect(detectRenewal(vendor('Drifty2', [['2024-06-01', '2000.00'], ['2025-06-20', '2100.00']])).kind).toBe('none');
    // 25 days off: beyond the tolerance even with the same amount
    expect(detectRenewal(vendor('Late', [['2024-06-01', '2000.00'], ['2025-06-26', '2000.00']])).kind).toBe('none');
    // a hotel every quarter: 78..104 days apart, never the same amount
    const hotel = vendor('Hotel', [['2025-06-23', '191.60'], ['2025-09-23', '185.10'], ['2025-12-10', '227.30'], ['2026-03-24', '211.93'], ['2026-06-21', '178.17'], ['2026-09-16', '261.29']]);
    expect(detectRenewal(hotel).kind).toBe('none');
  });

  it('monthly vendors are not renewals', () => {
    const months = Array.from({ length: 12 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}-05`, '100.00'] as [string, string]);
    expect(detectRenewal(vendor('Chat', months))).toMatchObject({ kind: 'none', reason: 'monthly' });
  });

  it('one billing is seen once; two quarterly ones are not yet a pattern; an amount step beyond 50% is another deal', () => {
    expect(detectRenewal(vendor('Once', [['2025-09-10', '3000.00']])).kind).toBe('seen-once');
    expect(detectRenewal(vendor('TwiceQ', [['2025-11-01', '300'], ['2026-02-01', '300']])).kind).toBe('none');
    expect(detectRenewal(vendor('Jump', [['2024-03-01', '1000'], ['2025-03-01', '1600']])).kind).toBe('none');
    // a credit on its own date is not a billing
    expect(detectRenewal(vendor('Credit', [['2024-03-01', '1000'], ['2024-07-01', '-50'], ['2025-03-01', '1000']])).kind).toBe('renewal');
  });

  it('2 identical billings on the anniversary: medium', () => {
    expect(guess(vendor('Gone', [['2024-01-10', '700'], ['2025-01-10', '700']])).confidence).toBe('medium');
  });

  it('adds months with the day clamped', () => {
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsToDate('2027-11-29', 3)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-01-31', 12)).toBe('2027-01-31');
  });

  it('billingsOf sums a date and drops dates that net to a credit', () => {
    expect(billingsOf(vendor('B', [['2026-01-01', '10'], ['2026-01-01', '5'], ['2026-02-01', '-3']]).lines).map((b) => [b.date, toFixed(b.amount)])).toEqual([['2026-01-01', '15.00']]);
  });
});

describe('renewalCalendar', () => {
  const vendors = [
    vendor('Drifty', [['2024-06-01', '2000.00'], ['2025-06-20', '2000.00']]),
    vendor('Vault', [['2025-01-31', '500'], ['2025-04-30', '500'], ['2025-07-31', '500'], ['2025-10-31', '500'], ['2026-01-30', '500'], ['2026-05-01', '500']]),
    vendor('Gone', [['2024-01-10', '700'], ['2025-01-10', '700']]),
    vendor('Once', [['2025-09-10', '3000.00']]),
  ];
  const o = { asOf: '2026-06-30', fiscalYearEnd: '2026-12-31', withinDays: 90, toleranceDays: 21 };

  it('due, lapsed and seen once, by date', () => {
    const cal = renewalCalendar(vendors, [], o);
    expect(cal.renewals.map((r) => [r.vendor, r.date, r.status, r.daysLeft])).toEqual([
      ['Gone', '2026-01-10', 'lapsed', -171],
      ['Drifty', '2026-06-20', 'due', -10],
      ['Vault', '2026-08-01', 'due', 32],
    ]);
    expect(cal.seenOnce.map((s) => s.vendor)).toEqual(['Once']);
    // Drifty is 10 days late, within the tolerance: due now
    expect(renewalsWithin(cal, 30, false).map((h) => [h.renewal.vendor, h.what])).toEqual([['Drifty', 'renewal']]);
  });

  it('a contract overrides the guess and adds its notice deadline', () => {
    const contract = { vendor: 'Vault', vendorKey: 'name:vault', renewalDate: '2026-07-15', noticeDays: 10, committed: d('2100.00'), where: 'c.csv:2' };
    const cal = renewalCalendar(vendors, [contract], o);
    const vault = cal.renewals.find((r) => r.vendor === 'Vault')!;
    expect([vault.date, toFixed(vault.amount!), vault.confidence, vault.noticeDeadline, vault.daysLeft, vault.noticeDaysLeft]).toEqual(['2026-07-15', '2100.00', 'contract', '2026-07-05', 15, 5]);
    expect(renewalsWithin(cal, 30, false).map((h) => [h.renewal.vendor, h.what, h.daysLeft])).toEqual([
      ['Drifty', 'renewal', -10],
      ['Vault', 'notice deadline', 5],
      ['Vault', 'renewal', 15],
    ]);
    // the evidence of the guess stays with the contract row
    expect(vault.evidence).toHaveLength(6);
  });
});
