import { describe, expect, it } from 'vitest';
import { allocateShared } from '../../src/analysis/allocation.js';
import { traceAllocation } from '../../src/analysis/allocation-trace.js';
import { toExact, toFixed } from '../../src/money/decimal.js';
import { config, fact } from './helpers.js';

const cfg = config(
  `
categories:
  - { id: shop, name: Shop, function: Sales }
  - { id: ops, name: Ops tools, function: Operations }
  - { id: help, name: Helpdesk, function: Support }
  - { id: platform, name: Platform, shared: true }
  - { id: security, name: Security, shared: true }
  - { id: collab, name: Collaboration, shared: true }
  - { id: misc, name: Misc, shared: true }
allocations:
  platform: { Sales: 50, Operations: 30, Support: 20 }
  security: { method: proportional }
  collab: { driver: headcount.csv }
`,
  { 'headcount.csv': 'function,period,value\nSales,2026-01,3\nOperations,2026-01,1\n' },
);

const facts = [
  fact('shop', 'Stripe', '2026-01', '300.00'),
  fact('ops', 'Zapier', '2026-01', '100.00'),
  fact('platform', 'GitHub', '2026-01', '100.01'),
  fact('security', 'CrowdStrike', '2026-01', '50.00'),
  fact('security', 'CrowdStrike', '2026-02', '40.00'),
  fact('collab', 'Slack', '2026-01', '10.01'),
  fact('misc', 'Acme', '2026-01', '7.00'),
  fact('platform', 'AWS', '2026-01', '-0.05'),
];

describe('traceAllocation: the arithmetic behind allocateShared', () => {
  const steps = traceAllocation(facts, cfg);

  it('gives every shared fact, with the parts allocateShared books, fact by fact', () => {
    const booked = allocateShared(facts, cfg).facts;
    expect(steps.length).toBe(6);
    for (const s of steps) {
      const mine = booked.filter((f) => f.category === s.fact.category && f.vendor === s.fact.vendor && f.month === s.fact.month);
      const parts = Object.fromEntries(s.parts.filter((p) => p.allocated.units !== 0n || s.amount.units === 0n).map((p) => [p.fn, toFixed(p.allocated)]));
      expect(parts, `${s.fact.category} ${s.fact.month}`).toEqual(Object.fromEntries(mine.map((f) => [f.fn, toFixed(f.amount)])));
    }
  });

  it('fixed weights: 100.01 at 50/30/20, exact shares 50.005 / 30.003 / 20.002, the odd cent to the largest remainder', () => {
    const s = steps.find((x) => x.fact.category === 'platform' && x.fact.vendor === 'GitHub')!;
    expect(s.method).toBe('fixed');
    expect(toExact(s.weightTotal!)).toBe('100');
    expect(s.parts.map((p) => [p.fn, toExact(p.weight), toExact(p.exact), toFixed(p.allocated), p.roundedUp])).toEqual([
      ['Sales', '50', '50.005', '50.01', true],
      ['Operations', '30', '30.003', '30.00', false],
      ['Support', '20', '20.002', '20.00', false],
    ]);
  });

  it('a negative amount (a credit) splits the same way, sign kept', () => {
    const s = steps.find((x) => x.fact.vendor === 'AWS')!;
    expect(s.parts.map((p) => toFixed(p.allocated))).toEqual(['-0.03', '-0.01', '-0.01']);
  });

  it('proportional: the weights are the direct spend of the month (300 and 100)', () => {
    const s = steps.find((x) => x.fact.category === 'security' && x.fact.month === '2026-01')!;
    expect(s.method).toBe('proportional');
    expect(s.parts.map((p) => [p.fn, toExact(p.weight), toFixed(p.allocated)])).toEqual([
      ['Operations', '100', '12.50'],
      ['Sales', '300', '37.50'],
    ]);
  });

  it('driver: 10.01 at 3:1 → 7.5075 / 2.5025 → 7.51 / 2.50', () => {
    const s = steps.find((x) => x.fact.category === 'collab')!;
    expect(s.parts.map((p) => [p.fn, toExact(p.exact), toFixed(p.allocated), p.roundedUp])).toEqual([
      ['Operations', '2.5025', '2.50', false],
      ['Sales', '7.5075', '7.51', true],
    ]);
  });

  it('nothing to weigh by, or no allocation: the whole amount stays under the category function', () => {
    const gap = steps.find((x) => x.fact.category === 'security' && x.fact.month === '2026-02')!;
    expect(gap.method).toBe('unweighted');
    expect(gap.parts.map((p) => [p.fn, toFixed(p.allocated)])).toEqual([['Shared Technology', '40.00']]);
    expect(steps.find((x) => x.fact.category === 'misc')!.method).toBe('none');
  });
});
