/**
 * The catalog's annual billing hint on the accrual basis, end to end on a hand-checked fixture
 * (tests/fixtures/catalog-billing/README.md): a line of a vendor the catalog marks as billed
 * annually is spread over 12 months only when its description says a year; the footer says so.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualChargeInText, ANNUAL_BILLING_IDS, billingHintOf } from '../../src/catalog/billing.js';
import { vendorById } from '../../src/catalog/catalog.js';
import { runCli } from './run-cli.js';

const DIR = resolve(import.meta.dirname, '../fixtures/catalog-billing');

describe('--basis accrual: the catalog billing hint', () => {
  it('spreads the annual lines of hinted vendors only', async () => {
    const r = await runCli(['report', 'spend.csv', '--basis', 'accrual', '-f', 'csv', '-q'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'category,period,amount,share',
      'devtools,2026-01,150.00,1.0000',
      'devtools,2026-02,150.00,1.0000',
      'cloud,2026-03,1200.00,0.6218',
      'design,2026-03,600.00,0.3109',
      'devtools,2026-03,100.00,0.0518',
      'legal,2026-03,30.00,0.0155',
    ]);
  });

  it('the footer says the hint was used, for which vendors, and the deferred amount ties', async () => {
    const r = await runCli(['report', 'spend.csv', '--basis', 'accrual', '-q'], DIR);
    expect(r.stdout).toContain('Input total USD 3,460.00 = technology USD 2,230.00 + excluded USD 0.00 + rejected USD 0.00 + accrued outside the months reported USD 1,230.00.');
    expect(r.stdout).toContain('Accrual basis, catalog hint: 2 lines of DocuSign (1), JetBrains (1) spread over 12 months');
    const j = JSON.parse((await runCli(['report', 'spend.csv', '--basis', 'accrual', '-q', '-f', 'json'], DIR)).stdout);
    expect(j.reconciliation.catalogSpreadLines).toEqual({ DocuSign: 1, JetBrains: 1 });
  });

  it('explain names the hint on the line', async () => {
    const r = await runCli(['explain', 'spend.csv', '--basis', 'accrual', '--category', 'devtools', '--period', '2026-02', '-q'], DIR);
    expect(r.stdout).toContain("All Products Pack annual subscription [accrual: 2/12 of USD 1,200.00, service 2026-01..2026-12 (the catalog's hint: the vendor bills annually, and the description says a year)] | 100.00 |");
  });

  it('the cash basis and the default say nothing of it', async () => {
    const r = await runCli(['report', 'spend.csv', '-f', 'csv', '-q'], DIR);
    expect(r.stdout).toContain('devtools,2026-01,1250.00,1.0000');
    expect((await runCli(['report', 'spend.csv', '-q'], DIR)).stdout).not.toContain('catalog hint');
  });

  it('a rule\'s amortize: 1 keeps the vendor\'s lines in their month', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-billing-'));
    cpSync(join(DIR, 'spend.csv'), join(dir, 'spend.csv'));
    writeFileSync(join(dir, 'techspend.yaml'), readFileSync(join(DIR, 'techspend.yaml'), 'utf8').replace('{ id: jetbrains, category: devtools,', '{ id: jetbrains, category: devtools, amortize: 1,'));
    const r = await runCli(['report', 'spend.csv', '--basis', 'accrual', '-q'], dir);
    expect(r.stdout).toContain('| Developer tools | 1,250.00 | 50.00 |  | 1,300.00 |');
    expect(r.stdout).toContain('Accrual basis, catalog hint: 1 line of DocuSign (1) spread over 12 months');
  });
});

describe('annualChargeInText: a year, and nothing shorter', () => {
  const cases: [string, boolean][] = [
    ['Annual subscription', true],
    ['yearly licence renewal', true],
    ['Business Pro - 12 months', true],
    ['12-month plan', true],
    ['1 year support', true],
    ['IntelliJ seat monthly', false],
    ['Annual plan, billed monthly', false],
    ['annual plan month 3 of 12', false],
    ['Creative Cloud semi-annual plan', false],
    ['biannual true-up', false],
    ['quarterly (annual contract)', false],
    ['Seats for Jan', false],
    ['Annualized usage report', false],
  ];
  for (const [text, yes] of cases) it(`"${text}" → ${yes}`, () => expect(annualChargeInText(text)).toBe(yes));
  it('every hinted id is a catalog vendor', () => {
    for (const id of ANNUAL_BILLING_IDS) expect(billingHintOf(vendorById(id)), id).toBe('annual');
  });
});
