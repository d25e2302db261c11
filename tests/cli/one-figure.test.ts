/**
 * One figure, one value (issue 14): in the demo board pack every table sums to its total, no two
 * totals in one document are within a dollar of each other yet different (the same figure shown
 * twice, rounded two ways), categorize's lines add up to report's total, and every command of a run
 * states the same as-of date and days left.
 */
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCliOnce } from './run-cli.js';

/** Each demo run made once for the cases that read it. */
const runCli = runCliOnce();

const ROOT = resolve(import.meta.dirname, '../..');
const cents = (s: string): bigint => {
  const m = /^(-?)([\d,]+)\.(\d\d)$/.exec(s.trim());
  if (!m) throw new Error(`not an amount: ${s}`);
  return (m[1] ? -1n : 1n) * BigInt(m[2]!.replace(/,/g, '') + m[3]);
};
const AMOUNT = /-?\d{1,3}(?:,\d{3})*\.\d\d(?!\d)/g;

/** pairs of different figures less than a dollar apart */
function nearMisses(figures: bigint[]): string[] {
  const distinct = [...new Set(figures)].sort((a, b) => (a < b ? -1 : 1));
  const out: string[] = [];
  for (let i = 1; i < distinct.length; i++) if (distinct[i]! - distinct[i - 1]! < 100n) out.push(`${distinct[i - 1]} / ${distinct[i]}`);
  return out;
}

interface JsonTable {
  id: string;
  columns: { key: string; type: string }[];
  rows: Record<string, string | null>[];
  total?: Record<string, string | null>;
}

describe('one figure, one value (demo board)', () => {
  it('JSON: every money column of every table sums to its total; no two totals a few cents apart', async () => {
    const r = await runCli(['board', '--demo', '--format', 'json'], ROOT);
    expect(r.code).toBe(0);
    const sections = (JSON.parse(r.stdout) as { sections: JsonTable[] }).sections;
    const totals: bigint[] = [];
    const notFooting: string[] = [];
    for (const t of sections) {
      if (!t.total) continue;
      for (const c of t.columns.filter((c) => c.type === 'money')) {
        const total = t.total[c.key];
        if (typeof total !== 'string' || total === '') continue;
        totals.push(cents(total));
        const sum = t.rows.reduce((a, row) => a + (typeof row[c.key] === 'string' && row[c.key] !== '' ? cents(row[c.key]!) : 0n), 0n);
        if (sum !== cents(total)) notFooting.push(`${t.id}.${c.key}: rows ${sum}, total ${cents(total)}`);
      }
    }
    expect(notFooting).toEqual([]);
    expect(totals.length).toBeGreaterThan(10);
    expect(nearMisses(totals)).toEqual([]);
  });

  it('Markdown, HTML and table: the total rows hold no two figures a few cents apart', async () => {
    const md = await runCli(['board', '--demo', '--format', 'markdown'], ROOT);
    const mdTotals = [...md.stdout.matchAll(/\*\*(-?[\d,]+\.\d\d)\*\*/g)].map((m) => cents(m[1]!));
    expect(mdTotals.length).toBeGreaterThan(10);
    expect(nearMisses(mdTotals)).toEqual([]);

    const html = await runCli(['board', '--demo', '--format', 'html'], ROOT);
    const htmlTotals = [...html.stdout.matchAll(/<tr class="total">(.*?)<\/tr>/g)].flatMap((m) => [...m[1]!.matchAll(AMOUNT)].map((a) => cents(a[0])));
    expect(htmlTotals.length).toBeGreaterThan(10);
    expect(nearMisses(htmlTotals)).toEqual([]);

    const table = await runCli(['board', '--demo', '--format', 'table'], ROOT);
    const tableTotals = table.stdout
      .split('\n')
      .filter((l) => /^\W*Total\b/.test(l))
      .flatMap((l) => [...l.matchAll(AMOUNT)].map((a) => cents(a[0])));
    expect(tableTotals.length).toBeGreaterThan(5);
    expect(nearMisses(tableTotals)).toEqual([]);
  });

  it("categorize's lines add up to report's total, to the cent", async () => {
    const cat = await runCli(['categorize', '--demo', '--format', 'json'], ROOT);
    const rep = await runCli(['report', '--demo', '--format', 'json'], ROOT);
    const rows = (JSON.parse(cat.stdout) as { data: { rows: { amount: string }[] } }).data.rows;
    const lines = rows.reduce((a, r) => a + cents(r.amount), 0n);
    const spend = (JSON.parse(rep.stdout) as { sections: JsonTable[] }).sections.find((t) => t.id === 'spend')!;
    // the demo's report total, worked out from the exact line amounts by the generator (PLANTED.md): 3,857,435.88
    expect(cents(spend.total!.total!)).toBe(385743588n);
    expect(lines).toBe(385743588n);
    const csv = await runCli(['categorize', '--demo', '--format', 'csv'], ROOT);
    const records = parse(csv.stdout, { columns: true }) as { amount: string }[];
    const csvSum = records.reduce((a, r) => a + cents(r.amount), 0n);
    expect(csvSum).toBe(385743588n);
  });

  it('report and variance show the same month totals', async () => {
    const rep = JSON.parse((await runCli(['report', '--demo', '--format', 'json'], ROOT)).stdout) as { sections: JsonTable[] };
    const vr = JSON.parse((await runCli(['variance', '--demo', '--format', 'json'], ROOT)).stdout) as { sections: JsonTable[] };
    const spendTotal = rep.sections.find((t) => t.id === 'spend')!.total!;
    const v = vr.sections.find((t) => t.total && t.columns.some((c) => c.key === 'base'))!.total!;
    expect(v.base).toBe(spendTotal['p:2026-09']);
    expect(v.current).toBe(spendTotal['p:2026-10']);
  });

  it('savings and board state the same as-of date and days left', async () => {
    const s = await runCli(['savings', '--demo', '--format', 'markdown'], ROOT);
    const b = await runCli(['board', '--demo', '--format', 'markdown'], ROOT);
    const asOf = (t: string) => [...new Set([...t.matchAll(/(\d+) days left[^.]*?as of (\d{4}-\d\d-\d\d)/g)].map((m) => `${m[1]} ${m[2]}`))];
    expect(asOf(s.stdout)).toEqual(['92 2026-10-31']);
    expect(asOf(b.stdout)).toEqual(['92 2026-10-31']);
  });
});
