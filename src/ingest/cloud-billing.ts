/**
 * What a cloud provider's own billing export means that a GL does not: its provider column says
 * "Microsoft" or "Oracle" for the cloud (never the office suite or the database licence), and
 * the GCP export's `credits` column is part of the cost, netted on the invoice.
 */
import { add, type Decimal, parseDecimal } from '../money/decimal.js';

/** Header names only cloud billing exports carry (FOCUS, Azure cost exports, AWS CUR, GCP, OCI). */
const CLOUD_BILLING_COLUMNS = [
  'BilledCost', // FOCUS
  'ChargePeriodStart',
  'MeterCategory', // Azure EA / MCA cost exports, either case
  'meterCategory',
  'ConsumedService',
  'consumedService',
  'lineItem/UsageAccountId', // AWS CUR (legacy and snake_case)
  'line_item_usage_account_id',
  'cost/myCost', // OCI cost report
  'sku.description', // GCP billing export
  'usage_start_time',
];

/** Whether a file with these header names is a cloud provider's billing export. */
export function isCloudBillingExport(header: { has(name: string): boolean }): boolean {
  return CLOUD_BILLING_COLUMNS.some((c) => header.has(c));
}

/** The GCP billing export: `cost` is gross, and a `credits` column holds what the invoice nets off. */
export function gcpCreditsColumn(header: ReadonlyMap<string, number>, amountColumn: string | undefined): number | undefined {
  if (amountColumn !== 'cost' || !(header.has('usage_start_time') || header.has('sku.description'))) return undefined;
  return header.get('credits');
}

// each credit's amount in the export's list: Python repr (`'amount': -5e-06`) or JSON (`"amount": -5e-06`)
const CREDIT_AMOUNT = /["']amount["']\s*:\s*(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/**
 * The sum of a `credits` cell's amounts (negative: credits reduce cost), undefined when the cell
 * holds none (`[]`, empty), or a text that is not a list of credits (the caller rejects the row).
 */
export function sumCredits(cell: string): Decimal | undefined | 'unreadable' {
  const text = cell.trim();
  if (text === '' || text === '[]' || text === 'NULL') return undefined;
  if (!text.startsWith('[')) return 'unreadable';
  let sum: Decimal | undefined;
  for (const m of text.matchAll(CREDIT_AMOUNT)) {
    const amount = parseDecimal(m[1]!);
    if (amount === undefined) return 'unreadable';
    sum = sum === undefined ? amount : add(sum, amount);
  }
  return sum;
}
