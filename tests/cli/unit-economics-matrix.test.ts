/**
 * report --per: the ratio per category (or function) and month, with each fiscal year's, as a
 * human table; figures worked out by hand in tests/fixtures/unit-economics/README.md and below.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DIR = resolve(import.meta.dirname, '../fixtures/unit-economics');

describe('report --per: by group and month', () => {
  it('% of revenue per category and month, the fiscal years after the months, a month without revenue says so', async () => {
    // cloud 600/10000, 700/10000, 800/12000 = 6.67, 900/18000; saas 400, 300, 400/12000 = 3.33, 300/18000 = 1.67
    const r = await runCli(['report', 'expenses.csv', '--per', 'revenue', '--format', 'markdown'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Technology spend % of revenue by category and month');
    expect(r.stdout).toContain('| Category | 2025-01 | 2025-02 | 2026-01 | 2026-02 | 2026-03 | FY2025 | FY2026 |');
    expect(r.stdout).toContain('| Cloud | 6.0% | 7.0% | 6.7% | 5.0% | no value | 6.5% | 5.7% |');
    expect(r.stdout).toContain('| SaaS | 4.0% | 3.0% | 3.3% | 1.7% | no value | 3.5% | 2.3% |');
    expect(r.stdout).toContain('| **Total** | **10.0%** | **10.0%** | **10.0%** | **6.7%** | **no value** | **10.0%** | **8.0%** |');
  });

  it('per customer by function (a fractional count): cents per unit', async () => {
    // Product (cloud) 600/10, 700/10, 800/12 = 66.67, 900/12.5 = 72.00; FY2026 1700/24.5 = 69.387 → 69.39
    const r = await runCli(['report', 'expenses.csv', '--per', 'customer', '--by', 'function', '--format', 'markdown'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Product | 60.00 | 70.00 | 66.67 | 72.00 | no value | 65.00 | 69.39 |');
    expect(r.stdout).toContain('| Sales | 40.00 | 30.00 | 33.33 | 24.00 | no value | 35.00 | 28.57 |');
    expect(r.stdout).toContain('| **Total** | **100.00** | **100.00** | **100.00** | **96.00** | **no value** | **100.00** | **97.96** |');
  });

  it('the table is at the run\'s cents (the spend report\'s), the csv data exact', async () => {
    // two lines of 10.004 in one month, 1 customer: the month is 20.008 → 20.01; apportioned to the
    // categories (a tie, by key) cloud 10.01, saas 10.00 — so the table says 10.01 per customer for
    // cloud, as report shows cloud; the exact ratio 10.004 → 10.00 is the data's
    const dir = mkdtempSync(join(tmpdir(), 'per-matrix-'));
    writeFileSync(join(dir, 'techspend.yaml'), 'currency: USD\ncategories:\n  - { id: cloud, name: Cloud }\n  - { id: saas, name: SaaS }\nrules:\n  - { category: cloud, match: { vendor: AWS } }\n  - { category: saas, match: { vendor: Slack } }\ndrivers: [drivers.csv]\n');
    writeFileSync(join(dir, 'drivers.csv'), 'month,driver,value\n2026-01,customers,1\n');
    writeFileSync(join(dir, 'spend.csv'), 'Date,Vendor,Description,Amount\n2026-01-10,AWS,cloud,10.004\n2026-01-12,Slack,seats,10.004\n');
    const plain = await runCli(['report', 'spend.csv', '--format', 'markdown'], dir);
    expect(plain.stdout).toContain('| Cloud | 10.01 |');
    const md = await runCli(['report', 'spend.csv', '--per', 'customer', '--format', 'markdown'], dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Cloud | 10.01 | 10.01 |');
    expect(md.stdout).toContain('| SaaS | 10.00 | 10.00 |');
    const csv = await runCli(['report', 'spend.csv', '--per', 'customer', '--format', 'csv'], dir);
    expect(csv.stdout).toContain('cloud,2026-01,10.00,1,10.00,0');
    expect(csv.stdout).toContain('total,2026-01,20.01,1,20.01,0');
  });
});
