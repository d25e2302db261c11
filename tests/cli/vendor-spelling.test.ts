/**
 * One vendor, one key, end to end: a supplier written three ways across two months is one vendor
 * in variance (expansion, not new capability + discontinued), report --by vendor and explain.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-spelling-'));
  writeFileSync(
    join(dir, 'techspend.yaml'),
    'currency: GBP\ncategories:\n  - { id: facilities, name: Facilities, function: Operations }\nrules:\n  - { id: all, category: facilities, match: { vendor: "*" } }\n',
  );
  writeFileSync(
    join(dir, 'payments.csv'),
    [
      'Date,Supplier,Amount',
      '2026-01-10,ISS MEDICLEAN LTD,1000.00',
      '2026-01-20,ISS MEDICLEAN LTD,500.00',
      '2026-01-25,Acme Widgets,200.00',
      '2026-02-10,ISS Mediclean Ltd,1200.00',
      '2026-02-12,ISS Mediclean Limited:03529700,400.00',
      '2026-02-25,ACME WIDGETS,250.00',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one vendor, one key', () => {
  it('variance: a change of spelling is expansion of one vendor', async () => {
    const r = await runCli(['variance', 'payments.csv', '--by', 'vendor', '--format', 'csv', '--min-amount', '0'], dir);
    expect(r.code).toBe(0);
    // ISS: base 1000 + 500, current 1200 + 400; ACME: 200 → 250 (tie of one line each: the spelling that sorts first)
    expect(r.stdout.trim().split('\n')).toEqual([
      'vendor,base,current,change,change_pct,expansion,new_capability,discontinued',
      'ACME WIDGETS,200.00,250.00,50.00,0.2500,50.00,0.00,0.00',
      'ISS MEDICLEAN LTD,1500.00,1600.00,100.00,0.0667,100.00,0.00,0.00',
    ]);
  });

  it('report --by vendor shows one row per vendor and month', async () => {
    const r = await runCli(['report', 'payments.csv', '--by', 'vendor', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ISS MEDICLEAN LTD,2026-02,1600.00,');
    expect(r.stdout).not.toContain('Mediclean');
  });

  it('explain --vendor finds every spelling', async () => {
    const r = await runCli(['explain', 'payments.csv', '--vendor', 'ISS Mediclean Ltd', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[1])).toEqual(['2', '3', '5', '6']);
  });
});
