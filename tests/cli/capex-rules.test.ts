/**
 * Rules' own capex shares end to end on a hand-checked fixture (tests/fixtures/capex-rules/HAND.md:
 * every figure below was worked out by hand before the code ran), and the config errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DIR = resolve(import.meta.dirname, '../fixtures/capex-rules');
const CONFIG = readFileSync(join(DIR, 'techspend.yaml'), 'utf8');

describe('report --capex with rules that carry their own share', () => {
  it('csv: each rule\'s lines split at its share and life, the rest at the category\'s; the rule columns say how much', async () => {
    const r = await runCli(['report', 'spend.csv', '--capex', '--format', 'csv'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'category,period,capitalize,useful_life,spend,opex,capex,depreciation,pnl,rule_spend,rule_capex,rules',
      'hosting,2026-01,0,,300.00,300.00,0.00,0.00,300.00,0.00,0.00,',
      'product-eng,2026-01,60,3,1600.00,400.00,1200.00,0.00,400.00,600.00,600.00,build-agency 100% 2',
      'hosting,2026-02,0,,400.02,300.01,100.01,0.00,300.01,400.02,100.01,gpu-build 25% 4',
      'product-eng,2026-02,60,3,1000.04,400.00,600.04,500.00,900.00,500.03,300.03,build-agency 100% 2; support-contractors 0% 3',
      'hosting,2026-03,0,,320.00,320.00,0.00,25.01,345.01,0.00,0.00,',
      'product-eng,2026-03,60,3,0.00,0.00,0.00,750.03,750.03,0.00,0.00,',
      'hosting,2026-04 (after the data),0,,0.00,0.00,0.00,25.00,25.00,0.00,0.00,',
      'product-eng,2026-04 (after the data),60,3,0.00,0.00,0.00,450.01,450.01,0.00,0.00,',
      'hosting,2026-05 (after the data),0,,0.00,0.00,0.00,25.00,25.00,0.00,0.00,',
      'product-eng,2026-05 (after the data),60,3,0.00,0.00,0.00,100.00,100.00,0.00,0.00,',
      'hosting,2026-06 (after the data),0,,0.00,0.00,0.00,25.00,25.00,0.00,0.00,',
    ]);
  });

  it('markdown: the totals, and each category\'s treatment names its rules', async () => {
    const r = await runCli(['report', 'spend.csv', '--capex'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opex USD 1,720.01 + capex 1,900.05 = spend 3,620.06 (2026-01 to 2026-03); P&L expense 2,995.05 = opex + depreciation 1,275.04.');
    expect(r.stdout).toContain('| Product engineering | 60% over 3 months, rule build-agency: 100% over 2 months, rule support-contractors: opex | 2,600.04 | 800.00 | 1,800.04 | 1,250.03 | 2,050.03 |');
    expect(r.stdout).toContain('| Hosting | opex, rule gpu-build: 25% over 4 months | 1,020.02 | 920.01 | 100.01 | 25.01 | 945.02 |');
    expect(r.stdout).toContain('Depreciation still to charge after the data: USD 625.01');
  });

  it('a category with no share of its own but a capitalizing rule is enough for --capex', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capex-rules-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG.replace('    capitalize: 60%    # contractors building the product, in general\n', '').replace(/^    (capitalize: (100|0)%|usefulLife: 2).*\n/gm, ''));
    writeFileSync(join(dir, 'spend.csv'), readFileSync(join(DIR, 'spend.csv')));
    const r = await runCli(['report', 'spend.csv', '--capex', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    // only gpu-build capitalizes: 100.01 of hosting's February
    expect(r.stdout).toContain('hosting,2026-02,0,,400.02,300.01,100.01,0.00,300.01,400.02,100.01,gpu-build 25% 4');
    expect(r.stdout).toContain('product-eng,2026-02,0,,1000.04,1000.04,0.00,0.00,1000.04,0.00,0.00,');
  });
});

describe('board and explain honour the rules\' shares', () => {
  it('board: the same category figures and net book value', async () => {
    const r = await runCli(['board', 'spend.csv', '--to', '2026-03-31'], DIR);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Opex and capex, FY2026 to date'));
    expect(section).toContain('| Hosting | opex, rule gpu-build: 25% over 4 months | 1,020.02 | 920.01 | 100.01 | 25.01 | 945.02 |');
    expect(section).toContain('| **Total** |  | **3,620.06** | **1,720.01** | **1,900.05** | **1,275.04** | **2,995.05** |');
    expect(section).toContain('Net book value at the end of 2026-03: USD 625.01');
  });

  it('explain --capex: one row per month and share, naming the rule and where it is written', async () => {
    const r = await runCli(['explain', 'spend.csv', '--category', 'product-eng', '--period', '2026-02', '--capex'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 2026-02 | category | 1 | 500.01 | 60% | 300.01 | 200.00 | 100.01 × 1, then 100.00 × 2, 2026-03 to 2026-05 |');
    expect(r.stdout).toContain('| 2026-02 | rule build-agency | 1 | 300.03 | 100% | 300.03 | 0.00 | 150.02 × 1, then 150.01 × 1, 2026-03 to 2026-04 |');
    expect(r.stdout).toContain('| 2026-02 | rule support-contractors | 1 | 200.00 | 0% | 0.00 | 200.00 |  |');
    expect(r.stdout).toContain('rule build-agency (rules[0].capitalize) 100% over 2 months; rule support-contractors (rules[1].capitalize) 0%: opex: capex USD 600.04 + opex 400.00 = spend 1,000.04.');
  });
});

describe('rules\' capex config errors name the rule path (exit 2)', () => {
  const cases: [string, string, RegExp][] = [
    ['share over 100%', CONFIG.replace('capitalize: 100%', 'capitalize: 150%'), /^.*rules\[0\]\.capitalize \(rule build-agency\): capitalize must be a share from 0% to 100%, got "150%"/m],
    ['share not a number', CONFIG.replace('capitalize: 25%', 'capitalize: some'), /rules\[3\]\.capitalize \(rule gpu-build\): .*got "some"/],
    ['negative share', CONFIG.replace('capitalize: 0%', 'capitalize: -10%'), /rules\[1\]\.capitalize \(rule support-contractors\)/],
    ['useful life without a share', CONFIG.replace('    capitalize: 100%   # an agency that only builds the product\n', ''), /rules\[0\]\.usefulLife \(rule build-agency\): usefulLife on a rule needs capitalize/],
    ['useful life zero', CONFIG.replace('usefulLife: 2', 'usefulLife: 0'), /rules\[0\]\.usefulLife/],
    ['excluded rule', CONFIG.replace('capitalize: 25%', 'capitalize: 25%\n    scope: excluded'), /rules\[3\]\.capitalize \(rule gpu-build\): the rule books its lines out of scope/],
  ];
  for (const [name, yaml, message] of cases) {
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'capex-rules-'));
      writeFileSync(join(dir, 'techspend.yaml'), yaml);
      writeFileSync(join(dir, 'spend.csv'), readFileSync(join(DIR, 'spend.csv')));
      const r = await runCli(['report', 'spend.csv'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
