/**
 * No techspend.yaml on a card or bank export that writes spend as negative amounts (Chase,
 * Mercury, Revolut): the run reads it expense-negative, as `init` drafts it, and says so once per
 * file on stderr. Before, `report` and `board` totalled such a file negative. A payment register
 * (positive payments, the odd negative credit note) and a card file that writes spend positive
 * are read as written. In a file read expense-negative, a refund or a payment to the card is a
 * credit, as `sign: expense-negative` reads it. Every figure below is worked out by hand from the
 * rows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const UNSEEN = resolve(import.meta.dirname, '../fixtures/unseen');

// a bank card download: purchases negative; a refund and the monthly payment to the card positive
const CARD = [
  'Date,Merchant,Amount',
  '2026-05-03,GITHUB INC,-400.00',
  '2026-05-10,SLACK TECHNOLOGIES,-850.00',
  '2026-05-20,GITHUB INC,25.00',
  '2026-05-28,AUTOPAY PAYMENT - THANK YOU,1000.00',
  '2026-06-02,ZOOM.US,-149.90',
  '',
].join('\n');
// spend: May 400.00 + 850.00 − 25.00 (refund) − 1,000.00 (payment to the card) = 225.00; June 149.90; total 374.90

// a payment register: payments positive, one credit note negative
const REGISTER = ['Payment Date,Supplier,Amount', '2026-05-04,Softcat Ltd,1200.00', '2026-05-11,Adobe Systems,300.00', '2026-05-18,Softcat Ltd,-200.00', '2026-06-01,Zoom Video Communications,149.90', ''].join('\n');
// spend: May 1,200.00 + 300.00 − 200.00 = 1,300.00; June 149.90; total 1,449.90

const note = (file: string) => `techspend: ${file}: spend is written as negative amounts (card/bank export); read as expense-negative — set \`sign:\` in sources to override\n`;

interface JsonReport {
  data: { rows: { category?: string; vendor?: string; period: string; amount: string }[] };
  reconciliation: { inputTotal: string; technologyTotal: string; reportTotal: string };
  currency: string;
}

async function report(args: string[], cwd: string) {
  const r = await runCli(['report', ...args, '--format', 'json'], cwd);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as JsonReport;
  const months = new Map<string, bigint>();
  for (const row of json.data.rows) months.set(row.period, (months.get(row.period) ?? 0n) + BigInt(row.amount.replace('.', '')));
  const shown = Object.fromEntries([...months].sort().map(([m, c]) => [m, (Number(c) / 100).toFixed(2)]));
  return { ...r, json, months: shown };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-spend-negative-'));
  writeFileSync(join(dir, 'card.csv'), CARD);
  writeFileSync(join(dir, 'register.csv'), REGISTER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no config: spend written as negative amounts is read expense-negative', () => {
  it('Chase card activity: the spend totals positive, each month too; its returns are credits; said once', async () => {
    const r = await report(['chase-card.csv'], UNSEEN);
    // 27 sales (negative in the file) less 3 1Password returns (28.87 + 8.71 + 7.53)
    expect(r.json.reconciliation.inputTotal).toBe('11300.08');
    expect(r.json.reconciliation.technologyTotal).toBe('11300.08');
    expect(r.months).toEqual({ '2026-01': '4729.44', '2026-02': '2255.13', '2026-03': '4315.51' });
    expect(r.json.data.rows.filter((x) => x.category === 'identity-access').map((x) => [x.period, x.amount])).toEqual([
      ['2026-01', '-28.87'],
      ['2026-02', '-8.71'],
      ['2026-03', '-7.53'],
    ]);
    expect(r.stderr.split(note('chase-card.csv')).length - 1).toBe(1);
  });

  it('Mercury and Revolut Business: positive spend', async () => {
    const mercury = await report(['mercury.csv'], UNSEEN);
    expect(mercury.json.reconciliation.inputTotal).toBe('19042.35');
    expect(mercury.months).toEqual({ '2026-07': '7082.33', '2026-08': '7998.15', '2026-09': '3961.87' });
    expect(mercury.stderr).toContain(note('mercury.csv'));
    const revolut = await report(['revolut-business.csv'], UNSEEN);
    expect(revolut.json.currency).toBe('GBP');
    expect(revolut.json.reconciliation.inputTotal).toBe('10119.96');
    expect(revolut.months).toEqual({ '2026-03': '5129.74', '2026-04': '4990.22' });
    expect(revolut.stderr).toContain(note('revolut-business.csv'));
  });

  it('a refund and a payment to the card are credits, as sign: expense-negative reads them', async () => {
    const r = await report(['card.csv', '--by', 'vendor'], dir);
    expect(r.json.reconciliation.inputTotal).toBe('374.90');
    expect(r.months).toEqual({ '2026-05': '225.00', '2026-06': '149.90' });
    expect(r.json.data.rows.find((x) => x.vendor === 'AUTOPAY PAYMENT - THANK YOU')?.amount).toBe('-1000.00');
    // GitHub 400.00 less its 25.00 refund
    expect(r.json.data.rows.find((x) => x.vendor === 'GitHub')?.amount).toBe('375.00');
    expect(r.stderr).toContain(note('card.csv'));
  });

  it('a payment register keeps its sign (a credit note stays a credit), and nothing is said about it', async () => {
    const r = await report(['register.csv'], dir);
    expect(r.json.reconciliation.inputTotal).toBe('1449.90');
    expect(r.months).toEqual({ '2026-05': '1300.00', '2026-06': '149.90' });
    expect(r.stderr).not.toContain('spend is written as negative');
  });

  it('a card file that writes spend positive (American Express) is read as written', async () => {
    const r = await report(['amex-us.csv'], UNSEEN);
    expect(r.json.reconciliation.inputTotal).toBe('5202.88');
    expect(r.stderr).not.toContain('spend is written as negative');
  });

  it('per file: a folder with a card download and a register reads each its own way', async () => {
    const r = await report(['.'], dir);
    // 374.90 + 1,449.90; May 225.00 + 1,300.00, June 149.90 + 149.90
    expect(r.json.reconciliation.inputTotal).toBe('1824.80');
    expect(r.months).toEqual({ '2026-05': '1525.00', '2026-06': '299.80' });
    expect(r.stderr).toContain(note('card.csv'));
    expect(r.stderr.match(/spend is written as negative/g)).toHaveLength(1);
  });

  it('board: the month opens on the positive spend', async () => {
    const r = await runCli(['board', 'chase-card.csv'], UNSEEN);
    expect(r.code, r.stderr).toBe(0);
    // March 2026: 4,315.51, on February's 2,255.13
    expect(r.stdout).toContain('Technology spend in March 2026 was $4.3k, up $2.1k (+91%) on February 2026.');
    expect(r.stdout).toContain('FY2026 to date (January 2026 to March 2026): $11.3k');
  });

  it('validate names how the file was read', async () => {
    const r = await runCli(['validate', 'card.csv'], dir);
    expect(r.stdout).toMatch(/\| card\.csv \| built-in default: spend negative \| 5 \| 5 \| 0 \| .*expense-negative/);
  });

  it('a sources entry with sign: overrides the judgement (and the run says nothing)', async () => {
    writeFileSync(join(dir, 'techspend-positive.yaml'), 'currency: USD\nsources:\n  - files: "card.csv"\n    sign: expense-positive\n');
    const r = await report(['card.csv', '-c', 'techspend-positive.yaml'], dir);
    expect(r.json.reconciliation.inputTotal).toBe('-374.90');
    expect(r.stderr).not.toContain('spend is written as negative');
  });

  it('init drafts sign: expense-negative for the same file (one judgement)', async () => {
    const r = await runCli(['init', '--from', 'card.csv', '-o', 'drafted.yaml', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'drafted.yaml'), 'utf8')).toContain('sign: expense-negative');
    const reg = await runCli(['init', '--from', 'register.csv', '-o', 'drafted-register.yaml', '--quiet'], dir);
    expect(reg.code, reg.stderr).toBe(0);
    expect(readFileSync(join(dir, 'drafted-register.yaml'), 'utf8')).not.toContain('sign: expense-negative');
  });
});
