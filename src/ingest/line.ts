import type { Decimal } from '../money/decimal.js';

/** Where a value came from: the file as named on the command line, and the 1-based line its record starts on. */
export interface SourceRef {
  source: string;
  line: number;
}

/** Header name → column index, shared by every line of one file. */
export type HeaderIndex = ReadonlyMap<string, number>;

/** One expense line, normalized from a source row. Amount is in the source currency, expense positive. */
export interface ExpenseLine extends SourceRef {
  date: string;
  vendor: string;
  description: string;
  account: string;
  department: string;
  costCenter: string;
  currency: string;
  amount: Decimal;
  quantity?: Decimal | undefined;
  unitPrice?: Decimal | undefined;
  usage?: Decimal | undefined;
  /** the raw row, for `column.<header>` matchers */
  fields: readonly string[];
  header: HeaderIndex;
}

/** A row that could not be read, with the reason; it is reported, never dropped silently. */
export interface Rejection extends SourceRef {
  reason: string;
  column?: string;
  text?: string;
  /** the amount when it could be read (kept for reconciliation) */
  amount?: Decimal;
  currency?: string;
  hint?: string;
}

export function columnValue(line: Pick<ExpenseLine, 'fields' | 'header'>, name: string): string | undefined {
  let i = line.header.get(name);
  if (i === undefined) {
    const lower = name.toLowerCase();
    for (const [k, v] of line.header) {
      if (k.toLowerCase() === lower) {
        i = v;
        break;
      }
    }
  }
  return i === undefined ? undefined : line.fields[i];
}
