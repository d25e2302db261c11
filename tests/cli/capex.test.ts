/**
 * Capex and opex end to end on the hand-checked fixture (tests/fixtures/capex/HAND.md: every
 * figure below was worked out by hand before the code ran), and the config errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DIR = resolve(import.meta.dirname, '../fixtures/capex');
const CONFIG = readFileSync(join(DIR, 'techspend.yaml'), 'utf8');

describe('report --capex', () => {
  it('csv: opex + capex = spend per category and month, depreciation from the month after, P&L = opex + depreciation', async () => {
    const r = await runCli(['report', 'spend.csv', '--capex', '--format', 'csv'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'category,period,capitalize,useful_life,spend,opex,capex,depreciation,pnl',
      'hosting,2026-01,0,,300.00,300.00,0.00,0.00,300.00',
      'product-eng,2026-01,60,3,1000.00,400.00,600.00,0.00,400.00',
      'design,2026-02,50,4,99.99,49.99,50.00,0.00,49.99',
      'hosting,2026-02,0,,310.00,310.00,0.00,0.00,310.00',
      'product-eng,2026-02,60,3,500.01,200.00,300.01,200.00,400.00',
      'design,2026-03,50,4,0.00,0.00,0.00,12.50,12.50',
      'hosting,2026-03,0,,320.00,320.00,0.00,0.00,320.00',
      'product-eng,2026-03,60,3,1000.00,400.00,600.00,300.01,700.01',
      'design,2026-04 (after the data),50,4,0.00,0.00,0.00,12.50,12.50',
      'product-eng,2026-04 (after the data),60,3,0.00,0.00,0.00,500.00,500.00',
      'design,2026-05 (after the data),50,4,0.00,0.00,0.00,12.50,12.50',
      'product-eng,2026-05 (after the data),60,3,0.00,0.00,0.00,300.00,300.00',
      'design,2026-06 (after the data),50,4,0.00,0.00,0.00,12.50,12.50',
      'product-eng,2026-06 (after the data),60,3,0.00,0.00,0.00,200.00,200.00',
    ]);
  });

  it('markdown: the category split and the schedule by quarter, with the net book value', async () => {
    const r = await runCli(['report', 'spend.csv', '--capex', '--period', 'quarter'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opex USD 1,979.99 + capex 1,550.01 = spend 3,530.00 (2026-01 to 2026-03); P&L expense 2,492.50 = opex + depreciation 512.51.');
    expect(r.stdout).toContain('| Product engineering | 60% over 3 months | 2,500.01 | 1,000.00 | 1,500.01 | 500.01 | 1,500.01 |');
    expect(r.stdout).toContain('| Design | 50% over 4 months | 99.99 | 49.99 | 50.00 | 12.50 | 62.49 |');
    expect(r.stdout).toContain('| **Total** |  | **3,530.00** | **1,979.99** | **1,550.01** | **512.51** | **2,492.50** |');
    expect(r.stdout).toContain('| 2026-Q1 | 3,530.00 | 1,979.99 | 1,550.01 | 512.51 | 2,492.50 | 1,037.50 |');
    expect(r.stdout).toContain('| 2026-Q2 (after the data) |  |  | 0.00 | 1,037.50 |  | 0.00 |');
  });

  it('a period the data ends inside keeps its later charges apart (year 2026: data Jan–Mar, charges to June)', async () => {
    // regression: the year's row took April–June depreciation while its opex stopped in March
    const r = await runCli(['report', 'spend.csv', '--capex', '--period', 'year', '--format', 'csv'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1)).toEqual([
      'design,2026,50,4,99.99,49.99,50.00,12.50,62.49',
      'hosting,2026,0,,930.00,930.00,0.00,0.00,930.00',
      'product-eng,2026,60,3,2500.01,1000.00,1500.01,500.01,1500.01',
      'design,2026 (after the data),50,4,0.00,0.00,0.00,37.50,37.50',
      'product-eng,2026 (after the data),60,3,0.00,0.00,0.00,1000.00,1000.00',
    ]);
  });

  it('without --capex the report says nothing of capex', async () => {
    const r = await runCli(['report', 'spend.csv'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/capex|opex/i);
  });

  it('--capex with no capitalizing category is a usage error (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capex-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG.replace(/^\s+capitalize:.*$/gm, ''));
    writeFileSync(join(dir, 'spend.csv'), readFileSync(join(DIR, 'spend.csv')));
    const r = await runCli(['report', 'spend.csv', '--capex'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--capex: no category or rule of the config capitalizes/);
  });
});

describe('board: Opex and capex', () => {
  it('shows the capitalizing categories, the rest as opex, and the net book value', async () => {
    const r = await runCli(['board', 'spend.csv', '--to', '2026-03-31'], DIR);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Opex and capex, FY2026 to date'));
    expect(section).toContain('| Product engineering | 60% over 3 months | 2,500.01 | 1,000.00 | 1,500.01 | 500.01 | 1,500.01 |');
    expect(section).toContain('| Other categories (1) | opex | 930.00 | 930.00 | 0.00 | 0.00 | 930.00 |');
    expect(section).toContain('| **Total** |  | **3,530.00** | **1,979.99** | **1,550.01** | **512.51** | **2,492.50** |');
    expect(section).toContain('Net book value at the end of 2026-03: USD 1,037.50');
  });
});

describe('explain --capex', () => {
  it('traces the cell to its lines and says the share applied, month by month', async () => {
    const r = await runCli(['explain', 'spend.csv', '--category', 'product-eng', '--period', '2026-02', '--capex'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| spend.csv | 4 | 2026-02-15 | Acme Contractors | Sprint work February | 500.01 |');
    expect(r.stdout).toContain('Product engineering: share applied 60% (categories[0].capitalize), useful life 3 months: capex USD 300.01 + opex 200.00 = spend 500.01.');
    expect(r.stdout).toContain('| 2026-02 | 1 | 500.01 | 60% | 300.01 | 200.00 | 100.01 × 1, then 100.00 × 2, 2026-03 to 2026-05 |');
  });
  it('needs a category', async () => {
    const r = await runCli(['explain', 'spend.csv', '--function', 'Design', '--capex'], DIR);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--capex explains a category/);
  });
});

describe('config errors name the path (exit 2)', () => {
  const cases: [string, string, RegExp][] = [
    ['capitalize over 100%', CONFIG.replace('capitalize: 60%', 'capitalize: 120%'), /categories\[0\]\.capitalize: capitalize must be a share from 0% to 100%, got "120%"/],
    ['capitalize not a number', CONFIG.replace('capitalize: 60%', 'capitalize: lots'), /categories\[0\]\.capitalize: .*got "lots"/],
    ['negative capitalize', CONFIG.replace('capitalize: 60%', 'capitalize: -5'), /categories\[0\]\.capitalize/],
    ['useful life zero', CONFIG.replace('usefulLife: 3', 'usefulLife: 0'), /categories\[0\]\.usefulLife/],
    ['useful life not whole', CONFIG.replace('usefulLife: 4 ', 'usefulLife: 4.5 '), /: usefulLife/],
  ];
  for (const [name, yaml, message] of cases) {
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'capex-'));
      writeFileSync(join(dir, 'techspend.yaml'), yaml);
      writeFileSync(join(dir, 'spend.csv'), readFileSync(join(DIR, 'spend.csv')));
      const r = await runCli(['report', 'spend.csv'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }
});
