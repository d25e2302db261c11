/**
 * No techspend.yaml on a whole-company register (a council's payments, NHS trusts' spend over
 * £25k): the built-in default keeps to the technology the catalog and the account names find,
 * as `init` would draft it, and says so once on stderr. Before, every line no rule matched was
 * "technology": an NHS board read "Technology spend in June 2020 was $112.6M" for $3.6M of it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeCompanyConfig } from '../../src/config/default-config.js';
import { isPostingsLedger, ledgerScope } from '../../src/config/ledger-scope.js';
import { parseDecimal, toFixed } from '../../src/money/decimal.js';
import { createCategorizer } from '../../src/rules/engine.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { runCli } from './run-cli.js';

const REGISTER = [
  'Payment Date,Supplier Name,Expense Type,Amount',
  '2026-03-02,Harbour Care Homes Ltd,Residential Care,12000.00',
  '2026-03-03,City Property Lettings,Rent,8000.00',
  '2026-03-05,Softcat Ltd,Computer Equipment,1500.00',
  '2026-03-09,Northfield Telecom Services,Telephones,300.00',
  '2026-03-12,Acme Widgets,IT Software Licences,450.00',
  '2026-03-15,Bright Computer Services,Stationery,200.00',
  '2026-03-20,Greenway Grounds,Grounds Maintenance,3000.00',
  '2026-03-25,Amtrak,Staff Travel,120.00',
  // a register has many counterparties: 20 more care providers at 100.00 each
  ...Array.from({ length: 20 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')},Care Provider ${i + 1} Ltd,Residential Care,100.00`),
  '',
].join('\n');

// the same register cut to its first eight lines: too few counterparties to call it one
const FEW = REGISTER.split('\n').slice(0, 9).join('\n') + '\n';

// a council's card file: 120 rows from three caterers, each naming its expense type. Few
// counterparties, but the account names were judged and say the spend is not technology
const CATERING = [
  'Transaction Date,Merchant Name,Expense Category,Amount',
  ...Array.from({ length: 120 }, (_, i) => `2026-03-${String((i % 28) + 1).padStart(2, '0')},${['Dunmore Farm Ltd', 'Riverside Bakery', 'Chicken Shack'][i % 3]},${i % 3 === 1 ? 'Bakeries' : 'Caterers'},${i % 3 === 0 ? '100.00' : '25.50'}`),
  '',
].join('\n');

// a technology-only card file: every line a catalog vendor, nothing to scope
const CARD = ['Date,Merchant,Amount', '2026-03-02,SLACK T02ABCDEF,850.00', '2026-03-03,GITHUB INC,400.00', '2026-03-04,Local Cafe,12.50', ''].join('\n');

// double-entry postings: each payment twice, the expense and the account it was paid from
const POSTINGS = [
  'Date,Payee,Account,Total',
  '2026-03-02,GitHub,Expenses:Software:GitHub,400',
  '2026-03-02,GitHub,Assets:Bank:Checking,-400',
  '2026-03-05,Slack,Expenses:Software:Slack,850',
  '2026-03-05,Slack,Liabilities:Card,-850',
  '2026-03-06,Donor,Income:Donations,-1000',
  '2026-03-06,Donor,Assets:Bank:Checking,1000',
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-whole-company-'));
  writeFileSync(join(dir, 'payments.csv'), REGISTER);
  writeFileSync(join(dir, 'card.csv'), CARD);
  writeFileSync(join(dir, 'few.csv'), FEW);
  writeFileSync(join(dir, 'catering.csv'), CATERING);
  writeFileSync(join(dir, 'postings.csv'), POSTINGS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const d = (s: string) => parseDecimal(s)!;

describe('ledgerScope', () => {
  it('a register whose identified technology is under half its spend is whole-company', () => {
    // catalog 1,500 (Softcat) + accounts 1,500 + 300 + 450 (an upper bound: Softcat counted twice) = 3,750 of 25,570
    const scope = ledgerScope(
      [{ raw: 'Softcat Ltd', amount: d('1500') }, { raw: 'Harbour Care Homes Ltd', amount: d('12000') }, { raw: 'City Property Lettings', amount: d('8000') }, { raw: 'Amtrak', amount: d('120') }, { raw: 'Others', amount: d('3950') }],
      [{ raw: 'Computer Equipment', amount: d('1500') }, { raw: 'Telephones', amount: d('300') }, { raw: 'IT Software Licences', amount: d('450') }, { raw: 'Rent', amount: d('8000') }],
    );
    expect(toFixed(scope.identified, 2)).toBe('3750.00');
    expect(toFixed(scope.absTotal, 2)).toBe('25570.00');
    expect(scope.wholeCompany).toBe(true);
    expect(scope.technologyAccounts.map((a) => [a.account, a.kind])).toEqual([['Computer Equipment', 'hardware'], ['IT Software Licences', 'software'], ['Telephones', 'telecom']]);
  });

  it('a file that is mostly catalog vendors is technology spend', () => {
    const scope = ledgerScope([{ raw: 'SLACK T02ABCDEF', amount: d('850') }, { raw: 'GITHUB INC', amount: d('400') }, { raw: 'Local Cafe', amount: d('12.50') }], []);
    expect(scope.wholeCompany).toBe(false);
  });
});

describe('isPostingsLedger', () => {
  const l = (account: string, amount = '1') => ({ vendor: 'v', account, amount: d(amount) });
  it('ledger accounts on nearly every line, both expense and balancing: postings', () => {
    expect(isPostingsLedger([l('Expenses:Food'), l('Assets:Bank:Checking', '-1'), l('expenses:travel'), l('Liabilities:Card', '-1')])).toBe(true);
  });
  it('a register of expense types, or expenses alone, is not', () => {
    expect(isPostingsLedger([l('Rent'), l('IT Software'), l('Assets:Bank')])).toBe(false);
    expect(isPostingsLedger([l('Expenses:Food'), l('Expenses:Travel')])).toBe(false);
  });
});

describe('wholeCompanyConfig', () => {
  const config = wholeCompanyConfig([{ account: 'Telephones', kind: 'telecom' }, { account: 'IT Software Licences', kind: 'software' }]);
  const categorizer = createCategorizer(config);
  const line = (vendor: string, account: string): ExpenseLine => ({ source: 't.csv', line: 2, date: '2026-03-01', vendor, description: '', account, department: '', costCenter: '', currency: 'USD', amount: d('100'), fields: [], header: [] }) as unknown as ExpenseLine;
  const where = (vendor: string, account = '') => {
    const c = categorizer.categorize(line(vendor, account), d('100'));
    return `${c.parts.map((p) => p.category).join('+')}/${c.scope}`;
  };

  it('books catalog vendors, technology accounts and supplier names; the rest is out of scope', () => {
    expect(where('Softcat Ltd')).toBe('hardware/technology');
    expect(where('Northfield Services', 'Telephones')).toBe('telecom/technology');
    expect(where('Acme Widgets', 'IT Software Licences')).toBe('software-licences/technology');
    expect(where('Bright Computer Services', 'Stationery')).toBe('it-suppliers/technology');
    expect(where('Harbour Care Homes Ltd', 'Residential Care')).toBe('not-technology/excluded');
    // travel and the vendors that sell more than technology are left out, as init leaves them
    expect(where('Amtrak')).toBe('travel/excluded');
  });
});

describe('report with no techspend.yaml', () => {
  it('on a whole-company register: only its technology, the rest reconciled as out of scope, said once', async () => {
    const r = await runCli(['report', 'payments.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/whole-company register/g)).toHaveLength(1);
    const report = JSON.parse(r.stdout) as { reconciliation: { technologyTotal: string; excludedTotal: string; inputTotal: string; excludedLines: number } };
    // 1,500 (Softcat) + 300 (Telephones) + 450 (IT Software Licences) + 200 (a supplier named Computer);
    // out of scope 12,000 + 8,000 + 3,000 + 120 (travel) + 20 × 100.00
    expect(report.reconciliation).toMatchObject({ technologyTotal: '2450.00', excludedTotal: '25120.00', inputTotal: '27570.00', excludedLines: 24 });
  });

  it('on a handful of vendors the catalog does not know: every line stays technology, as before', async () => {
    const r = await runCli(['report', 'few.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('whole-company');
    const report = JSON.parse(r.stdout) as { reconciliation: { technologyTotal: string; excludedTotal: string } };
    expect(report.reconciliation).toMatchObject({ technologyTotal: '25570.00', excludedTotal: '0.00' });
  });

  it('on hundreds of card rows from a few caterers, each naming its expense type: no technology spend', async () => {
    const r = await runCli(['report', 'catering.csv', '--format', 'json'], dir);
    expect(r.stderr.match(/whole-company register/g)).toHaveLength(1);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { reconciliation: { technologyTotal: string; excludedTotal: string; excludedLines: number } };
    // 40 × 100.00 + 80 × 25.50 = 6,040.00, all out of scope
    expect(report.reconciliation).toMatchObject({ technologyTotal: '0.00', excludedTotal: '6040.00', excludedLines: 120 });
  });

  it('on a technology card file: every line stays technology, nothing said', async () => {
    const r = await runCli(['report', 'card.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('whole-company');
    const report = JSON.parse(r.stdout) as { reconciliation: { technologyTotal: string; excludedTotal: string } };
    expect(report.reconciliation).toMatchObject({ technologyTotal: '1262.50', excludedTotal: '0.00' });
  });

  it('on double-entry postings: the expense side only, the balancing postings reconciled as out of scope', async () => {
    const r = await runCli(['report', 'postings.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('double-entry postings');
    expect(r.stderr).not.toContain('whole-company');
    const report = JSON.parse(r.stdout) as { reconciliation: { technologyTotal: string; excludedTotal: string; inputTotal: string; excludedLines: number } };
    // GitHub 400 + Slack 850; the four balancing postings -400 - 850 - 1,000 + 1,000
    expect(report.reconciliation).toMatchObject({ technologyTotal: '1250.00', excludedTotal: '-1250.00', inputTotal: '0.00', excludedLines: 4 });
  });
});
