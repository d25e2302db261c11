import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVariance, isMaterial, totalVariance, type VarianceRow } from '../../src/analysis/variance.js';
import { add, compare, type Decimal, round, toFixed } from '../../src/money/decimal.js';
import { d, fact } from './helpers.js';

const byCategory = (f: { category: string }) => f.category;
const fixed = (r: VarianceRow) => ({
  key: r.key,
  base: toFixed(r.base),
  current: toFixed(r.current),
  change: toFixed(r.change),
  pct: r.changePct === undefined ? undefined : toFixed(r.changePct, 6),
  expansion: toFixed(r.expansion),
  new: toFixed(r.newCapability),
  discontinued: toFixed(r.discontinued),
  price: r.price === undefined ? undefined : toFixed(r.price),
  volume: r.volume === undefined ? undefined : toFixed(r.volume),
});

describe('computeVariance: causes by vendor (SPEC §5)', () => {
  it('splits a change into expansion, new capability and discontinued spend', () => {
    const base = [fact('cloud', 'AWS', '2026-01', '1000.00'), fact('cloud', 'New Relic', '2026-01', '300.00')];
    const current = [fact('cloud', 'AWS', '2026-02', '1500.00'), fact('cloud', 'Datadog', '2026-02', '250.00')];
    const [row] = computeVariance(base, current, byCategory);
    // 1750.00 − 1300.00 = 450.00 = 500.00 (AWS) + 250.00 (Datadog) − 300.00 (New Relic); 450/1300 = 0.346153…
    expect(fixed(row!)).toEqual({ key: 'cloud', base: '1300.00', current: '1750.00', change: '450.00', pct: '0.346154', expansion: '500.00', new: '250.00', discontinued: '-300.00', price: undefined, volume: undefined });
    expect(row!.vendors.map((v) => [v.vendor, v.cause, toFixed(v.change)])).toEqual([
      ['AWS', 'expansion', '500.00'],
      ['New Relic', 'discontinued', '-300.00'],
      ['Datadog', 'new', '250.00'],
    ]);
  });

  it('a group only in the current period is all new capability, with no percentage', () => {
    const [row] = computeVariance([], [fact('ai', 'Anthropic', '2026-02', '6482.19')], byCategory);
    expect(fixed(row!)).toMatchObject({ base: '0.00', change: '6482.19', pct: undefined, new: '6482.19', expansion: '0.00' });
  });

  it('splits expansion of metered items into volume at the base price and price', () => {
    // 100 h at 10.00 = 1000.00 → 120 h at 12.50 = 1500.00: volume 20 × 10 = 200, price (12.50 − 10) × 120 = 300
    const base = [fact('cloud', 'AWS', '2026-01', '1000.00', { quantity: d('100'), quantityLines: 1, item: 'ec2' }), fact('cloud', 'AWS', '2026-01', '50.00')];
    const current = [fact('cloud', 'AWS', '2026-02', '1500.00', { quantity: d('120'), quantityLines: 1, item: 'ec2' }), fact('cloud', 'AWS', '2026-02', '80.00')];
    const [row] = computeVariance(base, current, byCategory);
    // expansion 530.00 = 500.00 metered (price 300 + volume 200) + 30.00 not metered (not split)
    expect(fixed(row!)).toMatchObject({ change: '530.00', expansion: '530.00', price: '300.00', volume: '200.00' });
  });

  it('a price change a cent of display rounding could make is volume, not price', () => {
    // 3 units at 10.00 → 6 units at 20.01: volume 3 × 10.00/3 = 10.00; the 0.01 left is within the
    // reach of a cent on each side (0.01 × (1 + 6/3) = 0.03): all 10.01 is volume, price 0.00
    const item = (month: string, amount: string, q: string) => fact('c', 'A', month, amount, { quantity: d(q), quantityLines: 1, item: 'seat' });
    const [noise] = computeVariance([item('2026-01', '10.00', '3')], [item('2026-02', '20.01', '6')], byCategory);
    expect(fixed(noise!)).toMatchObject({ change: '10.01', price: '0.00', volume: '10.01' });
    // a real price change stays one: 6 units at 24.00 → price 4.00, volume 10.00
    const [real] = computeVariance([item('2026-01', '10.00', '3')], [item('2026-02', '24.00', '6')], byCategory);
    expect(fixed(real!)).toMatchObject({ change: '14.00', price: '4.00', volume: '10.00' });
  });

  it('rounds base and current per group; expansion takes the sub-cent rest so the identity is exact', () => {
    // base 10.005 → 10.01; current 10.005 + new 0.005 = 10.010 → 10.01; new rounds to 0.01
    const [row] = computeVariance([fact('c', 'A', '2026-01', '10.005')], [fact('c', 'A', '2026-02', '10.005'), fact('c', 'B', '2026-02', '0.005')], byCategory);
    expect(fixed(row!)).toMatchObject({ base: '10.01', current: '10.01', change: '0.00', new: '0.01', expansion: '-0.01' });
  });

  it('flags material moves: at least the amount and the threshold, or new spend of at least the amount', () => {
    const m = { threshold: d('0.10'), minAmount: d('1000') };
    expect(isMaterial({ change: d('1000'), changePct: d('0.10') }, m)).toBe(true);
    expect(isMaterial({ change: d('-1000'), changePct: d('-0.10') }, m)).toBe(true);
    expect(isMaterial({ change: d('999.99'), changePct: d('0.5') }, m)).toBe(false);
    expect(isMaterial({ change: d('5000'), changePct: d('0.0999') }, m)).toBe(false);
    expect(isMaterial({ change: d('1000'), changePct: undefined }, m)).toBe(true);
  });
});

const amount = fc.bigInt({ min: -500_000_000n, max: 5_000_000_000n }).chain((units) => fc.constantFrom(2, 4, 10).map((scale) => ({ units, scale }) as Decimal));
const factArb = fc.record({
  category: fc.constantFrom('a', 'b', 'c'),
  vendor: fc.constantFrom('v1', 'v2', 'v3', 'v4'),
  month: fc.constantFrom('2026-01', '2026-02'),
  amount,
  quantity: fc.option(fc.bigInt({ min: 1n, max: 10_000n }).map((units) => ({ units, scale: 1 }) as Decimal), { nil: undefined }),
});

describe('variance properties', () => {
  it('change = expansion + new_capability + discontinued exactly, per row and in total, all in whole cents', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 40 }), (raw) => {
        const facts = raw.map((r) => fact(r.category, r.vendor, r.month, '0', { amount: r.amount, quantity: r.quantity, quantityLines: r.quantity ? 1 : 0, item: 'x' }));
        const rows = computeVariance(
          facts.filter((f) => f.month === '2026-01'),
          facts.filter((f) => f.month === '2026-02'),
          byCategory,
        );
        for (const r of [...rows, totalVariance(rows)]) {
          expect(compare(add(add(r.expansion, r.newCapability), r.discontinued), r.change)).toBe(0);
          // and in the rendered (2-decimal) form scripts read
          for (const x of [r.base, r.current, r.change, r.expansion, r.newCapability, r.discontinued]) expect(compare(x, round(x, 2))).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a period against itself has no variance', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 40 }), (raw) => {
        const facts = raw.map((r) => fact(r.category, r.vendor, '2026-01', '0', { amount: r.amount }));
        for (const r of computeVariance(facts, facts, byCategory)) {
          expect([r.change, r.expansion, r.newCapability, r.discontinued].map((x) => x.units)).toEqual([0n, 0n, 0n, 0n]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
