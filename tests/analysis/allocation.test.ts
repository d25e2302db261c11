import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateShared } from '../../src/analysis/allocation.js';
import { add, compare, type Decimal, sum, toFixed, ZERO } from '../../src/money/decimal.js';
import { config, fact } from './helpers.js';

const yaml = `
categories:
  - { id: shop, name: Shop, function: Sales, revenueGenerating: true, investment: run }
  - { id: ops, name: Ops tools, function: Operations, investment: grow }
  - { id: help, name: Helpdesk, function: Support, investment: transform }
  - { id: platform, name: Platform, shared: true }
  - { id: security, name: Security, shared: true }
  - { id: collab, name: Collaboration, shared: true }
  - { id: misc, name: Misc, shared: true }
allocations:
  platform: { Sales: 50, Operations: 30, Support: 20 }
  security: { method: proportional }
  collab: { driver: headcount.csv }
`;
const headcount = 'function,period,value\nSales,2026-01,3\nOperations,2026-01,1\nSales,,1\nOperations,,1\n';
const cfg = config(yaml, { 'headcount.csv': headcount });

const byFn = (facts: { fn: string; category: string; amount: Decimal }[], category: string) =>
  Object.fromEntries(facts.filter((f) => f.category === category).map((f) => [f.fn, toFixed(f.amount)]));

describe('allocateShared', () => {
  const facts = [
    fact('shop', 'Stripe', '2026-01', '300.00'),
    fact('ops', 'Zapier', '2026-01', '100.00'),
    fact('platform', 'GitHub', '2026-01', '100.01'),
    fact('security', 'CrowdStrike', '2026-01', '50.00'),
    fact('security', 'CrowdStrike', '2026-02', '40.00'),
    fact('collab', 'Slack', '2026-01', '10.00'),
    fact('collab', 'Slack', '2026-02', '10.00'),
    fact('misc', 'Acme', '2026-01', '7.00'),
  ];
  const r = allocateShared(facts, cfg);

  it('fixed weights: 100.01 at 50/30/20 → 50.01 / 30.00 / 20.00 (the odd cent to the largest remainder)', () => {
    expect(byFn(r.facts, 'platform')).toEqual({ Sales: '50.01', Operations: '30.00', Support: '20.00' });
  });
  it('proportional to direct spend of the month: 50.00 over Sales 300 / Operations 100 → 37.50 / 12.50', () => {
    expect(byFn(r.facts.filter((f) => f.month === '2026-01'), 'security')).toEqual({ Sales: '37.50', Operations: '12.50' });
  });
  it('a month with no direct spend stays under the shared function, with a note', () => {
    expect(byFn(r.facts.filter((f) => f.month === '2026-02'), 'security')).toEqual({ 'Shared Technology': '40.00' });
    expect(r.notes).toContain('Security: no direct spend to weigh by in 2026-02; that spend stays under Shared Technology.');
  });
  it('driver table: the narrowest period wins (3:1 in 2026-01, the all-periods 1:1 after)', () => {
    expect(byFn(r.facts.filter((f) => f.month === '2026-01'), 'collab')).toEqual({ Sales: '7.50', Operations: '2.50' });
    expect(byFn(r.facts.filter((f) => f.month === '2026-02'), 'collab')).toEqual({ Sales: '5.00', Operations: '5.00' });
  });
  it('a shared category without an allocation stays visible as its own function', () => {
    expect(byFn(r.facts, 'misc')).toEqual({ 'Shared Technology': '7.00' });
    expect(r.notes).toContain('Misc is shared and has no allocation: shown as its own function, Shared Technology.');
    expect(r.notes).toContain('Platform allocated by fixed weights: Sales 50%, Operations 30%, Support 20%.');
  });
  it('conserves the total to the cent', () => {
    expect(toFixed(sum(r.facts.map((f) => f.amount)))).toBe('617.01');
  });
});

describe('allocation property', () => {
  it('conserves every fact exactly, whatever the amounts and the direct spend', () => {
    const amount = fc.bigInt({ min: -10_000_000n, max: 10_000_000n }).chain((units) => fc.constantFrom(0, 2, 6).map((scale) => ({ units, scale }) as Decimal));
    fc.assert(
      fc.property(fc.array(fc.record({ category: fc.constantFrom('shop', 'ops', 'help', 'platform', 'security', 'collab', 'misc'), month: fc.constantFrom('2026-01', '2026-02'), amount }), { maxLength: 30 }), (raw) => {
        const facts = raw.map((x) => fact(x.category, 'V', x.month, '0', { amount: x.amount }));
        const out = allocateShared(facts, cfg).facts;
        expect(compare(sum(out.map((f) => f.amount)), sum(facts.map((f) => f.amount)))).toBe(0);
        for (const f of facts) {
          const parts = out.filter((o) => o.category === f.category && o.month === f.month);
          const whole = facts.filter((o) => o.category === f.category && o.month === f.month).reduce((a, o) => add(a, o.amount), ZERO);
          expect(compare(sum(parts.map((p) => p.amount)), whole)).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
