/** Display rounding that foots (money/apportion.ts): parts sum to the rounded total, each within a cent. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents, CentCarry, roundFooting } from '../../src/money/apportion.js';
import { type Decimal, pow10, round } from '../../src/money/decimal.js';

const amount = fc.record({ units: fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), scale: fc.integer({ min: 0, max: 8 }) });
const cents = (ds: readonly Decimal[]) => ds.reduce((a, d) => a + round(d, 2).units, 0n);
/** |shown − exact| < one cent, in units of the exact value's scale */
function withinACent(shown: Decimal, exact: Decimal, inclusive = false): boolean {
  const s = Math.max(exact.scale, 2);
  const diff = shown.units * pow10(s - 2) - exact.units * pow10(s - exact.scale);
  const a = diff < 0n ? -diff : diff;
  return inclusive ? a <= pow10(s - 2) : a < pow10(s - 2);
}
const exactSum = (ds: readonly Decimal[]) => {
  const s = Math.max(2, ...ds.map((d) => d.scale));
  return { units: ds.reduce((a, d) => a + d.units * pow10(s - d.scale), 0n), scale: s };
};

describe('apportionCents / roundFooting', () => {
  it('rounded parts add up to the exactly rounded total, each within one cent of its exact value', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), (parts) => {
        const shown = roundFooting(parts);
        expect(cents(shown)).toBe(round(exactSum(parts), 2).units);
        shown.forEach((p, i) => expect(withinACent(p, parts[i]!)).toBe(true));
        // a part already in cents is never moved
        parts.forEach((p, i) => {
          if (p.scale <= 2) expect(shown[i]!.units).toBe(round(p, 2).units);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('apportions against a target one level up (within a cent of the exact sum)', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 20 }), fc.integer({ min: -1, max: 1 }), (parts, nudge) => {
        const exact = exactSum(parts);
        const r = round(exact, 2);
        const target = { units: r.units + BigInt(nudge), scale: 2 };
        fc.pre(withinACent(target, exact));
        const shown = apportionCents(parts, target);
        expect(cents(shown)).toBe(target.units);
        shown.forEach((p, i) => expect(withinACent(p, parts[i]!)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('the known case: three thirds of a cent-rounded 0.10', () => {
    const third = { units: 3333333n, scale: 8 };
    expect(roundFooting([third, third, third, { units: 1n, scale: 8 }]).map((d) => d.units)).toEqual([4n, 3n, 3n, 0n]);
    expect(roundFooting([{ units: 5n, scale: 3 }, { units: 5n, scale: 3 }]).map((d) => d.units)).toEqual([1n, 0n]);
  });
});

describe('CentCarry (a stream of lines)', () => {
  // half away from zero is not the same on both sides of zero: a running sum that crosses zero
  // can move a line by a whole cent (never more)
  it('shown amounts add up to the rounded running total, each within a cent', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 60 }), (parts) => {
        const carry = new CentCarry();
        const shown = parts.map((p) => carry.book('', p));
        expect(cents(shown)).toBe(round(exactSum(parts), 2).units);
        shown.forEach((p, i) => expect(withinACent(p, parts[i]!, true)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });
});
