import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { formatDiagnostic } from '../../src/diagnostic.js';

const files: Record<string, string> = {
  'vendor-map.csv': 'vendor,category,pool,split\nSnowflake*,data,software,\nPagerDuty,,,"data:70;sec:30"\n',
  'bad-map.csv': 'vendor,category\nFoo,nope\n',
};
const ctx = { path: 'techspend.yaml', dir: '.', readRelative: (p: string) => (p in files ? { text: files[p]! } : { error: 'no such file' }) };

function errors(yaml: string): string[] {
  const parsed = parseConfigText(yaml, 'techspend.yaml');
  if (parsed.diagnostics.length > 0) return parsed.diagnostics.map(formatDiagnostic);
  return buildConfig(parsed.value, ctx).diagnostics.map(formatDiagnostic);
}

const base = `
categories:
  - { id: data, name: Data, function: Operations }
  - { id: sec, name: Security, function: Technology, shared: true }
`;

describe('config validation', () => {
  it('accepts a valid config and normalizes it', () => {
    const parsed = parseConfigText(base + 'rules:\n  - { id: snow, category: data, match: { vendor: "Snowflake*" } }\n  - table: vendor-map.csv\n', 'techspend.yaml');
    const r = buildConfig(parsed.value, ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.config!.rules.map((x) => x.id)).toEqual(['snow', 'vendor-map.csv:2', 'vendor-map.csv:3']);
    expect(r.config!.rules[2]!.split!.map((p) => p.category)).toEqual(['data', 'sec']);
    expect(r.config!.categoryById.get('unassigned')?.name).toBe('Uncategorized');
  });
  it.each([
    ['an empty category list', 'categories: []\n', 'techspend.yaml: categories: Too small: expected array to have >=1 items'],
    ['a category without a name', 'categories: [{ id: a }]\n', 'techspend.yaml: categories[0].name: missing (expected string)'],
    ['unknown top-level key with a suggestion', base + 'categores: []\n', 'techspend.yaml: categores: unknown key "categores" (did you mean "categories"?)'],
    ['unknown match field', base + 'rules:\n  - { id: r1, category: data, match: { vendr: x } }\n', 'techspend.yaml: rules[0].match.vendr (rule r1): unknown match field "vendr" (did you mean "vendor"? (or column.<header> for any source column))'],
    ['unknown category', base + 'rules:\n  - { id: r1, category: dta, match: { vendor: x } }\n', 'techspend.yaml: rules[0].category (rule r1): unknown category "dta" (did you mean "data"?)'],
    ['duplicate rule id', base + 'rules:\n  - { id: r1, category: data, match: { vendor: x } }\n  - { id: r1, category: data, match: { vendor: y } }\n', 'techspend.yaml: rules[1]: duplicate rule id "r1" (already used by rules[0])'],
    ['bad regex', base + 'rules:\n  - { id: r1, category: data, match: { description: "/[/" } }\n', 'techspend.yaml: rules[0].match.description (rule r1): invalid regular expression /[/: /[/: Unterminated character class'],
    ['split not summing to 100', base + 'rules:\n  - { id: r1, split: { data: 60, sec: 30 }, match: { vendor: x } }\n', 'techspend.yaml: rules[0].split (rule r1): split weights must sum to 100, they sum to 90'],
    ['bad rate', base + 'rates: { EUR: -1 }\n', 'techspend.yaml: rates.EUR: rate must be a positive number, got "-1"'],
    ['unknown currency in rates', base + 'rates: { EURO: 1.1 }\n', 'techspend.yaml: rates.EURO: unknown currency "EURO" (use an ISO 4217 code)'],
    ['bad amount comparison', base + 'rules:\n  - { id: r1, category: data, match: { amount: ">= lots" } }\n', 'techspend.yaml: rules[0].match.amount (rule r1): not an amount comparison: ">= lots" (write e.g. ">= 1000" or "100..500")'],
    ['unknown pool', base + 'rules:\n  - { id: r1, category: data, pool: clouds, match: { vendor: x } }\n', 'techspend.yaml: rules[0].pool (rule r1): Invalid option: expected one of "labor"|"software"|"cloud"|"hardware"|"outside-services"|"telecom"|"travel"|"training"|"facilities"|"other"'],
    ['rule table with unknown category', base + 'rules:\n  - table: bad-map.csv\n', 'techspend.yaml: bad-map.csv:2: unknown category "nope" (define it under categories)'],
    ['missing rule table', base + 'rules:\n  - table: missing.csv\n', 'techspend.yaml: rules[0].table: cannot read rule table "missing.csv": no such file'],
    ['allocation to an unknown function', base + 'allocations:\n  sec: { Operation: 100 }\n', 'techspend.yaml: allocations.sec.Operation: unknown business function "Operation" (did you mean "Operations"?)'],
  ])('%s', (_name, yaml, expected) => {
    expect(errors(yaml)).toContain(expected);
  });
  it('reports YAML syntax errors with line and column', () => {
    const [first] = errors('categories: [\n');
    expect(first).toMatch(/^techspend\.yaml:\d+:\d+: not valid YAML: /);
  });
  it('reports every problem, not just the first', () => {
    const all = errors(base + 'rules:\n  - { id: a, category: nope, match: { vendor: x } }\n  - { id: b, category: data, match: { description: "/(/" } }\n');
    expect(all).toHaveLength(2);
  });
});
