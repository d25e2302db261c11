import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateShared } from '../../src/analysis/allocation.js';
import { Ledger } from '../../src/analysis/ledger.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { add, type Decimal, toFixed, ZERO } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';
import { vendorScope } from '../../src/analysis/vendor-key.js';
import { config, d } from './helpers.js';

const cfg = config(`
categories:
  - { id: shop, name: Shop, function: Sales }
  - { id: ops, name: Ops, function: Operations }
  - { id: platform, name: Platform, shared: true }
  - { id: security, name: Security, shared: true }
  - { id: loose, name: Shared without allocation, shared: true }
allocations:
  platform: { Sales: 33, Operations: 67 }
  security: { method: proportional }
`);

function lineOf(vendor: string, month: string, amount: Decimal): ExpenseLine {
  return { source: 't.csv', line: 2, date: `${month}-15`, vendor, description: '', account: '', department: '', costCenter: '', currency: 'USD', amount, fields: [], header: new Map() };
}

const categorized = (category: string, amount: Decimal): Categorization => ({ rule: undefined, parts: [{ category, pool: 'other', amount }], scope: 'technology' });

/** Sums by category × function × month after allocation: what every report reads. */
function allocated(ledger: Ledger): Map<string, string> {
  const sums = new Map<string, Decimal>();
  for (const f of allocateShared(ledger.all(), cfg).facts) {
    const k = `${f.category}|${f.fn}|${f.month}`;
    sums.set(k, add(sums.get(k) ?? ZERO, f.amount));
  }
  return new Map([...sums].map(([k, v]) => [k, toFixed(v)]));
}

describe('Ledger vendor scope', () => {
  it('keeps vendor detail only in allocated categories', () => {
    const ledger = new Ledger((v) => v, false, vendorScope(cfg, 'allocated'));
    ledger.addLine(lineOf('GitHub', '2026-01', d('10.00')), categorized('platform', d('10.00')));
    ledger.addLine(lineOf('Stripe', '2026-01', d('5.00')), categorized('shop', d('5.00')));
    ledger.addLine(lineOf('Adyen', '2026-01', d('7.00')), categorized('shop', d('7.00')));
    ledger.addLine(lineOf('Okta', '2026-01', d('1.00')), categorized('loose', d('1.00')));
    expect(ledger.all().map((f) => `${f.category}:${f.vendor}:${toFixed(f.amount)}`)).toEqual(['loose:(no vendor):1.00', 'platform:GitHub:10.00', 'shop:(no vendor):12.00']);
  });

  it('property: allocated sums are the same to the cent with and without vendor detail elsewhere', () => {
    const entry = fc.record({
      category: fc.constantFrom('shop', 'ops', 'platform', 'security', 'loose'),
      vendor: fc.constantFrom('A', 'B', 'C', 'D'),
      month: fc.constantFrom('2026-01', '2026-02'),
      cents: fc.integer({ min: -5000, max: 500000 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const full = new Ledger();
        const scoped = new Ledger((v) => v, false, vendorScope(cfg, 'allocated'));
        for (const e of entries) {
          const amount = d((e.cents / 100).toFixed(2));
          for (const l of [full, scoped]) l.addLine(lineOf(e.vendor, e.month, amount), categorized(e.category, amount));
        }
        expect(allocated(scoped)).toEqual(allocated(full));
        expect(toFixed(scoped.total())).toBe(toFixed(full.total()));
      }),
      { numRuns: 200 },
    );
  });
});
