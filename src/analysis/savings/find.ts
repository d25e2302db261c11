/** Every detector over the same lines; candidates sorted by estimated saving. */
import { findAnnualBilling } from './annual-billing.js';
import { byValue, type Candidate, type DetectorInput } from './candidate.js';
import { type DuplicateHoldBacks, findDuplicateCharges, type Republished } from './duplicate-charge.js';
import { isMaterial, type Materiality, materialityOf, trailingYearSpend } from './materiality.js';
import { RepeatedBlocks } from './repeated-block.js';
import { MonthlyView } from './monthly.js';
import { findOverlaps, type OverlapResult } from './overlap.js';
import { findPriceIncreases } from './price-increase.js';
import type { SavingsSource } from './source.js';
import { findSpikes, type SpikeHoldBacks } from './spike.js';
import type { SavingsThresholds } from './thresholds.js';
import { findUnused } from './unused.js';
import type { SavingsItem } from './register.js';
import { StillBilledCheck, type StillBilled } from './still-billed.js';

export interface SavingsFindings {
  candidates: Candidate[];
  byDesign: OverlapResult['byDesign'];
  differentFunctions: OverlapResult['differentFunctions'];
  endMonth: string | undefined;
  /** rows published again in a second file: the data counts them twice (not a charge to claim back) */
  republished: Republished[];
  /** realized / redeployed register items whose vendor is still billed after the item's date */
  stillBilled: StillBilled[];
  /** what the detectors looked at and held back, each counted for the output's "held back" line */
  heldBack: HeldBack;
}

export interface HeldBack extends DuplicateHoldBacks, SpikeHoldBacks {
  /** spikes whose excess is below the materiality floor */
  spikes: number;
  materiality: Materiality;
}

/**
 * Duplicate charges and price increases run store by store (each keeps its groups whole); the
 * vendor-month detectors run over the monthly view of all of them.
 */
export function findSavings(
  source: SavingsSource,
  thresholds: SavingsThresholds,
  currency: string,
  functionOf: (category: string) => string = (c) => c,
  register: readonly SavingsItem[] = [],
): SavingsFindings {
  const endMonth = source.lastMonth;
  const none: HeldBack = { habitual: 0, unexplained: 0, units: 0, timing: 0, purchases: 0, spikes: 0, materiality: materialityOf({ units: 0n, scale: 0 }, thresholds) };
  if (endMonth === undefined) return { candidates: [], byDesign: [], differentFunctions: [], endMonth, republished: [], stillBilled: [], heldBack: none };
  const base: Omit<DetectorInput, 'records'> = { endMonth, thresholds, currency, functionOf };
  const monthly = new MonthlyView(source.names, () => source.seatRecords());
  monthly.count(source.spend());
  const materiality = materialityOf(trailingYearSpend(monthly.vendorSeries().values(), endMonth), thresholds);
  const input: DetectorInput = { ...base, records: monthly };
  const spikeHeld: SpikeHoldBacks = { timing: 0, purchases: 0 };
  const byMonth = (held: SpikeHoldBacks = { timing: 0, purchases: 0 }) => ({ overlap: findOverlaps(input), annual: findAnnualBilling(input), spikes: findSpikes(input, held) });
  // the dry run: which months' lines the detectors read, loaded with the duplicate-charge pass
  byMonth();
  const wanted = monthly.wanted();
  // blocks of rows published twice in one file: read first, across every store
  const blocks = new RepeatedBlocks();
  for (const store of source.byAmount()) blocks.visit(store);
  const blockCopies = blocks.copies();
  const duplicates: Candidate[] = [];
  const republished: Republished[] = [];
  const held: DuplicateHoldBacks = { habitual: 0, unexplained: 0, units: 0 };
  const stillBilled = new StillBilledCheck(register);
  for (const store of source.byAmount()) {
    for (const c of findDuplicateCharges({ ...base, records: store }, republished, blockCopies, held)) duplicates.push(c);
    stillBilled.visit(store);
    if (wanted) monthly.take(store);
  }
  const prices: Candidate[] = [];
  for (const store of source.bySeries()) for (const c of findPriceIncreases({ ...base, records: store })) prices.push(c);
  const { overlap, annual, spikes: allSpikes } = byMonth(spikeHeld);
  // a spike is a one-off worth a look only when its excess is material
  const spikes = allSpikes.filter((c) => isMaterial(c.annual, materiality));
  const candidates = [...overlap.candidates, ...prices, ...duplicates, ...findUnused(input), ...annual, ...spikes].sort(byValue);
  const byRef = (a: Republished, b: Republished) => (a.second.source < b.second.source ? -1 : a.second.source > b.second.source ? 1 : a.second.line - b.second.line);
  return {
    candidates,
    byDesign: overlap.byDesign,
    differentFunctions: overlap.differentFunctions,
    endMonth,
    republished: republished.sort(byRef),
    stillBilled: stillBilled.results(),
    heldBack: { ...held, ...spikeHeld, spikes: allSpikes.length - spikes.length, materiality },
  };
}

/**
 * The vendor months whose lines the vendor-month detectors (overlap, annual billing, spike) read,
 * from the monthly spend alone: the dry run findSavings makes before it loads those lines. An
 * engine that sums lines where they live (io/engine) hands node only these months' lines.
 */
export function monthsRead(source: Pick<SavingsSource, 'names' | 'spend' | 'lastMonth'>, thresholds: SavingsThresholds, currency: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const endMonth = source.lastMonth;
  if (endMonth === undefined) return out;
  const monthly = new MonthlyView(source.names, () => []);
  monthly.count(source.spend());
  const input: DetectorInput = { endMonth, thresholds, currency, functionOf: (c) => c, records: monthly };
  findOverlaps(input);
  findAnnualBilling(input);
  findSpikes(input);
  for (const [key, s] of monthly.vendorSeries()) {
    const months = [...s.months].filter(([, m]) => m.read).map(([month]) => month);
    if (months.length > 0) out.set(key, new Set(months));
  }
  return out;
}
