/**
 * Issue 18 #1: a currency written in the amount cell was booked 1:1 in the reporting currency
 * (`JPY 50000` became USD 50,000.00). It is now read as that currency: converted by the rates,
 * rejected (file:line, naming the currency) without one, rejected when it contradicts the line's
 * currency column. Expected figures worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from './helpers.js';

const CONFIG = `currency: USD
rates: { EUR: 1.08, GBP: 1.27, JPY: 0.0067 }
categories:
  - { id: saas, name: SaaS }
rules:
  - { id: all, category: saas, match: { vendor: "*" } }
`;

describe('issue 18 #1: currency in the amount cell', () => {
  it('converted by the rates, or rejected for lack of one; never 1:1', async () => {
    const f = writeFiles({
      'techspend.yaml': CONFIG,
      // 50000 × 0.0067 = 335.00; ₩ has no rate; 100 × 1.08 = 108.00; US$ 5 = 5.00;
      // 1234.56 × 1.27 = 1567.8912 → 1567.89; $7.00 in a USD report = 7.00   → 2022.89
      'dot.csv': 'Date,Vendor,Amount\n2026-01-05,A,JPY 50000\n2026-01-06,B,₩ 100000\n2026-01-07,C,100 EUR\n2026-01-08,D,US$ 5\n2026-01-09,E,"£1,234.56"\n2026-01-10,F,$7.00\n',
      // decimal comma: 12.50 × 1.08 = 13.50; 1234.56 × 1.08 = 1333.3248 → 1333.32              → 1346.82
      'comma.csv': 'Date;Vendor;Amount\n2026-01-05;G;€12,50\n2026-01-06;H;1.234,56 EUR\n',
    });
    const r = await runCli(['report', '-q', '--format', 'csv', 'dot.csv', 'comma.csv'], f.dir);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,3369.71,1.0000\n');
    // no-rate rows are one grouped error naming the currency (issue 19), not one line a row
    expect(r.stderr).toBe('techspend: error: no rate to convert KRW (1 row, KRW 100,000.00) to USD: those rows are rejected (add rates: { KRW: <USD per KRW> } to techspend.yaml)\n');
  });

  it('a reporting currency with no rate for the written one rejects the line, naming it', async () => {
    const f = writeFiles({ 'x.csv': 'Date,Vendor,Amount\n2026-01-05,A,JPY 50000\n2026-01-06,B,100 EUR\n2026-01-07,C,25.00\n' });
    const r = await runCli(['report', '-q', '--currency', 'USD', '--format', 'csv', 'x.csv'], f.dir);
    expect(r.stderr).toContain('no rate to convert EUR (1 row, EUR 100.00) and JPY (1 row, JPY 50,000.00) to USD');
    // only the plain 25.00 is booked
    expect(r.stdout).toMatch(/,2026-01,25\.00,1\.0000\n/);
  });

  it('a "no rate" rejection names the amount column and cell the currency was read from, not a "currency" column the file lacks', async () => {
    const f = writeFiles({
      'techspend.yaml': 'currency: USD\ncategories:\n  - { id: all, name: All }\n',
      'x.csv': 'Date,Vendor,Net Amount\n2026-01-05,A,£100.00\n2026-01-06,B,JPY 500\n',
      'y.csv': 'Date,Vendor,Amount,Currency\n2026-01-05,A,12.00,EUR\n',
    });
    const r = await runCli(['validate', '--format', 'csv', 'x.csv', 'y.csv'], f.dir);
    expect(r.stdout).toContain('x.csv:2,Net Amount,no rate for currency,£100.00,add GBP under rates in the config');
    expect(r.stdout).toContain('x.csv:3,Net Amount,no rate for currency,JPY 500,add JPY under rates in the config');
    // a real currency column is still named
    expect(r.stdout).toContain('y.csv:2,Currency,no rate for currency,EUR,add EUR under rates in the config');
    expect(r.stdout).not.toMatch(/,currency,no rate/);
  });

  it('the currency column and the amount cell: agreeing is fine, disagreeing is a rejection', async () => {
    const f = writeFiles({
      'techspend.yaml': CONFIG,
      // €12.50 EUR → 13.50; JPY 50000 with USD: conflict; 100 EUR with EUR → 108.00; $5 with USD → 5.00; $5 with EUR: ambiguous
      'x.csv': 'Date,Vendor,Amount,Currency\n2026-01-05,A,€12.50,EUR\n2026-01-06,B,JPY 50000,USD\n2026-01-07,C,100 EUR,EUR\n2026-01-08,D,$5,USD\n2026-01-09,E,$5,EUR\n',
    });
    const r = await runCli(['report', '-q', '--format', 'csv', 'x.csv'], f.dir);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,126.50,1.0000\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^x\.csv:3: column "Amount": rejected: the amount is written in JPY, but the line's currency is USD/);
    expect(lines[1]).toMatch(/^x\.csv:6: column "Amount": rejected: "\$" could be USD, CAD/);
  });

  it('a bare $ in a report whose currency is not a dollar is rejected, not read as any dollar', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG.replace('currency: USD', 'currency: EUR').replace('{ EUR: 1.08, GBP: 1.27, JPY: 0.0067 }', '{ USD: 0.92 }'), 'x.csv': 'Date,Vendor,Amount\n2026-01-05,A,$100.00\n2026-01-06,B,US$ 100\n' });
    const r = await runCli(['report', '-q', '--format', 'csv', 'x.csv'], f.dir);
    // US$ 100 × 0.92 = 92.00
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,92.00,1.0000\n');
    expect(r.stderr).toMatch(/^x\.csv:2: column "Amount": rejected: "\$" could be USD, CAD, AUD, NZD…, and this line is in EUR "\$100\.00"/);
  });
});
