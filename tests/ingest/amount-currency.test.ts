/** Issue 18 #1: the currency an amount cell writes itself in. */
import { describe, expect, it } from 'vitest';
import { currencyMarksOf, readMark } from '../../src/ingest/amount-currency.js';

describe('currency marks in amount cells', () => {
  it.each([
    ['JPY 50000', ['JPY']],
    ['₩ 100000', ['₩']],
    ['100 EUR', ['EUR']],
    ['€12,50', ['€']],
    ['US$ 5', ['US$']],
    ['£1,234.56', ['£']],
    ['$5', ['$']],
    ['- $220.00', ['$']],
    ['$(5.00)', ['$']],
    ['-123,45 €', ['€']],
    ['د.ا.\u200f4.750', ['د.ا']],
    ["CHF 1'234.50", ['CHF']],
    ['$100 USD', ['$', 'USD']],
    ['5.6E-05', []],
    ['(1,234.56)', []],
    ['24,14-', []],
    ['1 234,56', []],
    ['-1234.56', []],
  ])('%j has marks %j', (text, marks) => {
    expect(currencyMarksOf(text)).toEqual(marks);
  });

  it('a mark names one currency, or a family that must hold the line currency', () => {
    expect(readMark('JPY', 'USD')).toEqual({ kind: 'currency', code: 'JPY' });
    expect(readMark('₩', 'USD')).toEqual({ kind: 'currency', code: 'KRW' });
    expect(readMark('€', 'USD')).toEqual({ kind: 'currency', code: 'EUR' });
    expect(readMark('US$', 'EUR')).toEqual({ kind: 'currency', code: 'USD' });
    expect(readMark('£', 'USD')).toEqual({ kind: 'currency', code: 'GBP' });
    expect(readMark('د.ا', 'USD')).toEqual({ kind: 'currency', code: 'JOD' });
    // a bare $ is the line's dollar when the line is in a dollar currency, and nothing otherwise
    expect(readMark('$', 'USD')).toEqual({ kind: 'currency', code: 'USD' });
    expect(readMark('$', 'CAD')).toEqual({ kind: 'currency', code: 'CAD' });
    expect(readMark('$', 'EUR').kind).toBe('ambiguous');
    expect(readMark('¥', 'CNY')).toEqual({ kind: 'currency', code: 'CNY' });
    expect(readMark('¥', 'USD').kind).toBe('ambiguous');
    expect(readMark('XYZ', 'USD')).toEqual({ kind: 'unknown' });
  });
});
