/**
 * The demo company's hand-computed figures (fixtures/demo/PLANTED.md, written by its generator
 * independently of techspend) against what variance prints: every row of the planted variance
 * tables, and the FY2027-Q3 budget vs actual.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');
const planted = readFileSync(resolve(DEMO, 'PLANTED.md'), 'utf8');

/** The markdown table rows after a heading, as cells with thousands separators and backticks removed. */
function tableAfter(heading: string): string[][] {
  const start = planted.indexOf(heading);
  if (start < 0) throw new Error(`PLANTED.md has no "${heading}"`);
  const lines = planted.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const l of lines.slice(first + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '').replace(/,/g, '').replace(/\*/g, '')));
  }
  return rows;
}

function csv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split('\n');
  const keys = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i]!, v])));
}

async function variance(args: string[]): Promise<Map<string, Record<string, string>>> {
  const r = await runCli(['variance', '--demo', '--format', 'csv', ...args], DEMO);
  expect(r.code).toBe(0);
  return new Map(csv(r.stdout).map((row) => [row.category!, row]));
}

describe('demo: planted figures', () => {
  for (const [heading, args] of [
    ['## Variance: 2026-10 vs 2026-09', []],
    ['## Variance: 2026-10 vs 2025-10', ['--against', 'last-year']],
  ] as const) {
    it(`${heading.slice(3)}: base, current and every cause`, async () => {
      const got = await variance([...args]);
      const want = tableAfter(heading);
      expect(want.length).toBe(17);
      for (const [category, base, current, change, expansion, newCapability, discontinued] of want) {
        expect({ category, ...pick(got.get(category!)) }).toEqual({ category, base, current, change, expansion, new_capability: newCapability, discontinued });
      }
    });
  }

  it('price vs volume of the planted EC2 item: price 703.39 in Customer Product Platform', async () => {
    const got = await variance([]);
    expect(got.get('product-platform')!.price).toBe('703.39');
  });

  it('budget vs actual, FY2027-Q3, with the unbudgeted row', async () => {
    const got = await variance(['--against', 'budget', '--budget', 'budget.csv', '--period', 'fiscal-quarter']);
    let unbudgeted = 0n;
    for (const [category, , , , , q3Budget, q3Actual] of tableAfter('## Budget (`budget.csv`) vs actual, FY2027')) {
      if (q3Budget === '-') {
        unbudgeted += BigInt(q3Actual!.replace('.', ''));
        continue;
      }
      expect([category, got.get(category!)!.base, got.get(category!)!.current]).toEqual([category, q3Budget, q3Actual]);
    }
    expect(got.get('unbudgeted')!.current).toBe(`${unbudgeted / 100n}.${String(unbudgeted % 100n).padStart(2, '0')}`);
  });
});

function pick(row: Record<string, string> | undefined) {
  if (!row) return undefined;
  const { base, current, change, expansion, new_capability, discontinued } = row;
  return { base, current, change, expansion, new_capability, discontinued };
}
