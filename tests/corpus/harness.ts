/**
 * Drive techspend's real read pipeline (scanInputs) over one corpus file and total what it read,
 * in the source currency, exactly as the oracle does (no conversion, no rounding).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig } from '../../src/config/build.js';
import type { Config } from '../../src/config/config.js';
import type { WrittenSource } from '../../src/config/schema.js';
import type { Rejection } from '../../src/ingest/line.js';
import { scanInputs, type ScanOptions } from '../../src/io/scan.js';
import { add, type Decimal, ZERO } from '../../src/money/decimal.js';
import type { FileSummary, Reconciliation } from '../../src/analysis/reconciliation.js';

export const CORPUS = process.env.TECHSPEND_CORPUS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
export const HAS_CORPUS = existsSync(resolve(CORPUS, 'expected.json'));
if (!HAS_CORPUS) console.warn(`corpus tests skipped: ${CORPUS} is absent (it is present in CI)`);
/** Real payment registers, card files and ledgers published by public bodies (their own oracle). */
export const PUBLIC_SPEND = process.env.TECHSPEND_PUBLIC_SPEND ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/public-spend');
export const HAS_PUBLIC_SPEND = existsSync(resolve(PUBLIC_SPEND, 'expected.json'));

// every currency in the corpus books 1:1 so that no row is rejected for want of a rate; totals are
// taken from the source amount anyway
const RATES = Object.fromEntries(['EUR', 'CAD', 'NOK', 'GBP', 'SGD', 'CHF', 'JOD', 'BTC', 'INR'].map((c) => [c, 1]));

export function corpusConfig(sources: Omit<WrittenSource, 'files'>[] | undefined, file: string): Config {
  const written = {
    currency: 'USD',
    rates: RATES,
    categories: [{ id: 'all', name: 'All' }],
    sources: sources?.map((s) => ({ files: `**/${file.split('/').pop()}`, ...s })),
  };
  const built = buildConfig(written, { path: '(corpus test)', dir: CORPUS, readRelative: () => ({ error: 'none' }) });
  if (built.config === undefined) throw new Error(built.diagnostics.map((d) => `${d.where}: ${d.message}`).join('\n'));
  return built.config;
}

export interface ScanTotals {
  used: number;
  sum: Decimal;
  monthly: Map<string, Decimal>;
  rejections: Rejection[];
  reconciliation: Reconciliation;
  summary: FileSummary;
  vendors: Set<string>;
}

export async function scanCorpusFile(file: string, sources?: Omit<WrittenSource, 'files'>[], options: ScanOptions = {}, root: string = CORPUS): Promise<ScanTotals> {
  const path = resolve(root, file);
  const config = corpusConfig(sources, file);
  let sum: Decimal = ZERO;
  let used = 0;
  const monthly = new Map<string, Decimal>();
  const vendors = new Set<string>();
  const { reconciliation } = await scanInputs(
    [path],
    config,
    {
      line: (l) => {
        used++;
        sum = add(sum, l.amount);
        const m = l.date.slice(0, 7);
        monthly.set(m, add(monthly.get(m) ?? ZERO, l.amount));
        vendors.add(l.vendor);
      },
    },
    { displayName: () => file, ...options },
  );
  return { used, sum, monthly, rejections: reconciliation.rejections, reconciliation, summary: reconciliation.files[0]!, vendors };
}
