/**
 * The ledger keeps the spend of a rule with its own capex share apart (capexFacts) and sums over it
 * everywhere else (all); a thread's ledger hands it on through addFact, so the run's capex is the
 * same on one thread and on several.
 */
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/analysis/ledger.js';
import type { Rule } from '../../src/config/rule.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { parseDecimal, toFixed } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';

const line = (vendor: string, amount: string): ExpenseLine => ({ source: 't.csv', line: 2, date: '2026-02-15', vendor, description: '', account: '', department: '', costCenter: '', currency: 'USD', amount: parseDecimal(amount)!, fields: [], header: new Map() });
const rule = (id: string, index: number, capitalize?: bigint): Rule => ({ id, index, where: `rules[${index}]`, category: 'eng', test: () => true, fields: [], describe: '', ...(capitalize !== undefined ? { capitalize } : {}) });
const cat = (r: Rule, amount: string): Categorization => ({ rule: r, parts: [{ category: 'eng', pool: 'other', amount: parseDecimal(amount)! }], scope: 'technology' });

describe('Ledger capex rules', () => {
  const agency = rule('agency', 0, 100_000_000n);
  const plain = rule('plain', 1);
  const fill = (l: Ledger) => {
    l.addLine(line('V', '300.03'), cat(agency, '300.03'));
    l.addLine(line('V', '500.01'), cat(plain, '500.01'));
  };

  it('all() sums one vendor-month whatever the rule; capexFacts keeps the rule\'s spend apart', () => {
    const l = new Ledger();
    fill(l);
    expect(l.all().map((f) => [f.vendor, toFixed(f.amount), f.lines, f.capexRule])).toEqual([['V', '800.04', 2, undefined]]);
    expect(l.capexFacts().map((f) => [toFixed(f.amount), f.capexRule])).toEqual([
      ['500.01', undefined],
      ['300.03', 'agency'],
    ]);
  });

  it('a thread\'s facts added to another ledger keep the rule', () => {
    const part = new Ledger();
    fill(part);
    const run = new Ledger();
    for (const f of part.capexFacts()) run.addFact(f);
    expect(run.capexFacts().map((f) => [toFixed(f.amount), f.capexRule])).toEqual([
      ['500.01', undefined],
      ['300.03', 'agency'],
    ]);
    expect(run.all().map((f) => toFixed(f.amount))).toEqual(['800.04']);
  });
});
