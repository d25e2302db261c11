/** The facts rounded once per run (report/display-rounding.ts): every grouping foots, months stay put. */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/analysis/ledger.js';
import { type Decimal, round } from '../../src/money/decimal.js';
import { roundFacts } from '../../src/report/display-rounding.js';

const d = (s: string): Decimal => {
  const [i, f = ''] = s.split('.');
  return { units: BigInt(i! + f), scale: f.length };
};
const fact = (month: string, category: string, vendor: string, amount: string): Fact => ({ month, category, vendor, pool: 'cloud', amount: d(amount), lines: 1, quantity: undefined, quantityLines: 0 });
const centsOf = (fs: readonly Fact[], pred: (f: Fact) => boolean = () => true) => fs.filter(pred).reduce((a, f) => a + round(f.amount, 2).units, 0n);

describe('roundFacts', () => {
  // exact: 2026-01 = 0.0150 + 0.0150 + 1.0049 = 1.0349 → 1.03; 2026-02 = 0.333 × 3 = 0.999 → 1.00
  const facts = [
    fact('2026-01', 'a', 'x', '0.0150'),
    fact('2026-01', 'b', 'y', '0.0150'),
    fact('2026-01', 'b', 'z', '1.0049'),
    fact('2026-02', 'a', 'x', '0.333'),
    fact('2026-02', 'a', 'y', '0.333'),
    fact('2026-02', 'b', 'x', '0.333'),
  ];
  it('the grand total is exactly rounded and every fact is in cents, within a cent of its exact value', () => {
    const r = roundFacts(facts);
    // exact grand 2.0339 → 2.03
    expect(centsOf(r)).toBe(203n);
    for (const [i, f] of r.entries()) {
      expect(f.amount.scale).toBe(2);
      const diff = Number(f.amount.units) / 100 - Number(facts[i]!.amount.units) / 10 ** facts[i]!.amount.scale;
      expect(Math.abs(diff)).toBeLessThan(0.01);
    }
    // each month is within a cent of its exact total, and the months add up to the grand total
    const jan = centsOf(r, (f) => f.month === '2026-01');
    const feb = centsOf(r, (f) => f.month === '2026-02');
    expect(jan + feb).toBe(203n);
    expect([103n, 104n]).toContain(jan);
    expect([99n, 100n]).toContain(feb);
  });
  it('does not depend on the order of the facts', () => {
    const a = roundFacts(facts);
    const b = roundFacts([...facts].reverse()).reverse();
    expect(b.map((f) => f.amount.units)).toEqual(a.map((f) => f.amount.units));
  });
  it('a category in a month is the same cents whatever finer grain the facts keep', () => {
    const coarse = [fact('2026-01', 'a', '', '0.0150'), fact('2026-01', 'b', '', '1.0199'), fact('2026-02', 'a', '', '0.666'), fact('2026-02', 'b', '', '0.333')];
    const fine = roundFacts(facts);
    const c = roundFacts(coarse);
    for (const m of ['2026-01', '2026-02'])
      for (const cat of ['a', 'b']) expect(centsOf(fine, (f) => f.month === m && f.category === cat)).toBe(centsOf(c, (f) => f.month === m && f.category === cat));
  });
  it('leaves facts already in cents alone', () => {
    const cents = [fact('2026-01', 'a', 'x', '10.50'), fact('2026-01', 'b', 'y', '3')];
    expect(roundFacts(cents).map((f) => f.amount)).toEqual(cents.map((f) => f.amount));
  });
});
