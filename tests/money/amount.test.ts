import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount, detectDecimalMark } from '../../src/ingest/amount.js';
import { toExact, toFixed, toGrouped } from '../../src/money/decimal.js';

describe('parseAmount', () => {
  it.each([
    ['1234.56', '.', '1234.56'],
    ['1,234.56', '.', '1234.56'],
    ['$1,234.56', '.', '1234.56'],
    ['(1,234.56)', '.', '-1234.56'],
    ['-1234.56', '.', '-1234.56'],
    ['1.234,56', ',', '1234.56'],
    ['-123,45 €', ',', '-123.45'],
    ['1.000.000,00', ',', '1000000'],
    ['"$10,000.00 "'.slice(1, -1), '.', '10000'],
    ['- $220.00', '.', '-220'],
    ['+ $1,150.00', '.', '1150'],
    ['£ 7.90', '.', '7.9'],
    ["11'373.94", '.', '11373.94'],
    ['5.64902E-05', '.', '0.0000564902'],
    ['1.81E-8', '.', '0.0000000181'],
    ['USD 12.00', '.', '12'],
    ['12.00 USD', '.', '12'],
    ['100-', '.', '-100'],
    [' 42 ', '.', '42'],
  ])('%s (mark %s) = %s', (text, mark, expected) => {
    const a = parseAmount(text, mark as '.' | ',');
    expect(a).toBeDefined();
    expect(toExact(a!)).toBe(expected);
  });
  it.each(['', '   ', 'abc', '12x', '1,23,4.5', '--5', '1.2.3'])('rejects %j', (text) => {
    expect(parseAmount(text, '.')).toBeUndefined();
  });
  it('property: a grouped, signed, symbol-decorated amount reads back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.constantFrom('', '$', '€ ', 'USD '), fc.boolean(), (cents, symbol, parens) => {
        const value = { units: cents, scale: 2 };
        const body = toGrouped({ units: cents < 0n ? -cents : cents, scale: 2 });
        const text = cents < 0n ? (parens ? `(${symbol}${body})` : `-${symbol}${body}`) : `${symbol}${body}`;
        expect(toFixed(parseAmount(text, '.')!, 2)).toBe(toFixed(value, 2));
        const comma = text.replace(/,/g, '_').replace('.', ',').replace(/_/g, '.');
        expect(toFixed(parseAmount(comma, ',')!, 2)).toBe(toFixed(value, 2));
      }),
    );
  });
  it('detects a decimal comma from samples', () => {
    expect(detectDecimalMark(['-63,89', '12,00', '1.234,56'])).toBe(',');
    expect(detectDecimalMark(['1,234.56', '12.00', '0.0000181'])).toBe('.');
  });
});
