/**
 * Savings lines as plain data (typed arrays and name lists): what a spilled partition writes to
 * disk and what a worker thread hands the main thread. Numbers refer to a RecordNames.
 */
import type { Decimal } from '../../money/decimal.js';

/** Lines as plain data whose numbers refer to a shared RecordNames (a spilled partition's frame). */
export interface RecordFrame {
  n: number;
  source: Uint16Array;
  line: Uint32Array;
  date: Uint32Array;
  vendor: Uint32Array;
  account: Uint32Array;
  currency: Uint16Array;
  category: Uint32Array;
  units: Float64Array;
  scale: Uint8Array;
  sourceUnits: Float64Array;
  sourceScale: Uint8Array;
  descriptions: string[];
  /** reference and split key per line (line-tags.ts), '' for most lines of most files */
  tags: string[];
  bigUnits: [number, { amount?: bigint; source?: bigint }][];
  extras: [number, { quantity: Decimal | undefined; usage: Decimal | undefined; unitPrice: Decimal | undefined }][];
}

/** A collector's lines as plain data with their names, to carry between threads (`RecordCollector.append`). */
export interface RecordColumns extends RecordFrame {
  wins: string[];
  /** vendors with a line that has a service period (RecordCollector.spread) */
  spread: string[];
  lastDate: string | undefined;
  vendors: string[];
  sources: string[];
  dates: string[];
  accounts: string[];
  currencies: string[];
  categories: string[];
}
