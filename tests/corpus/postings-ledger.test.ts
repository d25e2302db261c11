/**
 * Hack Club's published ledger (public-spend/hackclub-ledger) is double-entry postings: every
 * payment is an `Expenses:*` row and a balancing `Assets:*` / `Liabilities:*` row, so each file
 * sums to 0.00. With no techspend.yaml the run keeps the expense side (config/ledger-scope.ts):
 * the lines it does not set aside as balancing postings must total the oracle's `expenses_only`,
 * month by month, to the cent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { add, parseDecimal, toFixed, ZERO } from '../../src/money/decimal.js';
import { runCli } from '../cli/run-cli.js';
import { HAS_PUBLIC_SPEND, PUBLIC_SPEND } from './harness.js';

if (!HAS_PUBLIC_SPEND) console.warn(`postings-ledger test skipped: ${PUBLIC_SPEND} is absent`);

interface Oracle {
  files: Record<string, { sum: string; expenses_only: { sum: string; monthly: Record<string, string> } }>;
}

describe.skipIf(!HAS_PUBLIC_SPEND)('double-entry postings with no config (Hack Club ledger)', () => {
  const oracle = HAS_PUBLIC_SPEND ? (JSON.parse(readFileSync(resolve(PUBLIC_SPEND, 'expected.json'), 'utf8')) as Oracle) : { files: {} };
  const files = Object.keys(oracle.files).filter((f) => f.startsWith('hackclub-ledger/'));

  it('has the four monthly files', () => expect(files).toHaveLength(4));

  it.each(files)('%s: the expense side equals the oracle, every month', async (file) => {
    const r = await runCli(['categorize', resolve(PUBLIC_SPEND, file), '--format', 'csv'], PUBLIC_SPEND);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as { date: string; amount: string; category: string }[];
    const expense = new Map<string, ReturnType<typeof parseDecimal>>();
    let all = ZERO;
    for (const row of rows) {
      all = add(all, parseDecimal(row.amount)!);
      if (row.category === 'balancing-postings') continue;
      const month = row.date.slice(0, 7);
      expense.set(month, add(expense.get(month) ?? ZERO, parseDecimal(row.amount)!));
    }
    const want = oracle.files[file]!;
    expect(toFixed(all, 2)).toBe(want.sum);
    expect(Object.fromEntries([...expense].map(([m, v]) => [m, toFixed(v!, 2)]))).toEqual(want.expenses_only.monthly);
  });
});
