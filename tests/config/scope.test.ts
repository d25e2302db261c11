import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { formatDiagnostic } from '../../src/diagnostic.js';
import { createCategorizer } from '../../src/rules/engine.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { parseDecimal } from '../../src/money/decimal.js';

const ctx = { path: 'techspend.yaml', dir: '.', readRelative: () => ({ error: 'no such file' }) };
function build(yaml: string) {
  const parsed = parseConfigText(yaml, 'techspend.yaml');
  const r = buildConfig(parsed.value, ctx);
  return { config: r.config, errors: r.diagnostics.map(formatDiagnostic) };
}
const line = (vendor: string, account = ''): ExpenseLine => ({ source: 'x.csv', line: 2, date: '2026-01-01', vendor, description: '', account, department: '', costCenter: '', currency: 'USD', amount: parseDecimal('10')!, fields: [], header: new Map() });

const base = `
categories:
  - { id: cloud, name: Cloud, function: Product }
  - { id: premises, name: Premises, scope: excluded }
`;

describe('scope in the config', () => {
  it('a category, a rule or unmatched lines can be excluded', () => {
    const { config, errors } = build(base + 'rules:\n  - { category: cloud, match: { vendor: "AWS*" } }\n  - { category: premises, match: { account: Rent } }\n  - { scope: excluded, match: { account: Grants } }\n  - { category: cloud, scope: excluded, match: { vendor: "Reseller*" } }\n');
    expect(errors).toEqual([]);
    const c = createCategorizer(config!);
    const scope = (l: ExpenseLine) => c.categorize(l, l.amount).scope;
    expect(scope(line('AWS EMEA'))).toBe('technology');
    expect(scope(line('Landlord', 'Rent'))).toBe('excluded');
    // a rule with only scope: excluded books to the made-up `excluded` category
    const grant = c.categorize(line('Charity', 'Grants'), parseDecimal('10')!);
    expect([grant.scope, grant.parts[0]!.category]).toEqual(['excluded', 'excluded']);
    // the rule's scope wins over its category's
    expect(scope(line('Reseller Ltd'))).toBe('excluded');
    // unmatched: technology by default
    expect(scope(line('Someone'))).toBe('technology');
    expect(config!.unmatched).toBe('technology');
  });
  it('unmatched: excluded makes lines no rule matches excluded', () => {
    const { config } = build(base + 'unmatched: excluded\nrules:\n  - { category: cloud, match: { vendor: "AWS*" } }\n');
    const c = createCategorizer(config!);
    expect(c.categorize(line('Someone'), parseDecimal('1')!).scope).toBe('excluded');
    expect(c.categorize(line('AWS'), parseDecimal('1')!).scope).toBe('technology');
  });
  it.each([
    ['a split across scopes', base + 'rules:\n  - { split: { cloud: 50, premises: 50 }, match: { vendor: x } }\n', 'techspend.yaml: rules[0].split: a split mixes technology and excluded categories (split technology spend only, or give the rule a scope)'],
    ['a budget for an excluded category', base + 'budget:\n  - { category: premises, period: 2026-01, amount: 10 }\n', 'techspend.yaml: budget[0]: category "premises" is excluded from technology spend: it has no budget'],
    ['unmatched technology into an excluded category', base + 'uncategorized: premises\nunmatched: technology\n', 'techspend.yaml: unmatched: unmatched lines are technology, but their category "premises" (uncategorized) is excluded (say unmatched: excluded, or use another uncategorized category)'],
    ['a shared excluded category', 'categories:\n  - { id: a, name: A, shared: true, scope: excluded }\n', 'techspend.yaml: categories[0].shared: category "a" is excluded: it cannot be shared technology (remove shared, or scope: excluded)'],
    ['a source with neither files nor header', base + 'sources:\n  - { columns: { date: D } }\n', 'techspend.yaml: sources[0]: a source needs files (path globs) or headerIncludes (header columns the file has)'],
    ['an unknown scope', base + 'unmatched: maybe\n', 'techspend.yaml: unmatched: Invalid option: expected one of "technology"|"excluded"'],
  ])('%s is an error', (_name, yaml, expected) => {
    expect(build(yaml).errors).toContain(expected);
  });
});

describe('a config that builds on the built-in one', () => {
  it('only sources: the built-in categories and catalog rules', () => {
    const { config, errors } = build('sources:\n  - { headerIncludes: [Paid Date, Payee], columns: { date: Paid Date, vendor: Payee, amount: Net } }\n');
    expect(errors).toEqual([]);
    expect(config!.categories.length).toBeGreaterThan(10);
    expect(createCategorizer(config!).match(line('Slack Technologies'))?.id).toBe('catalog:slack');
  });
  it('only rules, on the built-in categories: the own rules first, then the catalog', () => {
    const cat = build('').config!.categories.find((c) => c.id !== 'unassigned')!.id;
    const { config, errors } = build(`unmatched: excluded\nrules:\n  - { id: mine, category: ${cat}, match: { vendor: "Slack*" } }\n  - { scope: excluded, match: { account: Rent } }\n`);
    expect(errors).toEqual([]);
    const c = createCategorizer(config!);
    expect(c.match(line('Slack Technologies'))?.id).toBe('mine');
    expect(c.match(line('Zoom Video'))?.id).toBe('catalog:zoom');
    expect(c.categorize(line('Landlord', 'Rent'), parseDecimal('1')!).scope).toBe('excluded');
    expect(c.categorize(line('Nobody'), parseDecimal('1')!).scope).toBe('excluded');
  });
});
