/** Every detector over the same records; candidates sorted by estimated saving. */
import { findAnnualBilling } from './annual-billing.js';
import { byValue, type Candidate, type DetectorInput } from './candidate.js';
import { findDuplicateCharges } from './duplicate-charge.js';
import { findOverlaps, type OverlapResult } from './overlap.js';
import { findPriceIncreases } from './price-increase.js';
import type { RecordStore } from './record.js';
import { findSpikes } from './spike.js';
import type { SavingsThresholds } from './thresholds.js';
import { findUnused } from './unused.js';

export interface SavingsFindings {
  candidates: Candidate[];
  byDesign: OverlapResult['byDesign'];
  differentFunctions: OverlapResult['differentFunctions'];
  endMonth: string | undefined;
}

export function findSavings(records: RecordStore, thresholds: SavingsThresholds, currency: string, functionOf: (category: string) => string = (c) => c): SavingsFindings {
  const endMonth = records.lastMonth;
  if (endMonth === undefined) return { candidates: [], byDesign: [], differentFunctions: [], endMonth };
  const input: DetectorInput = { records, endMonth, thresholds, currency, functionOf };
  const overlap = findOverlaps(input);
  const candidates = [
    ...overlap.candidates,
    ...findPriceIncreases(input),
    ...findDuplicateCharges(input),
    ...findUnused(input),
    ...findAnnualBilling(input),
    ...findSpikes(input),
  ].sort(byValue);
  return { candidates, byDesign: overlap.byDesign, differentFunctions: overlap.differentFunctions, endMonth };
}
