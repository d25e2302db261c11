/**
 * analysis/capex: the split (opex + capex = spend, to the unit) and the straight-line schedule
 * (the charges add up to the capex; month after), by property and on hand-worked figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amortizationSchedule, capexCells, depreciationCharges, splitCapex, summarizeCapex, WHOLE } from '../../src/analysis/capex.js';
import { add, type Decimal, toFixed, ZERO } from '../../src/money/decimal.js';
import { config, d, fact } from './helpers.js';

const cents = (n: bigint): Decimal => ({ units: n, scale: 2 });
const sum = (xs: Decimal[]) => xs.reduce((a, b) => add(a, b), ZERO as Decimal);

describe('splitCapex', () => {
  it('opex + capex = spend exactly, each part within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 0n, max: WHOLE }), (units, share) => {
        const amount = cents(units);
        const { capex, opex } = splitCapex(amount, share);
        expect(add(capex, opex)).toEqual(add(amount, ZERO));
        // |capex − amount × share| < 1 unit
        const exactTimesWhole = units * share;
        const diff = capex.units * WHOLE - exactTimesWhole;
        expect(diff < 0n ? -diff : diff).toBeLessThan(WHOLE);
      }),
    );
  });
  it('hand-worked: 500.01 at 60% → capex 300.01 (300.006), opex 200.00; 99.99 at 50% → the tie goes to capex', () => {
    expect(splitCapex(d('500.01'), 60_000_000n)).toEqual({ capex: cents(30001n), opex: cents(20000n) });
    expect(splitCapex(d('99.99'), 50_000_000n)).toEqual({ capex: cents(5000n), opex: cents(4999n) });
    expect(splitCapex(d('10.00'), 0n)).toEqual({ capex: cents(0n), opex: cents(1000n) });
    expect(splitCapex(d('10.00'), WHOLE)).toEqual({ capex: cents(1000n), opex: cents(0n) });
  });
});

describe('depreciationCharges', () => {
  it('sums to the capex, every charge within one unit of capex ÷ life, larger ones first', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fc.integer({ min: 1, max: 120 }), (units, life) => {
        const charges = depreciationCharges(cents(units), life);
        expect(charges).toHaveLength(life);
        expect(sum(charges).units).toBe(units);
        const lo = units / BigInt(life);
        for (const c of charges) expect([lo, lo + (units < 0n ? -1n : 1n)]).toContain(c.units);
        for (let i = 1; i < life; i++) {
          const a = charges[i - 1]!.units;
          const b = charges[i]!.units;
          expect(units >= 0n ? a >= b : a <= b).toBe(true);
        }
      }),
    );
  });
  it('hand-worked: 300.01 over 3 months → 100.01, 100.00, 100.00', () => {
    expect(depreciationCharges(d('300.01'), 3).map((c) => toFixed(c))).toEqual(['100.01', '100.00', '100.00']);
  });
  it('refuses a life that is not a whole positive number of months', () => {
    expect(() => depreciationCharges(d('1'), 0)).toThrow(RangeError);
  });
});

const CONFIG = `
usefulLife: 4
categories:
  - { id: product-eng, name: Product engineering, capitalize: 60%, usefulLife: 3 }
  - { id: design, name: Design, capitalize: 50 }
  - { id: hosting, name: Hosting }
`;

describe('capex cells, summary and schedule (tests/fixtures/capex/HAND.md)', () => {
  const cfg = config(CONFIG);
  const facts = [
    fact('product-eng', 'Acme', '2026-01', '1000.00'),
    fact('hosting', 'AWS', '2026-01', '300.00'),
    // two facts of one category and month: split on their total, not one by one
    fact('product-eng', 'Acme', '2026-02', '500.00'),
    fact('product-eng', 'Other', '2026-02', '0.01'),
    fact('hosting', 'AWS', '2026-02', '310.00'),
    fact('design', 'Pixel', '2026-02', '99.99'),
    fact('product-eng', 'Acme', '2026-03', '1000.00'),
    fact('hosting', 'AWS', '2026-03', '320.00'),
  ];
  const cells = capexCells(facts, cfg);

  it('splits per category and month, opex + capex = spend in every cell', () => {
    for (const c of cells) expect(add(c.capex, c.opex)).toEqual(c.spend);
    expect(cells.find((c) => c.category === 'product-eng' && c.month === '2026-02')).toMatchObject({ capex: cents(30001n), opex: cents(20000n) });
  });

  it('summarizes Jan–Mar as worked out by hand', () => {
    const rows = summarizeCapex(cells, new Set(['2026-01', '2026-02', '2026-03']));
    const show = (r: (typeof rows)[number]) => [r.category, ...[r.spend, r.opex, r.capex, r.depreciation, r.pnl].map((x) => toFixed(x))];
    expect(rows.map(show)).toEqual([
      ['design', '99.99', '49.99', '50.00', '12.50', '62.49'],
      ['hosting', '930.00', '930.00', '0.00', '0.00', '930.00'],
      ['product-eng', '2500.01', '1000.00', '1500.01', '500.01', '1500.01'],
    ]);
    expect(rows.find((r) => r.category === 'design')!.policy).toEqual({ share: 50_000_000n, life: 4 });
  });

  it('schedules every month from the first capex to the last charge; net book value ends at zero', () => {
    const s = amortizationSchedule(cells).map((m) => [m.month, toFixed(m.capex), toFixed(m.depreciation), toFixed(m.netBookValue)]);
    expect(s).toEqual([
      ['2026-01', '600.00', '0.00', '600.00'],
      ['2026-02', '350.01', '200.00', '750.01'],
      ['2026-03', '600.00', '312.51', '1037.50'],
      ['2026-04', '0.00', '512.50', '525.00'],
      ['2026-05', '0.00', '312.50', '212.50'],
      ['2026-06', '0.00', '212.50', '0.00'],
    ]);
  });

  it('the schedule sums to the capex for any facts (property)', () => {
    const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('product-eng', 'design', 'hosting'), fc.constantFrom(...months), fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n })), { maxLength: 20 }), (rows) => {
        const cs = capexCells(rows.map(([c, m, u]) => ({ ...fact(c, 'v', m, '0'), amount: cents(u) })), cfg);
        const schedule = amortizationSchedule(cs);
        const capex = sum(cs.map((c) => c.capex));
        expect(sum(schedule.map((m) => m.capex)).units).toBe(capex.units);
        expect(sum(schedule.map((m) => m.depreciation)).units).toBe(capex.units);
        for (const c of cs) expect(add(c.capex, c.opex).units).toBe(c.spend.units);
      }),
    );
  });
});
