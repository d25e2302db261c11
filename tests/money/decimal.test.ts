import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, allocate, compare, divide, groupDigits, parseDecimal, round, toFixed, toGrouped, type Decimal } from '../../src/money/decimal.js';

const d = (s: string): Decimal => parseDecimal(s)!;

describe('parseDecimal', () => {
  it('reads plain and scientific notation exactly', () => {
    expect(toFixed(d('1234.56'), 2)).toBe('1234.56');
    expect(d('1.81E-8')).toEqual({ units: 181n, scale: 10 });
    expect(d('5.64902E-05')).toEqual({ units: 564902n, scale: 10 });
    expect(d('-0.5')).toEqual({ units: -5n, scale: 1 });
    expect(d('2E3')).toEqual({ units: 2000n, scale: 0 });
    expect(parseDecimal('1.2.3')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('.')).toBeUndefined();
    expect(parseDecimal('12x')).toBeUndefined();
  });
  it('keeps 28 decimal places', () => {
    expect(toFixed(d('16.2969321366366446274854190000'), 28)).toBe('16.2969321366366446274854190000');
  });
});

describe('rounding is half away from zero', () => {
  it.each([
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['0.0049999', '0.00'],
    ['2.675', '2.68'],
    ['-2.675', '-2.68'],
    ['1.994999', '1.99'],
  ])('%s → %s', (input, out) => expect(toFixed(d(input), 2)).toBe(out));
  it('never prints a negative zero', () => expect(toFixed(d('-0.001'), 2)).toBe('0.00'));
});

describe('formatting', () => {
  it('groups thousands', () => {
    expect(toGrouped(d('-1234567.891'))).toBe('-1,234,567.89');
    expect(toGrouped(d('999.995'))).toBe('1,000.00');
  });
  it('divides exactly with rounding', () => {
    expect(toFixed(divide(d('1'), d('3'), 4), 4)).toBe('0.3333');
    expect(toFixed(divide(d('2'), d('3'), 4), 4)).toBe('0.6667');
  });
});

describe('allocate', () => {
  it('gives the remainder cents to the largest remainders, ties to the first part', () => {
    expect(allocate(d('0.10'), [1n, 1n, 1n]).map((x) => toFixed(x))).toEqual(['0.04', '0.03', '0.03']);
    expect(allocate(d('100.00'), [70n, 30n]).map((x) => toFixed(x))).toEqual(['70.00', '30.00']);
    expect(allocate(d('-0.05'), [1n, 1n]).map((x) => toFixed(x))).toEqual(['-0.03', '-0.02']);
  });
  it('property: parts always add up exactly to the whole', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), fc.array(fc.bigInt({ min: 1n, max: 10n ** 8n }), { minLength: 1, maxLength: 8 }), (units, scale, weights) => {
        const total = { units, scale };
        const parts = allocate(total, weights);
        expect(parts).toHaveLength(weights.length);
        const sum = parts.reduce((a, b) => add(a, b), { units: 0n, scale });
        expect(compare(sum, total)).toBe(0);
        // no part is off by more than one unit from its exact share
        const W = weights.reduce((a, b) => a + b, 0n);
        parts.forEach((p, i) => {
          const exact = (units * weights[i]!) ;
          const diff = p.units * W - exact;
          expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(W);
        });
      }),
    );
  });
});

describe('properties', () => {
  it('parse ∘ format round-trips at any scale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        const x = { units, scale };
        const text = toFixed(x, scale);
        expect(compare(parseDecimal(text)!, x)).toBe(0);
      }),
    );
  });
  it('rounding to cents then summing differs from the exact sum by at most half a cent per term', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 50 }), (list) => {
        const xs = list.map((u) => ({ units: u, scale: 6 }));
        const exact = xs.reduce((a, b) => add(a, b), { units: 0n, scale: 6 });
        const rounded = xs.map((x) => round(x, 2)).reduce((a, b) => add(a, b), { units: 0n, scale: 2 });
        const diff = add(exact, { units: -rounded.units * 10000n, scale: 6 });
        expect(diff.units < 0n ? -diff.units : diff.units).toBeLessThanOrEqual(BigInt(xs.length) * 5000n);
      }),
    );
  });
});

describe('groupDigits', () => {
  it('property: groups a count as en-US does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 })), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-1000)).toBe('-1,000');
    expect(groupDigits(999)).toBe('999');
  });
});
