/** The pure scenario computation: hand-worked figures, and the bridge footing exactly (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScenario, resolveSavings } from '../../src/analysis/scenarios.js';
import type { Scenario } from '../../src/config/scenario-file.js';
import { parseGrowthRate, readScenarios, scenarioWhere } from '../../src/config/scenario-file.js';
import { add, type Decimal, toFixed, ZERO } from '../../src/money/decimal.js';

const d = (s: string): Decimal => {
  const [i, f = ''] = s.split('.');
  return { units: BigInt(`${i}${f}`), scale: f.length };
};
const FY = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
const scenario = (s: Partial<Scenario>): Scenario => ({ name: 'x', growth: new Map(), drivers: [], savings: [], initiatives: [], ...s });

describe('scenario computation', () => {
  it('a yearly rate is the plain forecast (run rate × 12 × (1 + g)); a monthly one compounds from month 1', () => {
    const rr = new Map([['cloud', d('1100.00')], ['saas', d('600.00')]]);
    const s = scenario({ growth: new Map([['all', parseGrowthRate('5%')!], ['cloud', parseGrowthRate('1%/month')!]]) });
    const r = computeScenario(s, rr, FY, new Map());
    // Σ k=1..12 of 1100 × 1.01^k = 14090.2608… (worked by hand: 1100 × 1.01 × (1.01^12 − 1) / 0.01)
    expect(r.rows.map((x) => [x.category, toFixed(x.growth), toFixed(x.total)])).toEqual([
      ['cloud', '890.26', '14090.26'],
      ['saas', '360.00', '7560.00'],
    ]);
  });

  it('drivers scale from their month on; savings from the month they land; initiatives for their months', () => {
    const rr = new Map([['saas', d('660.00')], ['data', d('300.00')]]);
    const s = scenario({
      drivers: [{ driver: 'headcount', today: d('100'), plan: [{ month: '2027-07', value: d('120') }], scales: ['saas'] }],
      savings: [{ label: 'S-1', category: 'saas', monthly: d('100'), lands: '2027-10', where: 'x' }],
      initiatives: [{ name: 'Lake', category: 'data', start: '2027-04', monthly: d('500'), months: 6 }],
    });
    const r = computeScenario(s, rr, FY, new Map(s.savings.map((v) => [v, v.category!])));
    const saas = r.rows.find((x) => x.category === 'saas')!;
    // 6 × 660 + 6 × 660 × 1.2 = 8712; the driver adds 792; the saving 3 months × 100
    expect([saas.drivers, saas.savings, saas.total].map((x) => toFixed(x))).toEqual(['792.00', '-300.00', '8412.00']);
    const data = r.rows.find((x) => x.category === 'data')!;
    expect([data.initiatives, data.total].map((x) => toFixed(x))).toEqual(['3000.00', '6600.00']);
  });

  it("annual bills are added once, as the forecast adds them: growth and drivers move the run rate only", () => {
    const rr = new Map([['dev', d('1000.00')]]);
    const s = scenario({
      growth: new Map([['all', parseGrowthRate('10%')!]]),
      drivers: [{ driver: 'headcount', today: d('100'), plan: [{ month: '2027-07', value: d('150') }], scales: ['dev'] }],
      savings: [{ label: 'S-1', category: 'dev', monthly: d('500'), lands: '2027-11', where: 'x' }],
    });
    // a category with an annual bill and no run rate appears too
    const bills = new Map([['dev', d('24192.00')], ['sec', d('6000.00')]]);
    const r = computeScenario(s, rr, FY, new Map(s.savings.map((v) => [v, v.category!])), bills);
    const dev = r.rows.find((x) => x.category === 'dev')!;
    // run rate 12,000; bills 24,192; growth 1,200 (10% of the run rate only); drivers: 6 months
    // × 1,100 × 0.5 = 3,300; saving 2 months × 500 = 1,000 → 12,000 + 24,192 + 1,200 + 3,300 − 1,000
    expect([dev.runRateYear, dev.annualBills, dev.growth, dev.drivers, dev.savings, dev.total].map((x) => toFixed(x))).toEqual(['12000.00', '24192.00', '1200.00', '3300.00', '-1000.00', '39692.00']);
    const sec = r.rows.find((x) => x.category === 'sec')!;
    expect([sec.runRateYear, sec.annualBills, sec.growth, sec.total].map((x) => toFixed(x))).toEqual(['0.00', '6000.00', '0.00', '6000.00']);
    expect(toFixed(r.total.annualBills)).toBe('30192.00');
  });

  it('a saving by vendor comes off the one category the vendor is in; several or none is a problem', () => {
    const s = scenario({ savings: [{ label: 'Zoom', vendor: 'Zoom', monthly: d('1'), lands: '2027-01', where: 'p.yaml: scenarios.x.savings[0]' }] });
    expect(resolveSavings([s], () => ['collab']).categoryOf.get(s.savings[0]!)).toBe('collab');
    expect(resolveSavings([s], () => []).problems[0]!.message).toMatch(/no run rate/);
    expect(resolveSavings([s], () => ['a', 'b']).problems[0]!.message).toMatch(/several categories \(a, b\)/);
  });

  it('the bridge steps add up exactly to the total, per category and in total (property)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10_000_000n }).map((u) => ({ units: u, scale: 2 }));
    const rate = fc.tuple(fc.integer({ min: -99, max: 300 }), fc.integer({ min: 0, max: 99 }), fc.boolean()).map(([i, f, month]) => parseGrowthRate(`${i}.${String(f).padStart(2, '0')}%${month ? '/month' : ''}`)!);
    const month = fc.integer({ min: 0, max: 17 }).map((k) => (k < 12 ? FY[k]! : `2028-0${k - 11}`));
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 1, maxLength: 4 }),
        fc.option(rate),
        fc.array(fc.tuple(month, fc.integer({ min: 0, max: 500 })), { maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), cents, month), { maxLength: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), cents, month, fc.option(fc.integer({ min: 1, max: 24 }))), { maxLength: 3 }),
        fc.array(cents, { maxLength: 3 }),
        (rates, g, plan, saves, inits, billed) => {
          const cats = rates.map((_, i) => `c${i}`);
          const rr = new Map(rates.map((r, i) => [cats[i]!, r]));
          const s = scenario({
            growth: g === null ? new Map() : new Map([['all', g]]),
            drivers: [{ driver: 'd', today: d('37'), plan: plan.map(([m, v]) => ({ month: m, value: { units: BigInt(v), scale: 0 } })).sort((a, b) => (a.month < b.month ? -1 : 1)), scales: [cats[0]!] }],
            savings: saves.map(([c, amount, m]) => ({ label: 's', category: `c${c % rates.length}`, monthly: amount, lands: m, where: 'x' })),
            initiatives: inits.map(([c, amount, m, n]) => ({ name: 'i', category: `c${c}`, start: m, monthly: amount, months: n ?? undefined })),
          });
          const bills = new Map(billed.map((b, i) => [`c${i * 2}`, b]));
          const r = computeScenario(s, rr, FY, new Map(s.savings.map((v) => [v, v.category!])), bills);
          for (const x of [...r.rows, r.total]) {
            const steps = [x.runRateYear, x.annualBills, x.growth, x.drivers, x.savings, x.initiatives].reduce(add, ZERO);
            expect(toFixed(steps)).toBe(toFixed(x.total));
            expect(x.total.scale).toBeLessThanOrEqual(2);
          }
          expect(toFixed(r.rows.map((x) => x.total).reduce(add, ZERO))).toBe(toFixed(r.total.total));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('scenario file checks', () => {
  const read = (raw: unknown) => readScenarios(raw, { where: scenarioWhere('plan.yaml'), categoryIds: ['cloud', 'saas'] }).diagnostics.map((x) => `${x.where}: ${x.message}`);
  it('one line per problem, naming the file and the path', () => {
    expect(read({ scenarios: { base: { growth: { clod: '5%' } } } })).toEqual(['plan.yaml: scenarios.base.growth.clod: unknown category "clod"']);
    expect(read({ scenarios: { base: { initiatives: [{ name: 'x', category: 'cloud', start: '2027-13', monthly: 1 }] } } })).toEqual(['plan.yaml: scenarios.base.initiatives[0].start: bad month "2027-13"']);
    expect(read({ scenarios: { base: { initiatives: [{ name: 'x', category: 'cloud', start: '2027-01', monthly: 1, months: -3 }] } } })).toEqual(['plan.yaml: scenarios.base.initiatives[0].months: months must be a whole number above zero, got -3']);
    expect(read({ scenarios: { base: { grwoth: {} } } })).toEqual(['plan.yaml: scenarios.base.grwoth: unknown key "grwoth"']);
    expect(read({ scenarios: { base: { growth: { all: 'fast' } } } })).toEqual(['plan.yaml: scenarios.base.growth.all: bad growth "fast"']);
    expect(read({ scenarios: { base: { savings: [{ id: 'S', category: 'saas', monthly: -5, lands: '2027-01' }] } } })).toEqual(['plan.yaml: scenarios.base.savings[0].monthly: monthly saving must be more than zero, got -5']);
  });
});
