/**
 * `savings` names the vendors billed in lumps as lines to amortize (issue 16.1).
 * Fixture (tests/fixtures/amortize-hint/spend.csv), by hand:
 * - Annualy Ltd: 2,400.00 on 2025-03-10 (line 5) and 2026-03-10 (line 18): 365 days apart, an
 *   annual cycle → suggested with `amortize: 12`, latest bill 2,400.00, evidence spend.csv:5 spend.csv:18.
 * - Monthly Co: 100.00 on the 5th of every month 2025-01..2026-04 (lines 2-4, 6-17, 19): monthly,
 *   a run rate → not suggested (it is the annual-billing candidate: 100 × 12 × 15% = 180.00 a year).
 * With the suggested rule pasted, March 2026 on the accrual basis is 100.00 + 2,400.00 / 12 = 300.00
 * (cash: 100.00 + 2,400.00 = 2,500.00), and nothing is suggested any more.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amortizeHints } from '../../src/analysis/renewals/amortize-hint.js';
import { amortizeSnippet } from '../../src/report/accrual-text.js';
import { parseDecimal } from '../../src/money/decimal.js';
import { runCli } from '../cli/run-cli.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/amortize-hint');
const RULE = '- { category: saas, amortize: 12, match: { vendor: "Annualy Ltd*" } }';

describe('savings: lines to amortize', () => {
  it('names the annual vendor with its bills and the rule, not the monthly one (markdown)', async () => {
    const r = await runCli(['savings', 'spend.csv', '--no-register', '-q'], FIXTURE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Billed in lumps: lines to amortize'), r.stdout.indexOf('## Not in the register yet'));
    expect(section).toContain(`| Annualy Ltd | SaaS | annual (12 months) | 2,400.00 | spend.csv:5 spend.csv:18 | ${RULE} |`);
    expect(section).toContain('then run with --basis accrual: each bill is spread evenly over the months it pays for.');
    expect(section).not.toContain('Monthly Co');
    // the monthly vendor is still the annual-billing candidate, as before
    expect(r.stdout).toContain('| 1 | annual-billing | Monthly Co | SaaS | 180.00 | low |  |');
  });

  it('json carries the same rows as a section; the csv and json data add an amortize row with every bill\'s line', async () => {
    const j = await runCli(['savings', 'spend.csv', '--no-register', '-q', '-f', 'json'], FIXTURE);
    const sections = JSON.parse(j.stdout).sections as { id: string; rows: unknown[] }[];
    expect(sections.find((s) => s.id === 'amortize')!.rows).toEqual([
      { vendor: 'Annualy Ltd', category: 'SaaS', cycle: 'annual (12 months)', amount: '2400.00', evidence: 'spend.csv:5 spend.csv:18', rule: RULE },
    ]);
    const c = await runCli(['savings', 'spend.csv', '--no-register', '-q', '-f', 'csv'], FIXTURE);
    // SPEC's columns; the candidate as before, then the lumpy vendor: no saving, its two bills
    expect(c.stdout.trim().split('\n')).toEqual([
      'kind,vendor,category,annualized_saving,confidence,evidence',
      `annual-billing,Monthly Co,saas,180.00,low,${[7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19].map((n) => `spend.csv:${n}`).join(' ')}`,
      'amortize,Annualy Ltd,saas,,,spend.csv:5 spend.csv:18',
    ]);
    const data = JSON.parse(j.stdout).data as { rows: Record<string, string>[] };
    expect(data.rows.at(-1)).toEqual({ kind: 'amortize', vendor: 'Annualy Ltd', category: 'saas', annualized_saving: '', confidence: '', evidence: 'spend.csv:5 spend.csv:18' });
  });

  it('once the rule is pasted: nothing suggested, and --basis accrual spreads the bill (March 2026: 300.00, cash 2,500.00)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amortize-hint-'));
    cpSync(join(FIXTURE, 'spend.csv'), join(dir, 'spend.csv'));
    const config = readFileSync(join(FIXTURE, 'techspend.yaml'), 'utf8').replace('rules:\n', `rules:\n  ${RULE}\n`);
    writeFileSync(join(dir, 'techspend.yaml'), config);
    for (const basis of ['cash', 'accrual']) {
      const r = await runCli(['savings', 'spend.csv', '--no-register', '-q', '--basis', basis], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('lines to amortize');
    }
    const march = ['report', 'spend.csv', '-q', '--from', '2026-03-01', '--to', '2026-03-31', '-f', 'csv'];
    expect((await runCli([...march, '--basis', 'accrual'], dir)).stdout).toBe('category,period,amount,share\nsaas,2026-03,300.00,1.0000\n');
    expect((await runCli(march, dir)).stdout).toBe('category,period,amount,share\nsaas,2026-03,2500.00,1.0000\n');
  });

  it('amortizeHints: quarterly and annual vendors, by name; monthly and already-spread ones left out', () => {
    const d = (s: string) => parseDecimal(s)!;
    const lines = (vendorKey: string, vendor: string, dates: string[], amount: string) => ({
      vendorKey,
      vendor,
      category: 'saas',
      lines: dates.map((date, i) => ({ date, amount: d(amount), ref: { source: 'x.csv', line: i + 2 } })),
    });
    const vendors = [
      lines('name:zq', 'Zed Quarterly', ['2025-01-15', '2025-04-15', '2025-07-15'], '300'),
      lines('name:mo', 'Monthly', ['2025-01-05', '2025-02-05', '2025-03-05', '2025-04-05'], '10'),
      lines('name:an', 'Annual', ['2024-06-01', '2025-06-01'], '1200'),
      lines('name:done', 'Done Already', ['2024-06-01', '2025-06-01'], '1200'),
    ];
    const hints = amortizeHints(vendors, new Set(['name:done']));
    expect(hints.map((h) => [h.vendor, h.cadence, h.months, h.evidence.map((e) => e.line)])).toEqual([
      ['Annual', 'annual', 12, [2, 3]],
      ['Zed Quarterly', 'quarterly', 3, [2, 3, 4]],
    ]);
  });

  // the demo's Sentry is billed as "Functional Software, Inc."; the catalog shows it as "Sentry", and
  // a pasted rule matching "Sentry*" matched none of its lines (the bills stayed lumps)
  it('the rule to add matches the vendor as written on its lines, not the catalog display name', () => {
    const d = (s: string) => parseDecimal(s)!;
    const sentry = {
      vendorKey: 'catalog:sentry',
      vendor: 'Sentry',
      category: 'dev-platform',
      spellings: ['Functional Software, Inc.'],
      lines: [
        { date: '2025-07-14', amount: d('21600.00'), ref: { source: 'gl.csv', line: 873 } },
        { date: '2026-07-14', amount: d('24192.00'), ref: { source: 'gl.csv', line: 876 } },
      ],
    };
    const [h] = amortizeHints([sentry]);
    expect(h!.vendor).toBe('Sentry');
    expect(h!.spellings).toEqual(['Functional Software, Inc.']);
    expect(amortizeSnippet(h!.spellings, h!.category, h!.months)).toBe('- { category: dev-platform, amortize: 12, match: { vendor: "Functional Software, Inc.*" } }');
    expect(amortizeSnippet(['SENTRY.IO', 'Functional Software'], 'dev-platform', 12)).toBe('- { category: dev-platform, amortize: 12, match: { vendor: ["SENTRY.IO*", "Functional Software*"] } }');
  });
});
