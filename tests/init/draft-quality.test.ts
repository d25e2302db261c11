/**
 * init's draft on real whole-company ledgers, against hand labels of their technology lines
 * (labels/public-spend-technology.json): at least 70% recall and 70% precision by amount on
 * each register; the measured figures are pinned so that a change to the draft shows here.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure, PUBLIC_SPEND, registers } from './draft-quality.js';

const HAS_PUBLIC_SPEND = existsSync(PUBLIC_SPEND);
if (!HAS_PUBLIC_SPEND) console.warn(`draft quality tests skipped: ${PUBLIC_SPEND} is absent`);

// recall and precision in percent (one decimal), measured with this commit's draft
const PINNED: Record<string, [number, number]> = {
  'barnet-pcard/Card Transactions 2014.csv': [96.8, 98.5],
  'devon-spend-over-500/DCCSpendingOver500_202003.csv': [96.3, 99.4],
  'nhs-london-trusts/GUYS 03 - June.csv': [82.8, 92.0],
  'birmingham-pcard/purchase-card-transactions-201705.csv': [100.0, 92.2],
};

describe.skipIf(!HAS_PUBLIC_SPEND)('init draft against hand-labelled public registers', () => {
  for (const r of registers()) {
    it(`${r.file}: recall and precision >= 70% by amount`, async () => {
      const q = await measure(r);
      const pct = (x: number) => Math.round(x * 1000) / 10;
      expect(q.recall).toBeGreaterThanOrEqual(0.7);
      expect(q.precision).toBeGreaterThanOrEqual(0.7);
      expect([pct(q.recall), pct(q.precision)]).toEqual(PINNED[r.file]);
    }, 120_000);
  }
});
