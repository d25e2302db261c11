/** report --per, variance --per, the board section and the errors, on the hand-checked fixture (tests/fixtures/unit-economics/README.md). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = resolve(import.meta.dirname, '../fixtures/unit-economics');
const run = (...args: string[]) => runCli([...args, '--config', 'techspend.yaml', 'expenses.csv'], dir);

describe('unit economics through the CLI', () => {
  it('report --per revenue: per fiscal year and month, the trend, and the month without a value', async () => {
    const r = await run('report', '--per', 'revenue', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FY2026 to date (2026-01..2026-02) against the same months a year earlier: technology spend grew 20% while revenue grew 50%: 10.0% → 8.0% of revenue.');
    expect(r.stdout).toContain('| **Total** | **2,000.00** | **10.0%** | **2,900.00** | **8.0%** |');
    expect(r.stdout).toContain('| Cloud | 1,300.00 | 6.5% | 2,200.00 | 5.7% |');
    expect(r.stdout).toContain('| SaaS | 700.00 | 3.5% | 700.00 | 2.3% |');
    expect(r.stdout).toContain('| 2026-03 | 500.00 | no value | no revenue value |');
    expect(r.stdout).toContain('1 month of spend has no revenue value (2026-03)');
  });
  it('report --per revenue --format csv: exact inputs beside the ratio, rounded once at 4 places', async () => {
    const r = await run('report', '--per', 'revenue', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('category,period,spend,driver,ratio,months_without_value');
    expect(lines).toContain('cloud,FY2026,1700.00,30000.00,0.0567,1');
    expect(lines).toContain('saas,FY2026,700.00,30000.00,0.0233,1');
    expect(lines).toContain('total,2026-03,500.00,,,1');
  });
  it('report --per customer: spend per unit, a fractional count, the trend', async () => {
    const r = await run('report', '--per', 'customer', '--by', 'function', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('technology spend grew 20% while customers grew 23%: $100.00 → $97.96 per customer a month.');
    expect(r.stdout).toContain('| Product |');
  });
  it('variance --per revenue: the change split into with and beyond revenue, adding up', async () => {
    const r = await run('variance', '--to', '2026-02-28', '--per', 'revenue', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]!.endsWith(',with_business,beyond_business')).toBe(true);
    expect(lines.find((l) => l.startsWith('cloud,'))!.endsWith(',400.00,-300.00')).toBe(true);
    expect(lines.find((l) => l.startsWith('saas,'))!.endsWith(',200.00,-300.00')).toBe(true);
    const md = await run('variance', '--to', '2026-02-28', '--per', 'revenue', '--format', 'markdown');
    expect(md.stdout).toContain('Revenue grew 50.0%: +$600 of the change moved with revenue (base spend × its growth), -$600 did not.');
  });
  it('variance without a driver value for a month: no split, and says why', async () => {
    const r = await run('variance', '--to', '2026-03-31', '--per', 'revenue', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No volume-of-business split: revenue has no value for 2026-03.');
    expect(r.stdout).not.toContain('With revenue');
  });
  it('variance without --per is as before: no volume columns', async () => {
    const r = await run('variance', '--to', '2026-02-28', '--format', 'csv');
    expect(r.stdout.split('\n')[0]).toBe('category,base,current,change,change_pct,expansion,new_capability,discontinued');
  });
  it('a bad row in the config\'s driver table: config path and file:line, exit 2', async () => {
    const r = await runCli(['report', '--config', 'bad-config.yaml', 'expenses.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('drivers-bad.csv:3');
  });
  it('the board has a unit economics section when drivers are configured', async () => {
    const r = await run('board', '--to', '2026-02-28', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Unit economics: technology spend % of revenue by business function');
    expect(r.stdout).toContain('technology spend grew 20% while revenue grew 50%: 10.0% → 8.0% of revenue.');
  });
  it('a bad --drivers row: file:line, exit 2', async () => {
    const r = await run('report', '--per', 'revenue', '--drivers', 'drivers-bad.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('drivers-bad.csv:3');
    expect(r.stderr).toContain('month must look like 2026-01, got "2026-13"');
  });
  it('a --drivers month already in the config: exit 2 naming both', async () => {
    const r = await run('report', '--per', 'revenue', '--drivers', 'drivers.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('drivers.csv:2');
    expect(r.stderr).toContain('a second revenue value for 2025-01');
  });
  it('an unknown driver: exit 2 listing the drivers there are', async () => {
    const r = await run('report', '--per', 'orders');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no driver "orders"');
    expect(r.stderr).toContain('revenue, customers');
  });
  it('--per without any driver table: exit 2 with the hint', async () => {
    const r = await runCli(['report', '--per', 'revenue', '--config', 'no-drivers.yaml', 'expenses.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--per revenue needs a driver table');
  });

  it('the demo: the like-for-like figures the generator computed on its own (fixtures/demo/PLANTED.md)', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const rev = await runCli(['report', '--demo', '--per', 'revenue', '--format', 'markdown'], root);
    expect(rev.stdout).toContain('FY2027 to date (2026-05..2026-10) against the same months a year earlier: technology spend grew 25% while revenue grew 26%: 7.5% → 7.4% of revenue.');
    const cust = await runCli(['report', '--demo', '--per', 'customer', '--format', 'markdown'], root);
    expect(cust.stdout).toContain('$485.01 → $518.35 per customer a month.');
    const emp = await runCli(['report', '--demo', '--per', 'employees', '--format', 'markdown'], root);
    expect(emp.stdout).toContain('$930.89 → $1,075.49 per employee a month.');
  });
});

describe('one figure, one value', () => {
  it('report --per shows the spend report shows: the FY2027 total at the run\'s cents (2,089,588.47), the exact one in the data (PLANTED.md: 2,089,588.46)', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const per = await runCli(['report', '--demo', '--per', 'revenue', '--format', 'markdown', '-q'], root);
    const plain = await runCli(['report', '--demo', '--period', 'fiscal-year', '--format', 'markdown', '-q'], root);
    expect(per.stdout).toContain('**2,089,588.47**');
    expect(plain.stdout).toContain('**2,089,588.47**');
    expect(per.stdout).not.toContain('2,089,588.46');
  });
});
