import { describe, expect, it } from 'vitest';
import { computeShares, investmentSplit, revenueGeneratingShare } from '../../src/analysis/share.js';
import { toFixed } from '../../src/money/decimal.js';
import { moverSentence, signedPct } from '../../src/report/sentences.js';
import { computeVariance } from '../../src/analysis/variance.js';
import { config, d, fact } from './helpers.js';

const cfg = config(`
categories:
  - { id: shop, name: Shop, function: Sales, revenueGenerating: true, investment: run }
  - { id: data, name: Data, function: Operations, investment: grow }
  - { id: ai, name: AI, function: Product, revenueGenerating: true, investment: transform }
  - { id: misc, name: Misc, function: Operations }
`);
const facts = [fact('shop', 'Stripe', '2026-01', '600.00'), fact('data', 'Snowflake', '2026-01', '250.00'), fact('ai', 'OpenAI', '2026-01', '100.00'), fact('misc', 'X', '2026-01', '50.00')];

describe('share of spend', () => {
  it('by function, largest first, shares of the total', () => {
    const { rows, total } = computeShares(facts, (f) => cfg.categoryById.get(f.category)!.function);
    expect(toFixed(total)).toBe('1000.00');
    expect(rows.map((r) => [r.key, toFixed(r.amount), toFixed(r.share!, 4)])).toEqual([
      ['Sales', '600.00', '0.6000'],
      ['Operations', '300.00', '0.3000'],
      ['Product', '100.00', '0.1000'],
    ]);
  });
  it('revenue-generating share: Shop + AI = 700 of 1000', () => {
    const r = revenueGeneratingShare(facts, cfg);
    expect([toFixed(r.revenue), toFixed(r.share!, 2), r.categories]).toEqual(['700.00', '0.70', ['ai', 'shop']]);
  });
  it('run / grow / transform against 70/20/10, untagged spend apart', () => {
    const { rows } = investmentSplit(facts, cfg);
    expect(rows.map((r) => [r.key, toFixed(r.amount), toFixed(r.share!, 2), r.difference && toFixed(r.difference, 2)])).toEqual([
      ['run', '600.00', '0.60', '-0.10'],
      ['grow', '250.00', '0.25', '0.05'],
      ['transform', '100.00', '0.10', '0.00'],
      ['unclassified', '50.00', '0.05', undefined],
    ]);
  });
});

describe('sentences', () => {
  it('reads the issue example aloud', () => {
    const [row] = computeVariance([fact('data', 'Snowflake', '2026-01', '10700.00')], [fact('data', 'Snowflake', '2026-02', '33500.00')], (f) => f.category);
    expect(moverSentence('Data & Analytics', row!, 'USD')).toBe('Data & Analytics rose $22.8k (+213%), all expansion of existing spend: Snowflake +$22.8k.');
  });
  it('existing vendors billing less read as a contraction, not a negative expansion', () => {
    // 33,500.00 → 10,700.00: −22,800.00 (−68%), all with the one existing vendor
    const [row] = computeVariance([fact('data', 'Snowflake', '2026-01', '33500.00')], [fact('data', 'Snowflake', '2026-02', '10700.00')], (f) => f.category);
    expect(moverSentence('Data & Analytics', row!, 'USD')).toBe('Data & Analytics fell $22.8k (-68%), all contraction of existing spend: Snowflake -$22.8k.');
  });
  it('names each cause with its vendors when there are several', () => {
    const [row] = computeVariance(
      [fact('c', 'Toptal', '2026-01', '5000'), fact('c', 'Upwork', '2026-01', '1890')],
      [fact('c', 'Toptal', '2026-02', '3625')],
      (f) => f.category,
    );
    expect(moverSentence('Contractors', row!, 'USD')).toBe('Contractors fell $3.3k (-47%): contraction of existing spend -$1.4k (Toptal -$1.4k); discontinued spend -$1.9k (Upwork -$1.9k).');
  });
  it('percentages: whole points from 10%, one decimal below', () => {
    expect([signedPct(d('2.1308')), signedPct(d('-0.0437')), signedPct(d('0.125'))]).toEqual(['+213%', '-4.4%', '+13%']);
  });
});
