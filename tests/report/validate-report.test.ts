/**
 * validate's report, built without the disk: rule coverage counted from lines (analysis/rule-coverage.ts)
 * and the report from it (report/build-validate.ts). Figures worked out by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { RuleCoverage } from '../../src/analysis/rule-coverage.js';
import { emptyReconciliation } from '../../src/analysis/reconciliation.js';
import { buildValidateReport } from '../../src/report/build-validate.js';
import { createCategorizer } from '../../src/rules/engine.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { toFixed } from '../../src/money/decimal.js';
import { config as configOf, d } from '../analysis/helpers.js';

const config = configOf(`
categories:
  - { id: cloud, name: Cloud, function: Product }
  - { id: big, name: Big tickets, function: Finance }
rules:
  - { id: big-aws, category: big, match: { vendor: "AWS*", amount: ">= 10000" } }
  - { id: aws, category: cloud, match: { vendor: "AWS*" } }
  - { id: aws-again, category: cloud, match: { vendor: "AWS EMEA" } }
  - { id: never, category: cloud, match: { vendor: Oracle } }
`);

function line(vendor: string, amount: string): ExpenseLine {
  return { source: 'gl.csv', line: 2, date: '2026-01-15', vendor, description: '', account: '', department: '', costCenter: '', currency: 'USD', amount: d(amount), fields: [], header: new Map() };
}

describe('validate report', () => {
  const engine = createCategorizer(config);
  const coverage = new RuleCoverage(config);
  for (const l of [line('AWS EMEA', '20000'), line('AWS EMEA', '200'), line('Slack', '100')]) coverage.see(l, l.amount, engine.categorize(l, l.amount), true);
  const report = buildValidateReport(config, emptyReconciliation(), coverage, undefined);

  it('counts each rule: lines won, lines matched, amount, and who shadows it', () => {
    const rules = report.sections.find((s) => s.id === 'rules')!.rows.map((r) => [r.rule, r.won, r.matched, toFixed(r.amount as never, 2), r.status]);
    expect(rules).toEqual([
      ['big-aws', 1, 1, '20000.00', 'ok'],
      ['aws', 1, 2, '200.00', 'ok'],
      // matched by both AWS EMEA lines, won by big-aws once and aws once: the tie goes to the first id
      ['aws-again', 0, 2, '0.00', 'shadowed by aws'],
      ['never', 0, 0, '0.00', 'never matches'],
    ]);
  });

  it('says the coverage: 2 of 3 technology lines, 20,200 of 20,300 spend', () => {
    expect(report.summary).toContain('Rule coverage: 66.7% of technology lines and 99.5% of technology spend categorized by a rule; 2 rules never win.');
    expect(report.footer?.rowsRead).toBe(0);
  });
});
