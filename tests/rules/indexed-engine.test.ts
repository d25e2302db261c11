import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildConfig } from '../../src/config/build.js';
import { createCategorizer, firstMatchPlain } from '../../src/rules/engine.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { parseDecimal } from '../../src/money/decimal.js';
import { KeywordAutomaton, necessaryLiterals } from '../../src/rules/literal-screen.js';

// A small alphabet so that random patterns and random values meet often.
// 'K' is the Kelvin sign: it lower-cases to an ASCII k, which /k/i does not match
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', 'c', 'k', ' ', '-', '.', 'é', '\u212a'), maxLength: 7 });
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'c', 'k'), minLength: 1, maxLength: 3 });

// short words too, so that exact patterns and values meet
const value = fc.oneof(text, word);
const stringPattern = fc.oneof(
  value,
  word.map((w) => `${w}*`),
  word.map((w) => `*${w}`),
  word.map((w) => `*${w}*`),
  fc.tuple(word, word).map(([a, b]) => `${a}*${b}`),
  fc.tuple(word, word, word).map(([a, b, c]) => `${a}*${b}*${c}`),
  fc.constant('*'),
  fc.tuple(word, word, fc.constantFrom('', 'i', 'm', 's', 'u')).map(([a, b, f]) => `/${a}|${b}/${f}`),
  fc.tuple(word, word, fc.constantFrom('', 'i')).map(([a, b, f]) => `/^${a}.?${b}/${f}`),
  fc.tuple(word, fc.constantFrom('', 'i')).map(([a, f]) => `/\\b${a}\\b/${f}`),
  fc.tuple(word, word).map(([a, b]) => `/(${a})?${b}+c/i`),
  fc.tuple(word, word).map(([a, b]) => `/[ab]${a}\\s?${b}/`),
  fc.tuple(word).map(([a]) => `/(${a})\\1/i`),
  fc.constant('/ä|é/i'),
  // plain literals: the keyword pass proves them on ASCII values
  fc.tuple(word, word, fc.constantFrom('', 'i')).map(([a, b, f]) => `/${a}${b}/${f}`),
  fc.tuple(word, word).map(([a, b]) => `/${a} ${b}/i`),
);
const oneOrMany = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.array(a, { minLength: 1, maxLength: 3 }));
const leaf = fc.oneof(
  fc.record({ vendor: oneOrMany(stringPattern) }),
  fc.record({ description: oneOrMany(stringPattern) }),
  fc.record({ vendor: stringPattern, description: stringPattern }),
  fc.record({ account: oneOrMany(stringPattern), amount: fc.constantFrom('>= 100', '< 50', '10..500', '!= 0') }),
  fc.record({ amount: fc.constantFrom('> 200', '<= 10') }),
  fc.record({ date: fc.constantFrom('>= 2026-02-01', '2026-01-01..2026-01-31') }),
  fc.record({ 'column.Tag': stringPattern }),
);
const match = fc.oneof(
  { weight: 5, arbitrary: leaf },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ any: [a, b] })) },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ ...a, not: b })) },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ all: [a, b] })) },
);

const line = fc.record({
  vendor: value,
  description: value,
  account: value,
  amount: fc.constantFrom('0', '5', '50', '150', '250', '1000', '-20'),
  date: fc.constantFrom('2026-01-15', '2026-02-15'),
  tag: text,
});

function toLine(l: { vendor: string; description: string; account: string; amount: string; date: string; tag: string }): ExpenseLine {
  return {
    source: 't.csv', line: 2, date: l.date, vendor: l.vendor.trim(), description: l.description.trim(), account: l.account.trim(),
    department: '', costCenter: '', currency: 'USD', amount: parseDecimal(l.amount)!, fields: [l.tag], header: new Map([['Tag', 0]]),
  };
}

describe('indexed rules engine', () => {
  it('property: picks the same rule as testing every rule in order', () => {
    fc.assert(
      // up to 70 rules: answers span more than one 32-bit word
      fc.property(fc.array(match, { minLength: 1, maxLength: 70 }), fc.array(line, { minLength: 1, maxLength: 40 }), fc.boolean(), (matches, lines, memo) => {
        const written = {
          categories: [{ id: 'x', name: 'X', function: 'F' }],
          rules: matches.map((m, i) => ({ id: `r${i}`, category: 'x', match: m })),
        };
        const built = buildConfig(written, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) });
        expect(built.config, JSON.stringify(built.diagnostics)).toBeDefined();
        const config = built.config!;
        // memo off: every answer is computed per line, testing only what other fields left in
        const engine = createCategorizer(config, { memo });
        // each line twice: the second answer comes from the memo
        for (const l of [...lines, ...lines]) {
          const x = toLine(l);
          expect(engine.match(x)?.id).toBe(firstMatchPlain(config.rules, x)?.id);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps first-match order between indexed and unindexed rules', () => {
    const written = {
      categories: [{ id: 'x', name: 'X', function: 'F' }],
      rules: [
        { id: 'amount-only', category: 'x', match: { amount: '>= 1000' } },
        { id: 'exact', category: 'x', match: { vendor: 'Slack' } },
        { id: 'regex', category: 'x', match: { description: '/on-?call/i' } },
      ],
    };
    const config = buildConfig(written, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;
    const engine = createCategorizer(config);
    const l = toLine({ vendor: 'slack', description: 'oncall', account: '', amount: '5000', date: '2026-01-15', tag: '' });
    expect(engine.match(l)?.id).toBe('amount-only');
    expect(engine.match({ ...l, amount: parseDecimal('5')! })?.id).toBe('exact');
    expect(engine.match({ ...l, vendor: 'zoom', amount: parseDecimal('5')! })?.id).toBe('regex');
  });
});

describe('plain literal regexes', () => {
  const written = {
    categories: [{ id: 'x', name: 'X', function: 'F' }],
    rules: [{ id: 'kb', category: 'x', match: { description: '/kb/i' } }],
  };
  const config = buildConfig(written, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;
  const l = (description: string) => toLine({ vendor: 'v', description, account: '', amount: '5', date: '2026-01-15', tag: '' });
  for (const memo of [true, false]) {
    it(`are proven by the keyword pass on ASCII only (memo ${memo})`, () => {
      const engine = createCategorizer(config, { memo });
      expect(engine.match(l('xKB'))?.id).toBe('kb');
      // the Kelvin sign lower-cases to k, but /kb/i does not match it
      expect(engine.match(l('x\u212aB'))).toBeUndefined();
      expect(engine.match(l('é kb'))?.id).toBe('kb');
    });
  }
});

describe('regex literal screen', () => {
  it('finds texts every match must contain', () => {
    expect(necessaryLiterals('checkout|payments', 'i')).toEqual(['checkout', 'payments']);
    expect(necessaryLiterals('\\bsnowflake\\b.*usage', 'i')).toEqual(['snowflake']);
    expect(necessaryLiterals('colou?r', '')).toEqual(['colo']);
    expect(necessaryLiterals('INV-\\d+ AWS', '')).toEqual(['inv-']);
  });
  it('declines what it cannot prove', () => {
    expect(necessaryLiterals('a|bc', '')).toBeUndefined();
    expect(necessaryLiterals('(foo)?bar', '')).toBeUndefined();
    expect(necessaryLiterals('caf\\u00e9', '')).toBeUndefined();
    expect(necessaryLiterals('abc', 'u')).toBeUndefined();
  });
});

describe('keyword automaton', () => {
  it('property: finds exactly the keywords a lower-cased text contains', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'B', ' ', 'é', 'É', 'ſ', 'K');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'k'), minLength: 1, maxLength: 4 }), { maxLength: 12 }), fc.string({ unit, maxLength: 20 }), (keywords, text) => {
        const a = new KeywordAutomaton<string>();
        for (const k of keywords) a.add(k, k);
        a.build();
        const found = new Set<string>();
        a.scan(text, (k) => found.add(k));
        expect([...found].sort()).toEqual([...new Set(keywords.filter((k) => text.toLowerCase().includes(k)))].sort());
      }),
      { numRuns: 1000 },
    );
  });
});
