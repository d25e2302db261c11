/**
 * Issue 21: savings without false alarms, on fixtures/cases/trust-savings. Every expected figure
 * was worked out by hand from the fixture before the run (arithmetic in the comments).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';

const cwd = join(process.cwd(), 'fixtures/cases/trust-savings');
const FILES = ['ledger.csv', 'ledger-republished.csv', 'card.csv'];

async function run(args: string[] = []) {
  const r = await runCli(['savings', ...FILES, '--format', 'csv', '-q', ...args], cwd);
  expect(r.code).toBe(0);
  return { rows: parse(r.stdout, { columns: true }) as Record<string, string>[], stderr: r.stderr };
}

describe('savings on a payment register and a card file (issue 21)', () => {
  it('finds the +10.6% card SaaS seat rise although each memo carries its own authorisation number', async () => {
    const { rows } = await run();
    // 38.11 × 4 (Jan-Apr) → 42.14 × 3 (May-Jul), monthly on the 14th: 12 charges a year;
    // (42.14 − 38.11) = 4.03 × 12 = 48.36 a year; held for 2 more charges → medium
    expect(rows.find((r) => r.vendor === 'Adobe')).toMatchObject({ kind: 'price-increase', annualized_saving: '48.36', confidence: 'medium', evidence: 'card.csv:5 card.csv:6' });
  });

  it('takes the cadence from distinct billing dates: two lines on each payment date are not 52 charges a year', async () => {
    const { rows } = await run();
    // BT: two circuits billed on the 5th of each month, 784.00 → 850.00 from March.
    // Per line +66.00, 2 lines a billing date, 12 billing dates a year: 66 × 2 × 12 = 1,584.00
    // (gaps between lines, same-day ones included, had a median of 0 days: × 52 = 3,432.00)
    expect(rows.find((r) => r.vendor === 'BT')).toMatchObject({ kind: 'price-increase', annualized_saving: '1584.00', evidence: 'ledger.csv:4 ledger.csv:6' });
  });

  it('never annualises a saving above the series\u2019 trailing-12-month spend', async () => {
    const { rows } = await run();
    // Iron Mountain: 100.00 on Jan, Feb, Mar 10, then 250.00 on Apr and May 10: monthly, +150.00 × 12 = 1,800.00;
    // the series only spent 3 × 100 + 2 × 250 = 800.00 in the trailing 12 months: capped there
    expect(rows.find((r) => r.vendor === 'Iron Mountain UK')).toMatchObject({ annualized_saving: '800.00', evidence: 'ledger.csv:19 ledger.csv:20' });
  });

  it('lets the transaction reference and the fund decide duplicates', async () => {
    const { rows } = await run();
    const dups = rows.filter((r) => r.kind === 'duplicate-charge');
    // Softcat SC-777 paid on Mar 2 and Mar 3 (two transaction numbers, one invoice number): high
    // Capita CAP-900 600.00 + 600.00 on one day, funds General and Schools: one invoice split, not a duplicate
    // Dell 899.00 twice on one day, invoices DL-5501 and DL-5502: two laptops, not a duplicate
    // Microsoft MS-500 in ledger.csv and again in ledger-republished.csv: the data counts it twice
    expect(dups).toEqual([{ kind: 'duplicate-charge', vendor: 'Softcat', category: 'software', annualized_saving: '2340.00', confidence: 'high', evidence: 'ledger.csv:12 ledger.csv:13' }]);
  });

  it('reports a row published again in a second file as a double count of the data, never a claim', async () => {
    const r = await runCli(['savings', ...FILES, '--format', 'markdown'], cwd);
    expect(r.stdout).toContain('1 row published again in a second file (same date, description, reference and amount): the data counts it twice; not a charge to claim back: ledger-republished.csv:2, ledger.csv:16.');
    expect(r.stdout).not.toMatch(/Claim back the duplicate Microsoft/);
  });

  it('never adds yearly and one-off amounts into one total', async () => {
    const r = await runCli(['savings', ...FILES, '--format', 'markdown'], cwd);
    // yearly: 1,584.00 + 800.00 + 48.36 = 2,432.36; one-off: 2,340.00, said apart
    // two columns, each with its own total: the yearly column and the one-off column foot apart
    expect(r.stdout).toContain('| # | Kind | Vendor | Category | Saving a year | One-off | Confidence | In register |');
    expect(r.stdout).toContain('|  | **Total** |  |  | **2,432.36** | **2,340.00** |  |  |');
    expect(r.stdout).not.toContain('mixed');
  });

  it('warns when a realized saving\u2019s vendor is still billed after its date, naming the lines', async () => {
    const r = await runCli(['savings', ...FILES, '--format', 'markdown'], cwd);
    // SAV-001 Zoom realized 2026-04-30; Zoom billed 2026-05-20 (line 23) and 2026-06-20 (line 24)
    expect(r.stdout).toContain('SAV-001 (realized, Zoom) is still billed after 2026-04-30: 2 lines, the latest on 2026-06-20: ledger.csv:23, ledger.csv:24.');
  });

  it('ranks candidates by estimate × confidence', async () => {
    const { rows } = await run();
    // Softcat 2,340 × 1 = 2,340; BT 1,584 × 0.3 (low: one charge after the step) = 475.2;
    // Iron Mountain 800 × 0.3 = 240; Adobe 48.36 × 0.6 = 29.016
    expect(rows.map((r) => r.vendor)).toEqual(['Softcat', 'BT', 'Iron Mountain UK', 'Adobe']);
  });
});
