/** The patterns a rule may not use (rules/safe-regex.ts): those that backtrack exponentially or polynomially. */
import { describe, expect, it } from 'vitest';
import { compileRegex, MatcherError } from '../../src/config/matcher.js';
import { regexHazard } from '../../src/config/safe-regex.js';

describe('regexHazard', () => {
  it.each([
    ['(.*a){20}$', /repetition inside a repetition/],
    ['(a+)+$', /repetition inside a repetition/],
    ['^(\\w+\\s?)*$', /repetition inside a repetition/],
    ['(x{2,3}){3}', /repetition inside a repetition/],
    ['((ab)*c)+', /repetition inside a repetition/],
    ['(?:a|ab)*c', /alternatives/],
    ['(.|x)+y', /alternatives/],
    ['.*.*x', /adjacent repetitions/],
    ['^\\s*\\s*$', /adjacent repetitions/],
    ['a+A*b', /adjacent repetitions/, 'i'],
    ['^(?:ab)*(?:ab)*!', /adjacent repetitions/],
    ['(?:a|b)+(?:c|a)*x', /adjacent repetitions/],
    ['a{5000}', /repetition count/],
    ['x{1,2000}', /repetition count/],
    ['a'.repeat(1001), /too long/],
  ])('refuses /%s/', (source, reason, flags = '') => {
    expect(regexHazard(source, flags)).toMatch(reason);
  });
  it.each(['^aws', 'on-?call', '^(aws|amazon)\\b', '[a-z]+\\s*inc$', '(foo)+', '(ab?)+c', '\\d{4}-\\d{2}', '^.*$', '(?:inc|llc)\\.?$', 'a+A*b', '(?<year>\\d{4})', '(?<=x)y+', '[(*+]+x', '\\(a+\\)+', 'a{2}b{3}', 'x{,3}', '(?:ab)*(?:cd)*x', 'a'.repeat(1000)])('allows /%s/', (source) => {
    expect(regexHazard(source)).toBeUndefined();
  });
  it('compileRegex refuses a hazard with a one-line reason', () => {
    expect(() => compileRegex('/(.*a){20}$/')).toThrow(MatcherError);
    expect(() => compileRegex(`/${'a'.repeat(100_000)}/`)).toThrow(/too long \(100000 characters/);
    expect(compileRegex('/^aws/i').test('AWS EMEA')).toBe(true);
  });
});
