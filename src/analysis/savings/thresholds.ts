/** The detectors' thresholds, each a command-line option; the defaults are what a finance partner would call material. */
import type { Decimal } from '../../money/decimal.js';

export interface SavingsThresholds {
  /** overlap: every vendor billed in each of the last N months */
  overlapMonths: number;
  /** overlap: also count groups where several vendors are normal (hyperscale cloud, laptops, carriers) */
  overlapAll: boolean;
  /** price-increase: a step above this fraction (0.05 = 5%) */
  priceIncrease: Decimal;
  /** price-increase: identical charges before the step that make it a recurring charge */
  priceRepeats: number;
  /** duplicate-charge: dates at most this many days apart */
  duplicateDays: number;
  /** unused: utilization (usage / quantity) below this fraction ... */
  utilization: Decimal;
  /** ... in each of the last N months */
  unusedMonths: number;
  /** annual-billing: the same monthly total in each of the last N months */
  annualMonths: number;
  /** annual-billing: the discount annual terms usually give (0.15 = 15%) */
  annualDiscount: Decimal;
  /** spike: a month above this multiple of its trailing median */
  spikeFactor: Decimal;
  /** spike: the trailing window, in months */
  spikeWindow: number;
  /** spike: months with spend the window needs before a median means anything */
  spikeHistory: number;
  /** materiality (spikes, bills in lumps, renewals guessed from spend): never below this amount ... */
  materialAmount: Decimal;
  /** ... nor below this fraction of the examined spend of the trailing 12 months (materiality.ts) */
  materialShare: Decimal;
}

export const DEFAULT_THRESHOLDS: SavingsThresholds = {
  overlapMonths: 3,
  overlapAll: false,
  priceIncrease: { units: 5n, scale: 2 },
  priceRepeats: 2,
  duplicateDays: 1,
  utilization: { units: 80n, scale: 2 },
  unusedMonths: 3,
  annualMonths: 12,
  annualDiscount: { units: 15n, scale: 2 },
  spikeFactor: { units: 3n, scale: 0 },
  spikeWindow: 6,
  spikeHistory: 3,
  materialAmount: { units: 500n, scale: 0 },
  materialShare: { units: 1n, scale: 3 },
};

/**
 * Overlap groups where several vendors at once are usually deliberate (multi-cloud, a Windows and
 * a Mac fleet, a carrier per country): reported in a note, not as candidates, unless `overlapAll`.
 */
export const MULTI_VENDOR_BY_DESIGN: readonly string[] = ['cloud-iaas', 'laptops-devices', 'mobile-carrier', 'internet-service', 'it-reseller'];
