/**
 * Output is byte-stable: the same inputs give identical output whatever the row order or the
 * machine's time zone, and input total = categorized total + rejected total.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CASE = join(ROOT, 'fixtures/cases/foundation');
const BIN = join(ROOT, 'bin/techspend.js');

const header = 'Date,Vendor,Description,Amount,Currency';
const rows = [
  '2026-01-05,AWS EMEA,"compute, eu",1234.56,USD',
  '2026-01-07,Slack T123,chat,100.00,EUR',
  '2026-01-31,Acme,PagerDuty on-call,10.01,USD',
  '2026-02-01,Figma,design,(5.00),USD',
  '2026-02-03,Amazon Web Services,"multi\nline",0.123456789,USD',
  '2026-02-04,Nope,bad amount,12x,USD',
  '2026-02-28,BigQuery,q,7.777,USD',
  '2026-03-01,Slack T123,chat,99.99,EUR',
];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-det-'));
  copyFileSync(join(CASE, 'techspend.yaml'), join(dir, 'techspend.yaml'));
  copyFileSync(join(CASE, 'vendor-map.csv'), join(dir, 'vendor-map.csv'));
  return dir;
}

describe('determinism', () => {
  it('property: shuffling input rows leaves every report byte-identical', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'in.csv'), [header, ...rows].join('\n') + '\n');
    const formats = ['csv', 'markdown', 'json', 'table'];
    const reference = await Promise.all(formats.map((f) => runCli(['report', 'in.csv', '--by', 'category', '--by', 'pool', '--format', f, '-q'], dir)));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), async (shuffled) => {
        writeFileSync(join(dir, 'in.csv'), [header, ...shuffled].join('\n') + '\n');
        for (let i = 0; i < formats.length; i++) {
          const r = await runCli(['report', 'in.csv', '--by', 'category', '--by', 'pool', '--format', formats[i]!, '-q'], dir);
          expect(r.stdout).toBe(reference[i]!.stdout);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('gives identical output under TZ=UTC and TZ=America/Los_Angeles (and Pacific/Kiritimati)', () => {
    const args = ['report', 'gl.csv', 'card.csv', 'cloud-focus.csv', '--format', 'json', '--period', 'month'];
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) =>
      execFileSync(process.execPath, [BIN, ...args], { cwd: CASE, env: { ...process.env, TZ, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    );
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  // two runs of the built CLI's board: seconds idle, past the suite's 20 s on a loaded machine
  it('gives a byte-identical board pack under different time zones', () => {
    const boards = ['UTC', 'Asia/Kolkata'].map((TZ) =>
      execFileSync(process.execPath, [BIN, 'board', '--demo', '--format', 'html', '-q'], { cwd: ROOT, env: { ...process.env, TZ, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    );
    expect(boards[1]).toBe(boards[0]);
  }, 60_000);

  it('property: rows read = used + rejected, and input total = technology + excluded + rejected', async () => {
    const dir = workspace();
    const amount = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => (c / 100).toFixed(2)),
      fc.constantFrom('12x', '', '(1,234.56)', '$5.00', '1.81E-8', 'NULL'),
    );
    const row = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      vendor: fc.constantFrom('AWS EMEA', 'Slack T1', 'Figma', 'Acme, Inc.', 'Zed "Z"'),
      amount,
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'XYZ'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 40 }), async (list) => {
        const csv = [header, ...list.map((r) => `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')},"${r.vendor.replace(/"/g, '""')}",x,"${r.amount}",${r.currency}`)].join('\n') + '\n';
        writeFileSync(join(dir, 'in.csv'), csv);
        const r = await runCli(['report', 'in.csv', '--format', 'json', '-q'], dir);
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout) as {
          reconciliation: { rowsRead: number; rowsUsed: number; rowsRejected: number; inputTotal: string; technologyTotal: string; excludedTotal: string; rejectedTotal: string; reportTotal: string };
          data: { rows: { amount: string }[] };
        };
        const rec = json.reconciliation;
        expect(rec.rowsRead).toBe(list.length);
        expect(rec.rowsUsed + rec.rowsRejected).toBe(rec.rowsRead);
        const cents = (x: string) => BigInt(x.replace('.', ''));
        expect(cents(rec.inputTotal)).toBe(cents(rec.technologyTotal) + cents(rec.excludedTotal) + cents(rec.rejectedTotal));
        expect(rec.reportTotal).toBe(rec.technologyTotal);
      }),
      { numRuns: 25 },
    );
  });

  it('reads stdin as -', () => {
    const out = execFileSync(process.execPath, [BIN, 'report', '-', '--format', 'csv', '-q'], { cwd: CASE, input: readFileSync(join(CASE, 'cloud-focus.csv')), env: { ...process.env, NO_COLOR: '1' } }).toString();
    expect(out).toBe('category,period,amount,share\ncloud,2026-01,0.12,1.0000\ncloud,2026-02,-2.50,-0.0256\ndata,2026-02,100.00,1.0256\n');
  });
});
