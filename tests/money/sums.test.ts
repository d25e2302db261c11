import { describe, expect, it } from 'vitest';
import { add, type Decimal, DecimalSum, DecimalSums, ZERO } from '../../src/money/decimal.js';
import { parseAmount, parseCommonAmount } from '../../src/ingest/amount.js';

// a small seeded generator: the same cases on every run
function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomDecimal(rnd: () => number): Decimal {
  const sizes = [1n, 100n, 10n ** 10n, 2n ** 52n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 60n, 10n ** 30n];
  const k = sizes[Math.floor(rnd() * sizes.length)]!;
  const units = ((BigInt(Math.floor(rnd() * 1e6)) * k) / 1000n) * (rnd() < 0.5 ? -1n : 1n) + (rnd() < 0.1 ? k : 0n);
  return { units, scale: Math.floor(rnd() * (rnd() < 0.2 ? 25 : 4)) };
}

describe('running sums', () => {
  it('DecimalSum equals folding add, across scales and past 2^53', () => {
    const rnd = generator(1);
    for (let t = 0; t < 500; t++) {
      const sum = new DecimalSum();
      let expected: Decimal = ZERO;
      for (let i = Math.floor(rnd() * 60); i > 0; i--) {
        const d = randomDecimal(rnd);
        // safe units also go through addNumber (no bigint), as the savings columns add them
        if (Number.isSafeInteger(Number(d.units)) && rnd() < 0.5) sum.addNumber(Number(d.units), d.scale);
        else sum.add(d);
        expected = add(expected, d);
      }
      expect(sum.value()).toEqual({ units: expected.units, scale: expected.scale });
    }
  });
  it('DecimalSums keeps each entry equal to folding add', () => {
    const rnd = generator(2);
    for (let t = 0; t < 50; t++) {
      const sums = new DecimalSums(1, 2);
      const expected: Decimal[] = [];
      for (let i = 0; i < 1000; i++) {
        let e = Math.floor(rnd() * (expected.length + 1));
        if (e === expected.length) {
          e = sums.push();
          expected.push(ZERO);
        }
        const d = randomDecimal(rnd);
        sums.add(e, d);
        expected[e] = add(expected[e]!, d);
      }
      expected.forEach((x, e) => expect(sums.value(e)).toEqual({ units: x.units, scale: x.scale }));
    }
  });
});

describe('common amount shapes', () => {
  it('read as parseAmount reads them, or are left to it', () => {
    const rnd = generator(3);
    const alphabet = ['0', '1', '5', '9', ',', '.', '-', '(', ')', '$', ' ', '+', 'e'];
    const texts = ['1,234.56', '$1,234.56', '(1,234.56)', '($5)', '-$5', '-0.00', '(0)', '123456789012345', '1234567890123456', '1,23', '1234,567', '.5', '5.', '$(5.00)', '(-5)'];
    for (let i = 0; i < 200_000; i++) {
      let s = '';
      for (let n = 1 + Math.floor(rnd() * 10); n > 0; n--) s += alphabet[Math.floor(rnd() * alphabet.length)];
      texts.push(s);
    }
    let read = 0;
    for (const text of texts) {
      const fast = parseCommonAmount(text);
      if (fast === null) continue;
      read++;
      const slow = parseAmount(text, '.');
      expect(slow, text).toBeDefined();
      expect({ units: fast.units, scale: fast.scale }, text).toEqual({ units: slow!.units, scale: slow!.scale });
    }
    expect(read).toBeGreaterThan(1000);
  });
});
