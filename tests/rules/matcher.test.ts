import { describe, expect, it } from 'vitest';
import { compileAmountTest, compileDateTest, compileStringTest, MatcherError } from '../../src/config/matcher.js';
import { parseDecimal } from '../../src/money/decimal.js';

describe('string matchers', () => {
  it('compare the trimmed whole value case-insensitively, with * wildcards', () => {
    const aws = compileStringTest('AWS*');
    expect(aws('aws emea sarl')).toBe(true);
    expect(aws('  AWS ')).toBe(true);
    expect(aws('MY AWS')).toBe(false);
    expect(compileStringTest('Slack')('slack')).toBe(true);
    expect(compileStringTest('Slack')('slack t123')).toBe(false);
    expect(compileStringTest('*cloud*')('Google Cloud Platform')).toBe(true);
    expect(compileStringTest('a*b*c')('AxxBxxC')).toBe(true);
    expect(compileStringTest('a.b')('axb')).toBe(false);
  });
  it('/re/flags searches', () => {
    expect(compileStringTest('/checkout|payments/i')('EU Payments API')).toBe(true);
    expect(compileStringTest('/^x/')('ax')).toBe(false);
    const g = compileStringTest('/a/g');
    expect([g('a'), g('a'), g('a')]).toEqual([true, true, true]);
  });
  it('rejects a regex that does not compile', () => {
    expect(() => compileStringTest('/[/')).toThrow(MatcherError);
  });
});

describe('comparisons', () => {
  const amt = (s: string) => parseDecimal(s)!;
  it('on amounts', () => {
    expect(compileAmountTest('>= 1000')(amt('1000'))).toBe(true);
    expect(compileAmountTest('>= 1000')(amt('999.99'))).toBe(false);
    expect(compileAmountTest('100..500')(amt('500'))).toBe(true);
    expect(compileAmountTest('100..500')(amt('500.01'))).toBe(false);
    expect(compileAmountTest('< 0')(amt('-1'))).toBe(true);
    expect(compileAmountTest(42)(amt('42.00'))).toBe(true);
    expect(() => compileAmountTest('>= lots')).toThrow(MatcherError);
  });
  it('on dates', () => {
    expect(compileDateTest('>= 2026-01-01')('2026-01-01')).toBe(true);
    expect(compileDateTest('>= 2026-01-01')('2025-12-31')).toBe(false);
    expect(compileDateTest('2026-01-01..2026-03-31')('2026-03-31')).toBe(true);
    expect(() => compileDateTest('>= 01/01/2026')).toThrow(MatcherError);
  });
});
