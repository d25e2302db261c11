/** The demo company reconciles with the figures its generator computed independently. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const expected = JSON.parse(readFileSync(resolve(ROOT, 'fixtures/demo/expected-totals.json'), 'utf8')) as {
  byCategoryMonth: Record<string, Record<string, string>>;
  byMonth: Record<string, string>;
};

describe('demo company', () => {
  it('report by category and month matches the generator’s independent totals to the cent', async () => {
    const r = await runCli(['report', '--demo', '--by', 'category', '--period', 'month', '--format', 'csv', '-q'], ROOT);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    const got = new Map(rows.map(([c, p, a]) => [`${p}|${c}`, a]));
    let checked = 0;
    for (const [month, cats] of Object.entries(expected.byCategoryMonth)) {
      for (const [cat, amount] of Object.entries(cats)) {
        if (amount === '0.00' && !got.has(`${month}|${cat}`)) continue;
        expect(`${month} ${cat} ${got.get(`${month}|${cat}`)}`).toBe(`${month} ${cat} ${amount}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('every row is accounted for and totals reconcile', async () => {
    const r = await runCli(['report', '--demo', '--format', 'json', '-q'], ROOT);
    const rec = JSON.parse(r.stdout).reconciliation;
    expect(rec.rowsRejected).toBe(0);
    expect(rec.inputTotal).toBe(rec.reportTotal);
  });
});
