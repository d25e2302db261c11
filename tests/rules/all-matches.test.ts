/**
 * allMatches (explain and validate list every rule a line matches) finds the catalog rules by one
 * vendor lookup instead of testing each: it must give what testing every rule in order gives, on
 * the built-in default (catalog rules, the description rules for Oracle and Microsoft clouds) and
 * with a user's rules before them.
 */
import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { catalogRules } from '../../src/config/catalog-rules.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Config } from '../../src/config/config.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { parseDecimal } from '../../src/money/decimal.js';
import { createCategorizer } from '../../src/rules/engine.js';

function line(vendor: string, description: string): ExpenseLine {
  return {
    source: 't.csv', line: 2, date: '2026-01-15', vendor, description, account: '6400', department: '', costCenter: '', currency: 'USD',
    amount: parseDecimal('100')!, fields: [], header: new Map(),
  } as ExpenseLine;
}

const LINES = [
  ['Amazon Web Services', 'EC2'], ['AWS EMEA SARL', 'S3'], ['Oracle America', 'OCI cloud compute'], ['Oracle America', 'database licence'],
  ['Microsoft Ireland', 'Azure subscription'], ['Microsoft Ireland', 'Office seats'], ['Slack Technologies', 'Pro seats'], ['Acme Catering', 'lunch'],
  ['', 'no vendor'], ['salesforce.com inc', 'CRM'], ['  atlassian ', 'Jira'], ['Unknown Vendor Ltd', 'AWS resale'],
].map(([v, d]) => line(v!, d!));

function expectSameAsEveryRuleTested(config: Config): number {
  const engine = createCategorizer(config);
  let matched = 0;
  for (const l of LINES) {
    const want = config.rules.filter((r) => r.test(l)).map((r) => r.id);
    expect(engine.allMatches(l).map((r) => r.id), `${l.vendor} / ${l.description}`).toEqual(want);
    matched += want.length;
  }
  return matched;
}

describe('allMatches', () => {
  it('the built-in default: the catalog rules a line matches, in rule order', () => {
    const config = defaultConfig();
    expect(config.rules.filter((r) => r.lookup !== undefined).length).toBeGreaterThan(100);
    // the lines meet catalog rules (Oracle with "cloud" meets two)
    expect(expectSameAsEveryRuleTested(config)).toBeGreaterThan(8);
  });

  it("a user's rules and the catalog's after them", () => {
    const yaml = `
categories:
  - { id: cloud, name: Cloud, function: Product, pool: cloud }
  - { id: food, name: Food, function: Finance, scope: excluded }
rules:
  - { id: aws-text, category: cloud, match: { description: "/aws|ec2/i" } }
  - { id: food, category: food, match: { vendor: "*Catering*" } }
`;
    const own = buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;
    // the catalog's rules after the config's own, as the built-in default puts them
    const config = { ...own, rules: [...own.rules, ...catalogRules(own.rules.length)] };
    // aws-text and a catalog rule both match the AWS lines
    expect(expectSameAsEveryRuleTested(config)).toBeGreaterThan(10);
  });
});
