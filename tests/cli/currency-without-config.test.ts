/**
 * Currency without a config (issue 19): a single-currency input is reported in its own currency,
 * said once on stderr; a file with no currency column is never silently USD; a mix of currencies
 * with no rates is one error naming them, with their rows and amounts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseReportingCurrency, type CurrencyEvidence, HOW_TO_SET } from '../../src/config/reporting-currency.js';
import { noRateSummary } from '../../src/cli/context.js';
import { runCli } from './run-cli.js';

const ev = (file: string, stated: Record<string, number>, unstated = 0): CurrencyEvidence => ({ file, stated: new Map(Object.entries(stated)), unstated });

describe('chooseReportingCurrency', () => {
  it('one currency: reported in it', () => {
    expect(chooseReportingCurrency([ev('a.csv', { GBP: 40 }), ev('b.csv', { GBP: 3 })])).toEqual({ currency: 'GBP', inputCurrency: 'GBP', note: 'reporting in GBP, the currency of every line', tell: true });
  });

  it('every line in the default currency: nothing worth a stderr line (validate still shows it)', () => {
    expect(chooseReportingCurrency([ev('a.csv', { USD: 40 })])).toEqual({ currency: 'USD', inputCurrency: 'USD', note: 'reporting in USD, the currency of every line', tell: false });
    // an assumption is always told
    expect(chooseReportingCurrency([ev('a.csv', {}, 5)]).tell).toBe(true);
    expect(chooseReportingCurrency([ev('a.csv', { USD: 4 }), ev('b.csv', {}, 5)]).tell).toBe(true);
  });

  it('a file naming none takes the currency the others agree on, and says so', () => {
    const c = chooseReportingCurrency([ev('a.csv', { GBP: 40 }), ev('b.csv', {}, 12)]);
    expect(c.currency).toBe('GBP');
    expect(c.inputCurrency).toBe('GBP');
    expect(c.note).toBe(`reporting in GBP, the currency of a.csv; b.csv names no currency: its amounts are taken to be GBP too (${HOW_TO_SET})`);
  });

  it('nothing names a currency: the locale-free default, never in silence', () => {
    const c = chooseReportingCurrency([ev('a.csv', {}, 5)]);
    expect(c).toMatchObject({ currency: 'USD', inputCurrency: 'USD' });
    expect(c.note).toBe(`a.csv names no currency: amounts are taken to be USD (${HOW_TO_SET})`);
    // stdin cannot be looked at first: said too
    expect(chooseReportingCurrency([{ file: 'stdin', stated: new Map(), unstated: 0, unread: true }]).note).toBe(`stdin is read once, so its currency is not checked first: lines that name none are taken to be USD (${HOW_TO_SET})`);
  });

  it('a mix: the currency of most lines (a tie to USD, then by code); a file naming none is USD', () => {
    const c = chooseReportingCurrency([ev('a.csv', { EUR: 30, GBP: 2 }), ev('b.csv', { GBP: 40 }), ev('c.csv', {}, 1)]);
    expect(c).toMatchObject({ currency: 'GBP', inputCurrency: 'USD' });
    expect(c.note).toContain('in 2 currencies (GBP 42, EUR 30 lines)');
    expect(c.note).toContain('c.csv names no currency: amounts are taken to be USD');
    expect(chooseReportingCurrency([ev('a.csv', { EUR: 1, USD: 1 })]).currency).toBe('USD');
    expect(chooseReportingCurrency([ev('a.csv', { JPY: 1, EUR: 1 })]).currency).toBe('EUR');
  });
});

describe('noRateSummary', () => {
  it('is one line for every row without a rate, by currency, most rows first', () => {
    const r = (currency: string, units: bigint) => ({ source: 'x.csv', line: 2, reason: 'no rate for currency', currency, text: currency, amount: { units, scale: 2 } });
    const text = noRateSummary([r('EUR', 1000n), r('JPY', 5000n), r('EUR', 250n), { source: 'x.csv', line: 9, reason: 'no date' }], 'GBP');
    expect(text).toBe('techspend: error: no rate to convert EUR (2 rows, EUR 12.50) and JPY (1 row, JPY 50.00) to GBP: those rows are rejected (add rates: { EUR: <GBP per EUR>, JPY: <GBP per JPY> } to techspend.yaml)');
    expect(noRateSummary([], 'GBP')).toBeUndefined();
  });
});

describe('the CLI with no config', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'techspend-currency-'));
    writeFileSync(join(dir, 'gbp.csv'), 'Date,Vendor,Amount,Currency\n2026-01-05,Slack,100.00,GBP\n2026-01-06,GitHub,50.00,GBP\n');
    writeFileSync(join(dir, 'plain.csv'), 'Date,Vendor,Amount\n2026-01-07,Datadog,70.00\n');
    writeFileSync(join(dir, 'usd.csv'), 'Date,Vendor,Amount,Currency\n2026-01-07,Datadog,70.00,USD\n');
    // Lambeth 2011-06's shape: a pivot caption, no date column (the month is in the name), no
    // currency column, the pound sign in every amount cell, a grand total at the foot
    writeFileSync(join(dir, '2011-06-payments.csv'), 'Sum of Invoice Nett Amount,\nSupplier Name,Total\nMorrison Facilities Services Ltd,"£2,332,964.78"\nVeolia ES (UK) Ltd,"£2,195,216.61"\nMicrosoft Ltd,£512.00\nGrand Total,"£4,528,693.39"\n');
    const rows = ['Date,Vendor,Amount,Currency'];
    for (let i = 0; i < 30; i++) rows.push(`2026-01-${String((i % 28) + 1).padStart(2, '0')},Slack,10.00,GBP`);
    for (let i = 0; i < 25; i++) rows.push('2026-01-09,GitHub,2.00,EUR');
    rows.push('2026-01-10,Zoom,1.50,JPY');
    writeFileSync(join(dir, 'mix.csv'), rows.join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a GBP register in GBP, and says so once', async () => {
    const r = await runCli(['report', 'gbp.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).currency).toBe('GBP');
    expect(r.stderr.match(/reporting in GBP, the currency of every line/g)).toHaveLength(1);
  });

  it('a USD file reported in USD says nothing about currency on stderr', async () => {
    const r = await runCli(['report', 'usd.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).currency).toBe('USD');
    expect(r.stderr).not.toMatch(/currency/);
  });

  it('a dateless register with £ in its amount cells is reported in GBP, to the penny', async () => {
    const r = await runCli(['report', '2011-06-payments.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.currency).toBe('GBP');
    expect(report.reconciliation).toMatchObject({ rowsUsed: 3, rowsRejected: 0, inputTotal: '4528693.39', summaryRows: 1 });
    expect(r.stderr).not.toContain('no rate');
    expect(r.stderr.match(/reporting in GBP/g)).toHaveLength(1);
  });

  it('a file with no currency column takes the others’ currency, said on stderr and in validate', async () => {
    const r = await runCli(['report', 'gbp.csv', 'plain.csv', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('plain.csv names no currency: its amounts are taken to be GBP too');
    const v = await runCli(['validate', 'gbp.csv', 'plain.csv', '--format', 'markdown'], dir);
    expect(v.stdout).toContain('Currency: reporting in GBP, the currency of gbp.csv; plain.csv names no currency');
  });

  it('alone, a file with no currency column is USD and says how to set it', async () => {
    const r = await runCli(['report', 'plain.csv', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).currency).toBe('USD');
    expect(r.stderr).toContain(`plain.csv names no currency: amounts are taken to be USD (${HOW_TO_SET})`);
    // --currency settles it, with nothing assumed
    const eur = await runCli(['report', 'plain.csv', '--currency', 'EUR', '--format', 'json'], dir);
    expect(JSON.parse(eur.stdout).currency).toBe('EUR');
    expect(eur.stderr).not.toContain('names no currency');
  });

  it('a mix with no rates is one error naming the currencies, rows still reconciled', async () => {
    const r = await runCli(['report', 'mix.csv', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.currency).toBe('GBP');
    expect(report.reconciliation.rowsRejected).toBe(26);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('error: no rate'))).toEqual([
      'techspend: error: no rate to convert EUR (25 rows, EUR 50.00) and JPY (1 row, JPY 1.50) to GBP: those rows are rejected (add rates: { EUR: <GBP per EUR>, JPY: <GBP per JPY> } to techspend.yaml)',
    ]);
    expect(lines).toContain('techspend: 26 of 56 rows rejected; the report covers the rest (see the reconciliation footer)');
  });
});
