import { describe, expect, it } from 'vitest';
import { detectDecimalMark, parseAmount } from '../../src/ingest/amount.js';
import { toExact } from '../../src/money/decimal.js';

describe('amounts as exports write them', () => {
  it.each([
    ['د.ا.\u200f4.750', '.', '4.75'],
    ['£ 7.90', '.', '7.9'],
    ['"$10,000.00 "'.slice(1, -1), '.', '10000'],
    ['- $220.00', '.', '-220'],
    ['+ $1,150.00', '.', '1150'],
    ['-123,45 €', ',', '-123.45'],
    ['1.000.000,00', ',', '1000000'],
    ['1 234,56', ',', '1234.56'],
    ["11'373.94", '.', '11373.94'],
    ['5.64902E-05', '.', '0.0000564902'],
    ['2.323760000E-9', '.', '0.00000000232376'],
    ['5e-06', '.', '0.000005'],
    ['0.000000144000000000000000', '.', '0.000000144'],
    [' 34.65', '.', '34.65'],
    ['24,14-', ',', '-24.14'],
    ['$(5.00)', '.', '-5'],
    ['100 EUR', '.', '100'],
    ['USD 12.5', '.', '12.5'],
  ])('%j (mark %s) = %s', (text, mark, expected) => {
    const a = parseAmount(text, mark as '.' | ',');
    expect(a && toExact(a)).toBe(expected);
  });
  it.each(['--5', '-(5)', '+-5', 'NULL', 'EUR', '1e999999', '9'.repeat(200), '1.2.3', '12abc'])('rejects %j', (text) => {
    expect(parseAmount(text, '.')).toBeUndefined();
  });
  it('detects the decimal mark from a column, ignoring currency prefixes and exponents', () => {
    expect(detectDecimalMark(['د.ا.\u200f4.750', 'د.ا.\u200f93.210'])).toBe('.');
    expect(detectDecimalMark(['1.000.000,00'])).toBe(',');
    expect(detectDecimalMark(['-98,76', '1.234,56'])).toBe(',');
    expect(detectDecimalMark(['"1,280.8"'.slice(1, -1), '4,884', '-55'])).toBe('.');
    expect(detectDecimalMark(['2.323760000E-9', '0.5'])).toBe('.');
  });
});
