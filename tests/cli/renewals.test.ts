/**
 * `techspend renewals` end to end on the hand-checked fixture (tests/fixtures/renewals) and the demo.
 * Fixture, by hand, as of 2026-06-30 (fiscal year = calendar year, so it ends 2026-12-31; 90 days → 2026-09-28):
 * - Drifty Co: annual, 2024-06-01 and 2025-06-20 (384 days, same 2,000.00): next 2026-06-20, 10 days late, low
 * - Vaultline Ltd: quarterly, 6 billings (the last two lines on 2026-05-01: 400 + 100): next 2026-08-01, 32 days, high
 * - Penwick Labs: semi-annual 900, 900, 950: next 2026-08-09, 40 days, 950.00, +5.56% on 2026-02-09, high
 * - Acme Backup Inc: annual 1,200, 1,200, 1,260: next 2027-03-16, 259 days: later (after the fiscal year)
 * - Gone Inc: annual 2024-01-10, 2025-01-10: expected 2026-01-10, not seen: lapsed
 * - Slackish (monthly), Twice Q (two quarterly billings): not renewals; Oneoff Conf: seen once
 * Due: Drifty 2,000.00 + Vaultline 500.00 + Penwick 950.00 = 3,450.00.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/renewals');
const base = ['renewals', 'spend.csv', '--as-of', '2026-06-30', '-q'];

function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [cols[i]!, c])));
}

describe('techspend renewals', () => {
  it('lists the hand-worked renewals of the fixture, by date, with status, confidence and price change', async () => {
    const r = await runCli([...base, '-f', 'csv'], FIXTURE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = csvRows(r.stdout);
    expect(rows.map((x) => [x.vendor, x.cycle, x.renewal_date, x.amount, x.confidence, x.status, x.days_left])).toEqual([
      ['Gone Inc', 'annual', '2026-01-10', '700.00', 'medium', 'lapsed', '-171'],
      ['Drifty Co', 'annual', '2026-06-20', '2000.00', 'low', 'due', '-10'],
      ['Vaultline Ltd', 'quarterly', '2026-08-01', '500.00', 'high', 'due', '32'],
      ['Penwick Labs', 'semi-annual', '2026-08-09', '950.00', 'high', 'due', '40'],
      ['Acme Backup Inc', 'annual', '2027-03-16', '1260.00', 'high', 'later', '259'],
    ]);
    const penwick = rows.find((x) => x.vendor === 'Penwick Labs')!;
    expect([penwick.price_before, penwick.price_after, penwick.price_change, penwick.price_change_date]).toEqual(['900.00', '950.00', '0.0556', '2026-02-09']);
    // evidence: file:line of every billing's lines (physical lines of spend.csv)
    expect(penwick.evidence).toBe('spend.csv:9 spend.csv:20 spend.csv:32');
    expect(rows.find((x) => x.vendor === 'Vaultline Ltd')!.evidence!.split(' ')).toHaveLength(7);
  });

  it('says what is due, the total and the next one; markdown shows the seen-once note', async () => {
    const r = await runCli([...base, '-f', 'markdown'], FIXTURE);
    expect(r.stdout).toContain('As of 2026-06-30: 3 renewals due before 2026-12-31 (fiscal year end) or within 90 days, USD 3,450.00 in total; the next: Drifty Co on 2026-06-20 (USD 2,000.00).');
    expect(r.stdout).toContain('| 2026-08-09 | Penwick Labs | SaaS | semi-annual | 950.00 | high |  | 40 | 900.00 → 950.00 (+5.6%) on 2026-02-09 |');
    expect(r.stdout).toContain('1 vendor was billed on one date only: seen once');
    expect(r.stdout).toContain('lapsed: expected about 2026-01-10, not seen');
    expect(r.stdout).not.toContain('Slackish');
    expect(r.stdout).not.toContain('Twice Q');
  });

  it('--within widens the window: 300 days takes in Acme Backup (259 days)', async () => {
    const r = await runCli([...base, '-f', 'csv', '--within', '300d'], FIXTURE);
    expect(csvRows(r.stdout).find((x) => x.vendor === 'Acme Backup Inc')!.status).toBe('due');
    const bad = await runCli([...base, '--within', 'soon'], FIXTURE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--within needs a number of days like 90d, got "soon"');
  });

  it("--fail-on 'renewals-in<30d' exits 3 on a renewal due now (Drifty, 10 days late) and stays quiet when nothing falls within the window", async () => {
    const r = await runCli([...base, '-f', 'csv', '--fail-on', 'renewals-in<30d'], FIXTURE);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual(['techspend: --fail-on renewals-in<30d: Drifty Co renewal on 2026-06-20 (10 days ago, not seen yet, USD 2,000.00)']);
    // as of 2026-05-15: Drifty is 36 days ahead, Vaultline (2026-08-01) 78: nothing within 30 days
    const calm = await runCli(['renewals', 'spend.csv', '--as-of', '2026-05-15', '-q', '-f', 'csv', '--fail-on', 'renewals-in<30d'], FIXTURE);
    expect(calm.code).toBe(0);
    const edge = await runCli(['renewals', 'spend.csv', '--as-of', '2026-05-15', '-q', '-f', 'csv', '--fail-on', 'renewals-in<=36d'], FIXTURE);
    expect(edge.code).toBe(3);
  });

  it('a contract overrides the guess: its date, committed amount and notice deadline (and trips fail-on)', async () => {
    const r = await runCli([...base, '-f', 'csv', '--contracts', 'contracts.csv', '--fail-on', 'renewals-in<30d'], FIXTURE);
    const vault = csvRows(r.stdout).find((x) => x.vendor === 'Vaultline Ltd')!;
    expect([vault.renewal_date, vault.amount, vault.confidence, vault.notice_deadline, vault.days_left]).toEqual(['2026-07-15', '2100.00', 'contract', '2026-07-05', '15']);
    expect(vault.evidence!.startsWith('contracts.csv:2 spend.csv:7')).toBe(true);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('renewals-in<30d: Vaultline Ltd notice deadline on 2026-07-05 (in 5 days; renews 2026-07-15, USD 2,100.00)');
    expect(r.stderr).toContain('renewals-in<30d: Vaultline Ltd renewal on 2026-07-15 (in 15 days, USD 2,100.00)');
  });

  it('the config names the contract table (contracts:)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renewals-'));
    writeFileSync(join(dir, 'techspend.yaml'), `currency: USD\ncategories:\n  - { id: saas, name: SaaS, function: Technology }\nrules:\n  - { id: all, category: saas, match: { vendor: "*" } }\ncontracts: c.csv\n`);
    writeFileSync(join(dir, 'c.csv'), 'Vendor,Renewal Date,Notice Days,Committed Amount\nNew Vendor,2026-07-31,30,$1200\n');
    writeFileSync(join(dir, 'spend.csv'), 'Date,Vendor,Description,Amount\n2026-06-01,Other,x,10.00\n');
    const r = await runCli(['renewals', 'spend.csv', '--as-of', '2026-06-30', '-q', '-f', 'csv'], dir);
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((x) => [x.vendor, x.renewal_date, x.amount, x.notice_deadline, x.days_left, x.evidence])).toEqual([['New Vendor', '2026-07-31', '1200.00', '2026-07-01', '31', 'c.csv:2']]);
    writeFileSync(join(dir, 'c.csv'), 'vendor,renewal_date\nNew Vendor,31/07/2026\n');
    const bad = await runCli(['renewals', 'spend.csv', '-q'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('c.csv:2: renewal_date is not a date: "31/07/2026"');
  });

  it.each([
    ['vendor,renewal_date,notice_days\nA,2026-07-31,soon\n', 'bad.csv:2: notice_days is not a whole number of days: "soon"'],
    ['vendor,renewal_date,committed_amount\nA,2026-07-31,lots\n', 'bad.csv:2: committed_amount is not an amount: "lots"'],
    ['vendor,date\nA,2026-07-31\n', 'bad.csv:1: a contract table needs the columns vendor,renewal_date (missing renewal_date)'],
    ['vendor,renewal_date\nA,2026-07-31\n\n"a",2026-08-31\n', 'bad.csv:4: vendor "a" is already in the table (bad.csv:2)'],
    ['vendor,renewal_date\n,2026-07-31\n', 'bad.csv:2: no vendor'],
  ])('contract table errors name file:line (%#)', async (text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'renewals-'));
    writeFileSync(join(dir, 'bad.csv'), text);
    const r = await runCli(['renewals', join(FIXTURE, 'spend.csv'), '-c', join(FIXTURE, 'techspend.yaml'), '--contracts', 'bad.csv', '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('--fail-on renewals-in is for renewals and board; days with < or <= only', async () => {
    const report = await runCli(['report', 'spend.csv', '-q', '--fail-on', 'renewals-in<30d'], FIXTURE);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('needs the renewal calendar: use it with renewals or board');
    const op = await runCli([...base, '--fail-on', 'renewals-in>30d'], FIXTURE);
    expect(op.code).toBe(2);
    const unit = await runCli([...base, '--fail-on', 'renewals-in<30'], FIXTURE);
    expect(unit.stderr).toContain('--fail-on renewals-in takes days, e.g. renewals-in<30d');
  });
});

// the demo (fixtures/demo/PLANTED.md, "Contracts and renewals", worked out by the generator):
// as of 2026-10-31, FY2027 ends 2027-01-31; due: Datadog 2026-11-20 (20 days), Zscaler 2026-12-31 (61),
// Salesforce 2027-01-31 (92, notice by 2026-12-02, 32 days) = 256,800.00; Atlassian 2027-03-15 later;
// the spend itself has no renewal pattern; fail-on renewals-in<30d trips on Datadog only.
describe('renewals on the demo', () => {
  it('rests on contracts.csv and pins the planted figures', async () => {
    const r = await runCli(['renewals', '--demo', '-q', '-f', 'csv', '--fail-on', 'renewals-in<30d'], ROOT);
    const rows = csvRows(r.stdout);
    expect(rows.map((x) => [x.vendor, x.renewal_date, x.amount, x.status, x.days_left, x.notice_deadline])).toEqual([
      ['Datadog', '2026-11-20', '96000.00', 'due', '20', '2026-10-21'],
      ['Zscaler', '2026-12-31', '42000.00', 'due', '61', '2026-10-02'],
      ['Salesforce', '2027-01-31', '118800.00', 'due', '92', '2026-12-02'],
      ['Atlassian', '2027-03-15', '38400.00', 'later', '135', '2027-01-29'],
      // from spend alone (PLANTED.md, annual invoices): Sentry billed 2025-07-14 and 2026-07-14, next 2027-07-14 for the latest 24,192.00
      ['Sentry', '2027-07-14', '24192.00', 'later', '256', ''],
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n').filter((l) => l.includes('--fail-on'))).toEqual(['techspend: --fail-on renewals-in<30d: Datadog renewal on 2026-11-20 (in 20 days, USD 96,000.00)']);
  });

  it('the board has a Renewals section and honours --fail-on renewals-in', async () => {
    const r = await runCli(['board', '--demo', '-q', '--fail-on', 'renewals-in<30d'], ROOT);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('## Renewals due before 2027-01-31 (fiscal year end) or within 90 days');
    expect(r.stdout).toContain('USD 256,800.00 in total; the next: Datadog on 2026-11-20 (USD 96,000.00).');
  });
});
