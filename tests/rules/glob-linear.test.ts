/**
 * Issue 18 #8: data alone could hang a wildcard rule (a backtracking `^a.*b.*c$`). The glob is now
 * matched by a greedy two-pointer scan: same answers as the regex, in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStringTest, matchGlobParts, stringPatternOf } from '../../src/config/matcher.js';
import { createCategorizer } from '../../src/rules/engine.js';
import { testConfig } from '../ingest/helpers.js';
import type { ExpenseLine } from '../../src/ingest/line.js';

/** The old definition, as the oracle: a whole-value regex with `.*` for each star. */
function regexGlob(pattern: string, value: string): boolean {
  const p = pattern.trim().toLowerCase();
  const re = new RegExp('^' + p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$', 's');
  return re.test(value.trim().toLowerCase());
}

function line(vendor: string, description: string): ExpenseLine {
  return { source: 'x.csv', line: 2, date: '2026-01-05', vendor, description, account: '', department: '', costCenter: '', currency: 'USD', amount: { units: 100n, scale: 2 }, fields: [], header: new Map() };
}

describe('glob matching', () => {
  it('property: the same answer as the whole-value regex, for any pattern and value', () => {
    const unit = fc.constantFrom('a', 'b', 'A', ' ', '\n', '.', '(');
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '*', ' ', '.'), maxLength: 8 });
    fc.assert(
      fc.property(pattern, fc.string({ unit, maxLength: 12 }), (p, v) => {
        // `*text*` searches the untrimmed value (its own, older rule): only the glob kind here
        fc.pre(stringPatternOf(p).kind !== 'contains');
        expect(compileStringTest(p)(v)).toBe(regexGlob(p, v));
      }),
      { numRuns: 5000 },
    );
  });

  it('pieces may not overlap the fixed ends', () => {
    expect(matchGlobParts(['ab', 'ba'], 'aba')).toBe(false);
    expect(matchGlobParts(['a', 'a', 'a'], 'aa')).toBe(false);
    expect(matchGlobParts(['a', 'a', 'a'], 'aaa')).toBe(true);
    expect(matchGlobParts(['', 'x', ''], 'x')).toBe(true);
  });

  it('issue 18 #8: *a*a*a*a*b on a 100-character vendor, and *amazon*web*services* on a 55 KB description, are fast', () => {
    const t0 = performance.now();
    expect(compileStringTest('*a*a*a*a*b')('a'.repeat(100))).toBe(false);
    expect(compileStringTest('*a*a*a*a*a*a*a*a*b')('a'.repeat(5000))).toBe(false);
    const long = 'amazon web '.repeat(5000) + 'x';
    expect(long.length).toBeGreaterThan(55_000);
    expect(compileStringTest('*amazon*web*services*')(long)).toBe(false);
    expect(compileStringTest('*amazon*web*services*')(long + ' services')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('through the rules engine (screen, then test), the same hostile values are fast', () => {
    const config = testConfig({
      rules: [
        { id: 'aws', category: 'cloud', match: { description: '*amazon*web*services*' } },
        { id: 'aaaa', category: 'other', match: { vendor: '*a*a*a*a*b' } },
      ],
    });
    const c = createCategorizer(config);
    const t0 = performance.now();
    expect(c.categorize(line('a'.repeat(100), 'amazon web '.repeat(5000)), { units: 100n, scale: 2 }).rule).toBeUndefined();
    expect(c.categorize(line('x', 'Amazon Web Services EC2'), { units: 100n, scale: 2 }).rule).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
