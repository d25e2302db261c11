/**
 * `forecast --scenario` end to end on the hand-checked fixture (tests/fixtures/scenarios/).
 * Figures worked out by hand before running (tests/fixtures/scenarios/README.md):
 * run rate cloud 1100, saas 600, data 300 a month → 24,000.00 a year.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = 'tests/fixtures/scenarios';
const base = ['forecast', `${DIR}/spend.csv`, '-c', `${DIR}/techspend.yaml`, '--to', '2026-12-31', '-q'];

describe('forecast --scenario', () => {
  it('base / upside / downside side by side, each total as worked by hand (csv: one row per scenario and category)', async () => {
    const r = await runCli([...base, '--scenario', `${DIR}/scenarios.yaml`, '--format', 'csv'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'scenario,category,run_rate_year,annual_bills,growth,drivers,savings,initiatives,total',
      'base,cloud,13200.00,0.00,660.00,0.00,0.00,0.00,13860.00',
      'base,data,3600.00,0.00,180.00,0.00,0.00,0.00,3780.00',
      'base,saas,7200.00,0.00,360.00,0.00,0.00,0.00,7560.00',
      'base,total,24000.00,0.00,1200.00,0.00,0.00,0.00,25200.00',
      // cloud: Σ k=1..12 1100 × 1.01^k = 14090.26; S-01 (AWS) 100 × Oct..Dec = 300
      'upside,cloud,13200.00,0.00,890.26,0.00,-300.00,0.00,13790.26',
      // data: 3600 × 1.1 = 3960; Lakehouse 500 × Apr..Sep = 3000
      'upside,data,3600.00,0.00,360.00,0.00,0.00,3000.00,6960.00',
      // saas: 660 a month; Jul..Dec × 120/100: 6 × 660 + 6 × 792 = 8712
      'upside,saas,7200.00,0.00,720.00,792.00,0.00,0.00,8712.00',
      'upside,total,24000.00,0.00,1970.26,792.00,-300.00,3000.00,29462.26',
      'downside,cloud,13200.00,0.00,-1320.00,0.00,0.00,0.00,11880.00',
      // S-02 landed before the year: all 12 months × 50
      'downside,data,3600.00,0.00,-360.00,0.00,-600.00,0.00,2640.00',
      // 6480 × 90/100 = 5832
      'downside,saas,7200.00,0.00,-720.00,-648.00,0.00,0.00,5832.00',
      'downside,total,24000.00,0.00,-2400.00,-648.00,-600.00,0.00,20352.00',
    ]);
  });

  it('the human view shows the bridge side by side, ending on each scenario total', async () => {
    const r = await runCli([...base, '--scenario', `${DIR}/scenarios.yaml`, '--format', 'markdown'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Growth | 1,200.00 | 1,970.26 | -2,400.00 |');
    expect(r.stdout).toContain('| **Scenario total FY2027** | **25,200.00** | **29,462.26** | **20,352.00** |');
    for (const format of ['table', 'html', 'json']) expect((await runCli([...base, '--scenario', `${DIR}/scenarios.yaml`, '--format', format], ROOT)).code).toBe(0);
  });

  it('--scenario alone takes the config\'s scenarios: (a path beside the config); without them it is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scen-'));
    writeFileSync(join(dir, 'techspend.yaml'), `${readFixture('techspend.yaml')}scenarios: ${resolve(ROOT, DIR, 'scenarios.yaml')}\n`);
    const r = await runCli([...base.slice(0, 2), '-c', join(dir, 'techspend.yaml'), '--to', '2026-12-31', '-q', '--scenario', '--format', 'csv'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('upside,total,24000.00,0.00,1970.26,792.00,-300.00,3000.00,29462.26');
    const none = await runCli([...base, '--scenario'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--scenario without a file: the config has no scenarios/);
  });

  it('the board shows a Scenarios section when the config has scenarios (and none without)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scen-'));
    writeFileSync(join(dir, 'techspend.yaml'), `${readFixture('techspend.yaml')}scenarios: ${resolve(ROOT, DIR, 'scenarios.yaml')}\n`);
    const r = await runCli(['board', `${DIR}/spend.csv`, '-c', join(dir, 'techspend.yaml'), '--to', '2026-12-31', '-q', '--format', 'markdown'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Scenarios for FY2027, side by side');
    expect(r.stdout).toContain('| **Scenario total FY2027** | **25,200.00** | **29,462.26** | **20,352.00** |');
    const plain = await runCli(['board', `${DIR}/spend.csv`, '-c', `${DIR}/techspend.yaml`, '--to', '2026-12-31', '-q', '--format', 'markdown'], ROOT);
    expect(plain.stdout).not.toContain('Scenarios for');
  });

  it('without --scenario the forecast is the plain one', async () => {
    const r = await runCli([...base, '--format', 'csv'], ROOT);
    expect(r.stdout.split('\n')[0]).toBe('category,run_rate_monthly,growth,forecast,budget,gap');
  });
});

function readFixture(name: string): string {
  return readFileSync(resolve(ROOT, DIR, name), 'utf8');
}

describe('a bad scenario file: one line naming file and path, exit 2', () => {
  const cases: [string, string, RegExp][] = [
    ['unknown category', 'scenarios:\n  base:\n    growth: { clould: 5% }\n', /bad\.yaml: scenarios\.base\.growth\.clould: unknown category "clould" \(did you mean "cloud"\?\)/],
    ['bad month', 'scenarios:\n  base:\n    initiatives:\n      - { name: X, category: data, start: 2027-13, monthly: 10 }\n', /bad\.yaml: scenarios\.base\.initiatives\[0\]\.start: bad month "2027-13"/],
    ['negative months', 'scenarios:\n  base:\n    initiatives:\n      - { name: X, category: data, start: 2027-01, monthly: 10, months: -2 }\n', /bad\.yaml: scenarios\.base\.initiatives\[0\]\.months: months must be a whole number above zero, got -2/],
    ['unknown key', 'scenarios:\n  base:\n    grwoth: { all: 5% }\n', /bad\.yaml: scenarios\.base\.grwoth: unknown key "grwoth" \(did you mean "growth"\?\)/],
    ['unknown vendor', 'scenarios:\n  base:\n    savings:\n      - { id: S-9, vendor: Zooom, monthly: 10, lands: 2027-02 }\n', /bad\.yaml: scenarios\.base\.savings\[0\]: vendor "Zooom" has no run rate to save on/],
    ['hostile YAML', `scenarios: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /bad\.yaml.*nested/],
  ];
  for (const [name, text, expected] of cases)
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scen-'));
      writeFileSync(join(dir, 'bad.yaml'), text);
      // the file named relative to the working directory
      const r2 = await runCli(['forecast', resolve(ROOT, DIR, 'spend.csv'), '-c', resolve(ROOT, DIR, 'techspend.yaml'), '--to', '2026-12-31', '-q', '--scenario', 'bad.yaml'], dir);
      expect(r2.code).toBe(2);
      expect(r2.stdout).toBe('');
      expect(r2.stderr.trim().split('\n')).toHaveLength(1);
      expect(r2.stderr).toMatch(expected);
    });
});

describe('the side-by-side table reads by size', () => {
  it('categories in order of their run rate, largest first (as the board\'s other tables)', async () => {
    const r = await runCli(['forecast', '--demo', '--scenario', '--format', 'markdown', '-q'], resolve(import.meta.dirname, '../..'));
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('| Category | Run rate × 12 |'));
    const rows = lines.slice(head + 2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('| ') && !x.startsWith('| **Total**')));
    const runRates = rows.map((l) => Number(l.split('|')[2]!.trim().replace(/,/g, '')));
    expect(runRates.length).toBe(17);
    expect(runRates).toEqual([...runRates].sort((a, b) => b - a));
  });
});
