import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { fastYaml } from '../../src/config/fast-yaml.js';

/** What the full parser gives: the value, or 'error'. */
function full(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  return doc.errors.length > 0 ? 'error' : doc.toJS();
}

/** The fast reader either steps aside or agrees with the full parser exactly (key order included). */
function agrees(text: string): boolean {
  const fast = fastYaml(text);
  if (fast === undefined) return true;
  const expected = full(text);
  expect(expected).not.toBe('error');
  expect(fast.value).toStrictEqual(expected);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(expected));
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const root = resolve(import.meta.dirname, '../..');

describe('fast YAML subset reader', () => {
  it('reads every config and register in fixtures/ exactly as the full parser does', () => {
    const files = yamlFiles(join(root, 'fixtures'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(fastYaml(text), f).toBeDefined();
      agrees(text);
    }
  });

  const cases: string[] = [
    'a: 1\nb: 1.5\nc: -12.00\nd: +3\ne: 007\nf: 0x1F\ng: 0o17\nh: 1e3\ni: .5\nj: 1.\n',
    'a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: ~\nh: null\ni: NULL\nj:\nk: Null\n',
    'a: .inf\nb: -.Inf\nc: .nan\n',
    'a: "x\\\\by\\\\b"\nb: \'it\'\'s\'\nc: "\\x41\\u00e9\\n\\t\\"\\/"\nd: "\\q"\n',
    'a: "unterminated\n',
    "a: 'x' # c\nb: \"y\"   # c\nc: plain # c\nd: p#q\ne: \"z\"#bad\n",
    'a: b: c\n',
    'a: b:\n',
    'a: 1\na: 2\n',
    'a: { x: 1, x: 2 }\n',
    '"a": 1\na: 2\n',
    'a: [1, 2, ]\n',
    'a: [1, , 2]\n',
    'a: [1, [2, 3], { b: c }]\nd: { e: [f, "g"], h: {} }\ni: []\n',
    'a: [x: 1]\n',
    'a: { b : 1 }\n',
    'a: {b:1}\n',
    'a: [http://x]\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: |\n  text\n',
    'a: >-\n  text\n',
    'a: plain\n  continued\n',
    '- a\n- b\n-\n- - c\n',
    'rules:\n- id: x\n  match:\n    vendor: y\n- id: z\nafter: 1\n',
    'rules:\n  - id: x\n    match: { vendor: ["A*", "B"] }\n  - table: t.csv\n',
    'a:\n  - 1\n  b: 2\n',
    'a: 1\n- b\n',
    'a:\n    b: 1\n  c: 2\n',
    '---\na: 1\n',
    'a: 1\n...\n',
    '%YAML 1.2\n---\na: 1\n',
    'a:\tb\n',
    '  a: 1\n',
    '# only a comment\n',
    '',
    'a: 1\r\nb: 2\r\n',
    '1: a\n',
    'true: a\n',
    '~: a\n',
    '<<: a\n',
    '__proto__: a\n',
    'constructor: 1\ntoString: 2\n',
    'key with spaces: value with spaces  \nColumn.Cost Center: x\n',
    'a: -\n',
    'a: -x\nb: --\nc: -1\n',
    'a: ?x\nb: :x\n',
    'a: "x" y\n',
    "a: 'x\n  y'\n",
    'a: [a b, c#d, "e,f"]\n',
    'a: { x: [1, 2 }\n',
    'a: [1, 2\n  , 3]\n',
    '- x: 1\n  - y\n',
    '- x: 1\n  y: 2\n- z\n',
    '-\n  x: 1\n- # c\n  y: 2\n',
    'a: "é ü 😀"\nb: ünï\n',
    'a: @x\n',
    'a: `x`\n',
    'a: %x\n',
    'a : 1\n',
    '"a" : 1\n',
    '"a":1\n',
    'a:1\n',
    'a: 12345678901234567890\nb: 1.0000000000000000001\n',
    'a:\n# comment\n  b: 1\n   # odd comment\n  c: 2\n',
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('agrees on %s', (_name, text) => {
    agrees(text);
  });

  it('agrees on documents the yaml library writes, in every style, and on their mutations', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('true', 'null', '~', '1', '-1.5', '0x1f', '.inf', 'a: b', '# x', "it's", '"q"', '\\', '*x', '- y', '[z]', '{w}', ''),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('id', 'match', 'vendor', 'a b', '1', 'true', '~', '<<', 'x:y'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('arr'), tie('obj')),
      arr: fc.array(tie('node'), { maxLength: 4 }),
      obj: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).obj;
    fc.assert(
      fc.property(value, fc.constantFrom('any', 'block', 'flow'), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'), fc.boolean(), fc.nat(), fc.string({ maxLength: 4 }), (v, collectionStyle, defaultStringType, indentSeq, cut, insert) => {
        const text = stringify(v, { collectionStyle: collectionStyle as 'any' | 'block' | 'flow', defaultStringType, indentSeq, lineWidth: 0 });
        agrees(text);
        const at = text.length === 0 ? 0 : cut % text.length;
        agrees(text.slice(0, at) + insert + text.slice(at));
        agrees(text.slice(0, at) + text.slice(at + 1));
      }),
      { numRuns: 1500 },
    );
  });
});
