import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountKey, groupBy } from '../../src/analysis/savings/series.js';
import { compare, parseDecimal } from '../../src/money/decimal.js';

describe('savings grouping', () => {
  it('property: amount keys are equal exactly when the amounts are', () => {
    const amount = fc.oneof(
      fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 })).map(([units, scale]) => ({ units, scale })),
      fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 0, max: 3 })).map(([u, scale]) => ({ units: BigInt(u), scale })),
    );
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(amountKey(a) === amountKey(b)).toBe(compare(a, b) === 0);
      }),
    );
    expect(amountKey(parseDecimal('1.5')!)).toBe(amountKey(parseDecimal('1.50')!));
    expect(amountKey(parseDecimal('1.5')!)).not.toBe(amountKey(parseDecimal('1.05')!));
  });

  it('drops groups below the minimum size before sorting', () => {
    expect(groupBy(['b1', 'a1', 'b2', 'c1', 'c2', 'c3'], (s) => s[0], 2).map(([k, v]) => [k, v.length])).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
  });
});

describe('description keys', () => {
  it('property: the same as collapsing every run of white space and trimming', async () => {
    const { descriptionKey } = await import('../../src/analysis/savings/series.js');
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', '-') });
    fc.assert(
      fc.property(text, (t) => {
        expect(descriptionKey(t)).toBe(t.toLowerCase().replace(/\s+/g, ' ').trim());
      }),
    );
  });
});
