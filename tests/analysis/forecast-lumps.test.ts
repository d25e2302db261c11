import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/analysis/forecast.js';
import { lumpBillsIn, lumpVendorsOf } from '../../src/analysis/forecast-lumps.js';
import { detectRenewal, type RenewalGuess, type VendorLines } from '../../src/analysis/renewals/detect.js';
import { toFixed, ZERO } from '../../src/money/decimal.js';
import { d, fact } from './helpers.js';

// A monthly vendor and two vendors billed once a year: one inside the run-rate window
// (2026-04..2026-06), one outside it. Fiscal year = calendar year; the forecast is FY2027.
const months = ['2026-04', '2026-05', '2026-06'];
const trailing = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const fy2027 = trailing.map((m) => `2027-${m.slice(5)}`).sort();
const facts = [
  ...['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((m) => fact('infra', 'Hosting', m, '1000.00')),
  fact('tools', 'Annual In', '2025-05', '1000.00'),
  fact('tools', 'Annual In', '2026-05', '1200.00'),
  fact('tools', 'Annual Out', '2025-02', '600.00'),
  fact('tools', 'Annual Out', '2026-02', '600.00'),
];
const lines = (vendor: string, billings: [string, string][]): VendorLines => ({
  vendorKey: vendor,
  vendor,
  category: 'tools',
  lines: billings.map(([date, amount], i) => ({ date, amount: d(amount), ref: { source: 'f.csv', line: i + 2 } })),
});
const guesses = [lines('Annual In', [['2025-05-10', '1000.00'], ['2026-05-10', '1200.00']]), lines('Annual Out', [['2025-02-20', '600.00'], ['2026-02-20', '600.00']])].map((v) => {
  const r = detectRenewal(v);
  if (r.kind !== 'renewal') throw new Error(`${v.vendor}: not recognised (${r.kind})`);
  return r.guess;
});
const lumps = { vendors: lumpVendorsOf(guesses, (g: RenewalGuess) => g.vendor), yearMonths: fy2027 };
const fixed = (x: unknown) => (x === undefined ? undefined : toFixed(x as never));

describe('forecast: vendors billed in lumps', () => {
  it('before: the bill inside the window becomes a yearly run rate, the one outside is left out', () => {
    const { total } = computeForecast(facts, months, () => ZERO, undefined, { trailing });
    // infra 1,000.00 × 12 = 12,000.00; Annual In once in the window: 1,200.00 / 12 = 100.00 × 12 = 1,200.00; Annual Out: 0
    expect(fixed(total.forecast)).toBe('13200.00');
  });

  it('after: each annual bill once, at the latest amount, on its renewal date; no growth on it', () => {
    const { rows, total, bills } = computeForecast(facts, months, () => d('0.10'), undefined, { trailing, lumps });
    expect(bills?.map((b) => [b.vendor, b.date, fixed(b.amount)])).toEqual([
      ['Annual Out', '2027-02-20', '600.00'],
      ['Annual In', '2027-05-10', '1200.00'],
    ]);
    // infra 1,000.00 × 12 × 1.10 = 13,200.00; tools: run rate 0.00 (both vendors left out) + bills 1,800.00
    expect(rows.map((r) => [r.category, fixed(r.runRateMonthly), fixed(r.annualBills), fixed(r.forecast)])).toEqual([
      ['infra', '1000.00', undefined, '13200.00'],
      ['tools', '0.00', '1800.00', '1800.00'],
    ]);
    expect([fixed(total.runRateMonthly), fixed(total.annualBills), fixed(total.forecast), fixed(total.growth)]).toEqual(['1000.00', '1800.00', '15000.00', '0.10']);
  });

  it('a bill after the window in the current fiscal year counts; one already booked does not', () => {
    // forecasting FY2026 (to date 2026-01..2026-06): Annual In's 2026-05 bill is an actual, its next (2027-05) is outside the year
    const fy2026 = fy2027.map((m) => `2026-${m.slice(5)}`);
    const { total } = computeForecast(facts, months, () => ZERO, undefined, { trailing, toDate: { months: fy2026.slice(0, 6), monthsLeft: 6 }, lumps: { vendors: lumps.vendors, yearMonths: fy2026 } });
    // actuals 6,000.00 + 1,200.00 + 600.00 = 7,800.00; infra 1,000.00 × 6 left = 6,000.00; no bill due 2026-07..12
    expect([fixed(total.actuals), fixed(total.annualBills), fixed(total.forecast)]).toEqual(['7800.00', undefined, '13800.00']);
  });

  it('a quarterly vendor: every billing in the year, the day clamped to the month end', () => {
    const bills = lumpBillsIn([{ category: 'c', vendor: 'Q', display: 'Q', cycle: 3, lastDate: '2026-11-30', amount: d('50.00') }], fy2027, '2026-10');
    expect(bills.map((b) => b.date)).toEqual(['2027-02-28', '2027-05-30', '2027-08-30', '2027-11-30']);
  });
});
