/**
 * A fixture read as `techspend report FILE` reads it with no techspend.yaml (the built-in default
 * fitted to the first rows, cli/context.ts): its lines, reconciliation, the detected mapping, and
 * its total and per-month totals. Shared by the unseen-layout tests.
 */
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { defaultConfig, SPEND_NEGATIVE_SOURCE } from '../../src/config/default-config.js';
import { fitDefaultConfig } from '../../src/config/fitted-default.js';
import { probeInputs } from '../../src/io/currency-probe.js';
import { scanInputs } from '../../src/io/scan.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { add, type Decimal, toExact, ZERO } from '../../src/money/decimal.js';

export async function readNoConfig(dir: string, name: string) {
  const path = resolve(dir, name);
  const config = fitDefaultConfig(await probeInputs([path], defaultConfig(), { displayName: () => name }), defaultConfig(), { currencyGiven: false }).config;
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([path], config, { line: (l) => lines.push(l), excluded: (l) => lines.push(l) }, { displayName: () => name });
  const file = reconciliation.files[0]!;
  const mapping = Object.fromEntries([...file.mapping.matchAll(/(?:^|, )(\w+) ← (.+?)(?: \((?:high|medium)\))?(?=, |$)/g)].map((m) => [m[1], m[2]]));
  let total: Decimal = ZERO;
  const months = new Map<string, Decimal>();
  for (const l of lines) {
    total = add(total, l.amount);
    months.set(l.date.slice(0, 7), add(months.get(l.date.slice(0, 7)) ?? ZERO, l.amount));
  }
  return { lines, rec: reconciliation, file, mapping, total: toExact(total), months: Object.fromEntries([...months].sort().map(([m, v]) => [m, toExact(v)])) };
}

/** One published layout: its fixture and what reading it with no config must give. */
export interface UnseenCase {
  file: string;
  /** where the header was published */
  source: string;
  rows: number;
  mapping: Record<string, string>;
  /** fields that must not be mapped (a wrong column is worse than none) */
  unmapped?: string[];
  total: string;
  months: Record<string, string>;
  /** spend written as negative amounts (or as credits): read expense-negative with no config */
  spendNegative?: true;
}

/** The fixture reads as the case says: every row, the mapping, the sign, the total and each month's. */
export async function expectReadsAs(dir: string, c: UnseenCase): Promise<void> {
  const r = await readNoConfig(dir, c.file);
  expect(r.rec.filesNotRead).toEqual([]);
  expect(r.rec.rowsRead).toBe(c.rows);
  const { vendor, ...columns } = c.mapping;
  expect(r.mapping).toMatchObject(columns);
  // a preset's fixed vendor is shown as "vendor = …"
  if (vendor !== undefined) expect(r.file.mapping).toMatch(new RegExp(`vendor (←|=) ${vendor.replace(/[()$/]/g, '\\$&')}`));
  for (const f of c.unmapped ?? []) expect(r.mapping[f], `${f} mapped to ${r.mapping[f]}`).toBeUndefined();
  expect(r.file.format === SPEND_NEGATIVE_SOURCE, `${c.file} read expense-negative`).toBe(c.spendNegative === true);
  expect(r.total).toBe(c.total);
  expect(r.months).toEqual(c.months);
}
