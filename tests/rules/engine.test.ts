import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { createCategorizer } from '../../src/rules/engine.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { add, compare, parseDecimal, toFixed } from '../../src/money/decimal.js';

const yaml = `
categories:
  - { id: cloud, name: Cloud, function: Product, pool: cloud }
  - { id: collab, name: Collaboration, function: Technology, shared: true, pool: software }
  - { id: sec, name: Security, function: Technology, shared: true }
  - { id: big, name: Big tickets, function: Finance }
rules:
  - { id: big-aws, category: big, match: { vendor: "AWS*", amount: ">= 10000" } }
  - { id: aws, category: cloud, match: { vendor: ["AWS*", "Amazon Web Services"] } }
  - { id: slack, category: collab, pool: software, match: { vendor: Slack } }
  - { id: pd, split: { collab: 70, sec: 30 }, match: { any: [ { vendor: "PagerDuty*" }, { description: "/on-?call/i" } ], not: { account: "69*" } } }
  - { id: svc, category: cloud, match: { column.ServiceName: BigQuery, date: ">= 2026-01-01" } }
`;
const config = buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;
const engine = createCategorizer(config);

function line(p: Omit<Partial<ExpenseLine>, 'amount'> & { amount?: string }): ExpenseLine {
  const { amount, ...rest } = p;
  return {
    source: 't.csv', line: 2, date: '2026-01-15', vendor: '', description: '', account: '', department: '', costCenter: '', currency: 'USD',
    amount: parseDecimal(amount ?? '100')!, fields: [], header: new Map(), ...rest,
  } as ExpenseLine;
}

describe('rules engine', () => {
  it('first match wins, in written order', () => {
    expect(engine.match(line({ vendor: 'AWS EMEA', amount: '20000' }))?.id).toBe('big-aws');
    expect(engine.match(line({ vendor: 'AWS EMEA', amount: '200' }))?.id).toBe('aws');
    expect(engine.allMatches(line({ vendor: 'AWS EMEA', amount: '20000' })).map((r) => r.id)).toEqual(['big-aws', 'aws']);
  });
  it('exact vendor matches are case-insensitive on the trimmed value', () => {
    expect(engine.match(line({ vendor: '  slack ' }))?.id).toBe('slack');
    expect(engine.match(line({ vendor: 'Slack T0123' }))).toBeUndefined();
  });
  it('any / not combine', () => {
    expect(engine.match(line({ description: 'On-call rota' }))?.id).toBe('pd');
    expect(engine.match(line({ vendor: 'PagerDuty Inc', account: '6900' }))).toBeUndefined();
  });
  it('column.<header> and date comparisons', () => {
    const header = new Map([['ServiceName', 0]]);
    expect(engine.match(line({ fields: ['BigQuery'], header }))?.id).toBe('svc');
    expect(engine.match(line({ fields: ['BigQuery'], header, date: '2025-12-31' }))).toBeUndefined();
  });
  it('uncategorized lines land in the fallback category with no rule', () => {
    const c = engine.categorize(line({ vendor: 'Acme' }), parseDecimal('5')!);
    expect(c.rule).toBeUndefined();
    expect(c.parts).toEqual([{ category: 'unassigned', pool: 'other', amount: parseDecimal('5') }]);
  });
  it('splits by largest remainder at the cent, parts summing exactly', () => {
    const c = engine.categorize(line({ vendor: 'PagerDuty' }), parseDecimal('10.01')!);
    expect(c.parts.map((p) => [p.category, p.pool, toFixed(p.amount)])).toEqual([
      ['collab', 'software', '7.01'],
      ['sec', 'other', '3.00'],
    ]);
  });
  it('property: split parts always add up to the booked amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 10 }), (units, scale) => {
        const booked = { units, scale };
        const c = engine.categorize(line({ vendor: 'PagerDuty' }), booked);
        const sum = c.parts.reduce((a, p) => add(a, p.amount), { units: 0n, scale: 0 });
        expect(compare(sum, booked)).toBe(0);
      }),
    );
  });
});
