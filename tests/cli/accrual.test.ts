/**
 * --basis accrual end to end on tests/fixtures/accrual, figures worked out by hand before running:
 *  - gl.csv:3 Atlassian 1,200.00 on 2026-02-10, rule amortize: 12 → 100.00 a month, 2026-02..2027-01
 *  - gl.csv:2 Figma 1,000.00 "Jan–Dec 2026" → 83.34 × 4 (Jan..Apr) + 83.33 × 8 (May..Dec)
 *  - focus.csv:2 AWS 100.00, ChargePeriod 2026-01-01 → 2026-04-01 → 33.34, 33.33, 33.33 (Jan..Mar)
 *  - focus.csv:3 AWS 10.00 for one day in Feb; Slack 50.00 in Mar and Dec; Zoom 30.00 in Apr
 *    ("Apr 2026 1-12 users" is not a range): each stays in its month
 * The data ends in 2026-12, so Atlassian's 2027-01 share (100.00) is deferred to later periods.
 * Accrual by month: Jan 116.68, Feb 226.67, Mar 266.67, Apr 213.34, May..Nov 183.33, Dec 233.33:
 * technology 2,340.00 + deferred 100.00 = input 2,440.00 (cash: 2,440.00 in Jan, Feb, Mar, Apr, Dec).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = resolve(import.meta.dirname, '../fixtures/accrual');
const inputs = ['gl.csv', 'focus.csv'];

async function json(args: string[]) {
  const r = await runCli([...args, ...inputs, '--format', 'json'], dir);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

async function csv(args: string[]): Promise<string[]> {
  const r = await runCli([...args, ...inputs, '--format', 'csv'], dir);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().split('\n');
}

describe('--basis accrual', () => {
  it('report: each month as worked out by hand; the reconciliation ties with the deferred month', async () => {
    const rows = await csv(['report', '--basis', 'accrual', '--by', 'category']);
    expect(rows).toEqual([
      'category,period,amount,share',
      'cloud,2026-01,33.34,0.2857',
      'saas,2026-01,83.34,0.7143',
      'cloud,2026-02,43.33,0.1912',
      'saas,2026-02,183.34,0.8088',
      'cloud,2026-03,33.33,0.1250',
      'saas,2026-03,233.34,0.8750',
      'saas,2026-04,213.34,1.0000',
      ...['05', '06', '07', '08', '09', '10', '11'].map((m) => `saas,2026-${m},183.33,1.0000`),
      'saas,2026-12,233.33,1.0000',
    ]);
    const j = await json(['report', '--basis', 'accrual']);
    expect(j.parameters.basis).toBe('accrual');
    expect(j.reconciliation).toMatchObject({ inputTotal: '2440.00', technologyTotal: '2340.00', deferredAfterRange: '100.00', accruedBeforeRange: '0.00' });
  });

  it('report: cash is the default and says nothing of a basis; --basis cash says it', async () => {
    const plain = await runCli(['report', ...inputs, '--format', 'markdown'], dir);
    expect(plain.stdout).not.toMatch(/basis/i);
    expect(await csv(['report'])).toEqual(['category,period,amount,share', 'cloud,2026-01,100.00,0.0909', 'saas,2026-01,1000.00,0.9091', 'cloud,2026-02,10.00,0.0083', 'saas,2026-02,1200.00,0.9917', 'saas,2026-03,50.00,1.0000', 'saas,2026-04,30.00,1.0000', 'saas,2026-12,50.00,1.0000']);
    const cash = await runCli(['report', ...inputs, '--basis', 'cash', '--format', 'markdown'], dir);
    expect(cash.stdout).toContain('**basis:** cash');
    const accrual = await runCli(['report', ...inputs, '--basis', 'accrual', '--format', 'table'], dir);
    expect(accrual.stdout).toContain('basis: accrual');
    expect(accrual.stdout).toContain('Input total USD 2,440.00 = technology USD 2,340.00 + excluded USD 0.00 + rejected USD 0.00 + accrued outside the months reported USD 100.00.');
  });

  it('report --to: expense spread past the range is deferred to later periods', async () => {
    const j = await json(['report', '--basis', 'accrual', '--to', '2026-06-30']);
    // Jan..Jun: 116.68 + 226.67 + 266.67 + 213.34 + 183.33 × 2 = 1,190.02; input 2,390.00 (no December Slack)
    expect(j.reconciliation).toMatchObject({ inputTotal: '2390.00', technologyTotal: '1190.02', deferredAfterRange: '1199.98' });
  });

  it('variance: December against November is +50.00 (233.33 vs 183.33)', async () => {
    expect(await csv(['variance', '--basis', 'accrual', '--period', 'month'])).toEqual(['category,base,current,change,change_pct,expansion,new_capability,discontinued', 'saas,183.33,233.33,50.00,0.2727,50.00,0.00,0.00']);
  });

  it('forecast: run rate (183.33 + 183.33 + 233.33) / 3 = 200.00 a month, 2,400.00 a year (cash: 50.00, 600.00)', async () => {
    // accrual: October and November hold spread spend, so they are months with data
    expect(await csv(['forecast', '--basis', 'accrual'])).toEqual(['category,run_rate_monthly,growth,forecast,budget,gap', 'cloud,0.00,0.0000,0.00,,', 'saas,200.00,0.0000,2400.00,,']);
    // cash: no line is dated 2026-05..11 (2026-04-01 → 2026-12-20, lines otherwise ~17 days apart):
    // October and November are no data, not zero spend, and the run rate is December's 50.00 alone
    expect(await csv(['forecast'])).toEqual(['category,run_rate_monthly,growth,forecast,budget,gap', 'cloud,0.00,0.0000,0.00,,', 'saas,50.00,0.0000,600.00,,']);
  });

  it('board: December is 233.33 on the accrual basis (50.00 cash), and the pack says its basis', async () => {
    const j = await json(['board', '--basis', 'accrual']);
    expect(j.parameters.basis).toBe('accrual');
    expect(j.summary[1]).toBe('Technology spend in December 2026 was $233, up $50 (+27%) on November 2026.');
    expect(j.reconciliation).toMatchObject({ inputTotal: '2440.00', technologyTotal: '2340.00', deferredAfterRange: '100.00' });
    const md = await runCli(['board', ...inputs, '--basis', 'accrual', '--format', 'markdown'], dir);
    expect(md.stdout).toContain('**basis:** accrual');
  });

  it('explain: an accrual cell lists each line with its share of the line', async () => {
    const r = await runCli(['explain', ...inputs, '--basis', 'accrual', '--category', 'saas', '--period', 'month', '2026-03', '--format', 'csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Jira annual subscription [accrual: 2/12 of USD 1,200.00, service 2026-02..2027-01 (the rule\'s amortize)]');
    expect(r.stdout).toContain('Figma Organization Jan–Dec 2026 [accrual: 3/12 of USD 1,000.00, service 2026-01..2026-12 (the range in its description)]');
    const j = JSON.parse((await runCli(['explain', ...inputs, '--basis', 'accrual', '--category', 'saas', '--period', 'month', '2026-03', '--format', 'json'], dir)).stdout);
    expect(j.parameters.total).toBe('233.34');
  });

  it('a bad --basis is a usage error; a bad amortize a config error naming the rule', async () => {
    const r = await runCli(['report', ...inputs, '--basis', 'pnl'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--basis must be cash or accrual, got "pnl"');
    const tmp = mkdtempSync(join(tmpdir(), 'accrual-'));
    try {
      writeFileSync(join(tmp, 'techspend.yaml'), readFileSync(join(dir, 'techspend.yaml'), 'utf8').replace('amortize: 12', 'amortize: 1.5'));
      const bad = await runCli(['report', join(dir, 'gl.csv')], tmp);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('rules[0].amortize (rule atlassian): amortize is a whole number of months from 1 to 120, got 1.5');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('forecast --basis cash suggests amortizing the yearly bills, with the rule to add', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'accrual-'));
    try {
      // a year of monthly Slack, and one Atlassian bill in the run-rate window, not its last month (no amortize yet)
      writeFileSync(join(tmp, 'techspend.yaml'), readFileSync(join(dir, 'techspend.yaml'), 'utf8').replace('amortize: 12, ', ''));
      const rows = ['Date,Vendor,Description,Account,Amount', '2026-11-10,Atlassian,Jira annual subscription,Software,1200.00'];
      for (let m = 1; m <= 12; m++) rows.push(`2026-${String(m).padStart(2, '0')}-15,Slack,Slack monthly,Software,50.00`);
      writeFileSync(join(tmp, 'gl.csv'), rows.join('\n') + '\n');
      const r = await runCli(['forecast', 'gl.csv', '--basis', 'cash', '--format', 'markdown'], tmp);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('- { category: saas, amortize: 12, match: { vendor: "Atlassian*" } }');
      expect((await runCli(['forecast', 'gl.csv', '--format', 'markdown'], tmp)).stdout).not.toContain('amortize');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('--basis accrual and the engines', () => {
  it('--engine duckdb hands an accrual run to the node engine (the SQL books each line in its month), saying so', async () => {
    const node = await runCli(['report', '--basis', 'accrual', ...inputs, '--format', 'csv'], dir);
    const duck = await runCli(['report', '--basis', 'accrual', '--engine', 'duckdb', ...inputs, '--format', 'csv'], dir);
    expect(duck.code, duck.stderr).toBe(0);
    expect(duck.stdout).toBe(node.stdout);
    expect(duck.stderr).toContain('--basis accrual spreads lines over their service periods: the node engine reads this run');
  });
});
