/** A savings candidate: what was found, what it may save a year, how sure, and the lines behind it. */
import type { SourceRef } from '../../ingest/line.js';
import { add, compare, type Decimal, mul, toFixed, toGrouped, ZERO } from '../../money/decimal.js';
import type { SavingsThresholds } from './thresholds.js';
import type { RecordStore, SpendRecord } from './record.js';

export const CANDIDATE_KINDS = ['overlap', 'price-increase', 'duplicate-charge', 'unused', 'annual-billing', 'spike'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

export interface Candidate {
  kind: CandidateKind;
  /** the vendor the action is about (for an overlap: the one(s) to drop) */
  vendor: string;
  /** grouping keys of `vendor`, for matching the register */
  vendorKeys: string[];
  category: string;
  /** estimated saving a year, or the one-off amount for duplicates and spikes */
  annual: Decimal;
  oneOff: boolean;
  confidence: Confidence;
  evidence: SourceRef[];
  /** one sentence: how the estimate was computed */
  basis: string;
  /** a register title for the ready-to-paste snippet */
  title: string;
}

/** What every detector gets: the records, the last month of the data, and the thresholds. */
export interface DetectorInput {
  records: RecordStore;
  /** latest month in the data: recency windows end here */
  endMonth: string;
  thresholds: SavingsThresholds;
  currency: string;
  /** the business function a category serves (overlap: tools serving different functions are not substitutes) */
  functionOf: (category: string) => string;
}

export type Detector = (input: DetectorInput) => Candidate[];

/** How much of an estimate a finance partner can count on, by confidence (ranking only). */
const CONFIDENCE_WEIGHT: Record<Confidence, Decimal> = {
  high: { units: 10n, scale: 1 },
  medium: { units: 6n, scale: 1 },
  low: { units: 3n, scale: 1 },
};

/** The value a candidate ranks by: its estimate × its confidence. */
export function rankValue(c: Candidate): Decimal {
  return mul(c.annual, CONFIDENCE_WEIGHT[c.confidence]);
}

/** Candidates ranked by value × confidence, then by estimate, kind, vendor and first line. */
export function byValue(a: Candidate, b: Candidate): number {
  return (
    compare(rankValue(b), rankValue(a)) ||
    compare(b.annual, a.annual) ||
    CANDIDATE_KINDS.indexOf(a.kind) - CANDIDATE_KINDS.indexOf(b.kind) ||
    (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0) ||
    (a.evidence[0] && b.evidence[0] ? (a.evidence[0].source < b.evidence[0].source ? -1 : a.evidence[0].source > b.evidence[0].source ? 1 : a.evidence[0].line - b.evidence[0].line) : 0)
  );
}

/** The category carrying most of these records' spend (ties: the first id). */
export function mainCategory(records: readonly SpendRecord[]): string {
  const totals = new Map<string, Decimal>();
  for (const r of records) totals.set(r.category, add(totals.get(r.category) ?? ZERO, r.amount));
  let best: string | undefined;
  let bestAmount: Decimal | undefined;
  for (const [c, a] of [...totals].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (bestAmount === undefined || compare(a, bestAmount) > 0) {
      best = c;
      bestAmount = a;
    }
  }
  return best ?? '';
}

/** Money in a basis sentence: 1,234.56 USD. */
export function amountText(d: Decimal, currency: string): string {
  return `${toGrouped(d, 2)} ${currency}`;
}

/** A fraction as a percentage with one decimal: 0.2143 -> 21.4%. */
export function pctText(fraction: Decimal): string {
  return `${toFixed({ units: fraction.units * 100n, scale: fraction.scale }, 1)}%`;
}
