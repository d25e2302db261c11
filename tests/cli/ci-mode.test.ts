/** CI mode: every --fail-on expression trips and holds; --compare-to diffs two saved months; --max-bytes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FOUNDATION = join(ROOT, 'fixtures/cases/foundation');
const inputs = ['gl.csv', 'card.csv', 'cloud-focus.csv'];

// foundation fixture, by hand: 1 uncategorized line of 45.10 in 3,395.20 total (1.33%);
// 2 rejected rows of 14; Feb vs Jan: Collaboration 807.01 → 1,000.00 (+23.9%),
// Cloud 1,234.68 → -37.06 (-103.0%), Security 3.00 → 0 (-100%), Design 129.60 → 112.86 (-12.9%)
describe('--fail-on', () => {
  it.each([
    ['uncategorized>0', true, 'uncategorized>0: 1 uncategorized line, USD 45.10'],
    ['uncategorized>1', false, ''],
    ['uncategorized>1%', true, 'uncategorized>1%: 1 uncategorized line, USD 45.10 (1.3% of technology spend)'],
    ['uncategorized>2%', false, ''],
    ['rejected>0', true, 'rejected>0: 2 of 14 rows rejected'],
    ['rejected>=3', false, ''],
    ['total>3000', true, 'total>3000: technology spend is USD 3,395.20'],
    ['total>250000', false, ''],
    ['variance>100%', true, 'variance>100%: Cloud Hosting fell 103.0% (USD 1,234.68 in 2026-01 → USD -37.06 in 2026-02)'],
    ['variance>150%', false, ''],
    ['duplicates>0', false, ''],
  ])('%s (trips: %s)', async (expr, trips, message) => {
    const r = await runCli(['report', ...inputs, '--format', 'csv', '-q', '--fail-on', expr], FOUNDATION);
    expect(r.code).toBe(trips ? 3 : 0);
    if (trips) expect(r.stderr).toContain(`techspend: --fail-on ${message}`);
    else expect(r.stderr).not.toContain('--fail-on');
    expect(r.stdout.startsWith('category,period,amount,share')).toBe(true);
  });

  it('budget-overrun>5% trips on the demo (Checkout & Payments is 12.7% over in FY2027-Q3) and not at 50%', async () => {
    const over = await runCli(['report', '--demo', '--format', 'csv', '-q', '--fail-on', 'budget-overrun>5%'], ROOT);
    expect(over.code).toBe(3);
    expect(over.stderr).toMatch(/--fail-on budget-overrun>5%: Checkout & Payments is [\d.]+% over its FY2027-Q\d budget/);
    const fine = await runCli(['report', '--demo', '--format', 'csv', '-q', '--fail-on', 'budget-overrun>50%'], ROOT);
    expect(fine.code).toBe(0);
  });

  it('reports every tripped condition, one line each', async () => {
    const r = await runCli(['report', ...inputs, '--format', 'csv', '-q', '--fail-on', 'uncategorized>0', '--fail-on', 'rejected>0', '--fail-on', 'total>250000'], FOUNDATION);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n').filter((l) => l.includes('--fail-on'))).toHaveLength(2);
  });

  it.each([
    ['variance>15', '--fail-on variance takes a percentage, e.g. variance>15%'],
    ['costs>5', 'unknown --fail-on metric "costs": use uncategorized, rejected, total, variance, budget-overrun, duplicates, renewals-in'],
    ['uncategorized', 'cannot read --fail-on "uncategorized": write <metric><op><number>[%], e.g. uncategorized>0 or variance>15%'],
  ])('rejects %s with exit 2', async (expr, message) => {
    const r = await runCli(['report', ...inputs, '--fail-on', expr], FOUNDATION);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`techspend: ${message}\n`);
  });

  it('variance needs spend figures: not available to categorize', async () => {
    const r = await runCli(['categorize', ...inputs, '--format', 'csv', '-q', '--fail-on', 'variance>10%'], FOUNDATION);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs spend figures');
  });
});

describe('--compare-to', () => {
  it('diffs this month against a saved run, and is quiet when nothing changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-cmp-'));
    const september = await runCli(['report', '--demo', '--to', '2026-09-30', '--period', 'fiscal-year', '--format', 'json', '-q'], ROOT);
    writeFileSync(join(dir, 'september.json'), september.stdout);
    const october = await runCli(['report', '--demo', '--to', '2026-10-31', '--period', 'fiscal-year', '--format', 'markdown', '-q', '--compare-to', join(dir, 'september.json')], ROOT);
    expect(october.code).toBe(0);
    expect(october.stdout).toContain('## Changes since');
    // Data & Analytics FY2027: +55,338.95 in October (both figures include Tableau's 14,995.00 bill of 2026-02, PLANTED.md)
    expect(october.stdout).toMatch(/\| Data & Analytics \| FY2027 \| 264,617\.65 \| 319,956\.60 \| 55,338\.95 \| changed \|/);
    const same = await runCli(['report', '--demo', '--to', '2026-09-30', '--period', 'fiscal-year', '--format', 'markdown', '-q', '--compare-to', join(dir, 'september.json'), '--quiet-unchanged'], ROOT);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('');
  });
  it('refuses a file that is not a saved report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-cmp-'));
    writeFileSync(join(dir, 'x.json'), '{"hello": 1}');
    const r = await runCli(['report', ...inputs, '--compare-to', join(dir, 'x.json')], FOUNDATION);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a techspend JSON report (version 1)');
  });
});

describe('--max-bytes', () => {
  it('keeps the headline and whole sections within the limit', async () => {
    const full = await runCli(['board', '--demo', '-q'], ROOT);
    const trimmed = await runCli(['board', '--demo', '-q', '--max-bytes', '4000'], ROOT);
    expect(Buffer.byteLength(trimmed.stdout)).toBeLessThanOrEqual(4000);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(4000);
    expect(trimmed.stdout).toContain('Technology spend in October 2026 was $259.2k');
    expect(trimmed.stdout).toMatch(/more sections? left out to stay under 4000 bytes/);
  });
});
