/**
 * How good `init`'s draft is on a real ledger, against hand labels (labels/public-spend-technology.json):
 * recall = labelled technology spend the draft puts in scope / labelled technology spend;
 * precision = labelled technology spend in the draft's scope / the draft's technology scope;
 * both by absolute amount, over the lines the draft's config reads (categorize's rows).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../cli/run-cli.js';

export const PUBLIC_SPEND = process.env.TECHSPEND_PUBLIC_SPEND ?? resolve(import.meta.dirname, '../../../shared/public-spend');

export interface Register {
  file: string;
  init: string[];
  technologyAccounts: string[];
  notTechnologyVendors: string[];
  technologyVendors: string[];
}

export function registers(): Register[] {
  return (JSON.parse(readFileSync(resolve(import.meta.dirname, 'labels/public-spend-technology.json'), 'utf8')) as { registers: Register[] }).registers;
}

/** The hand label of one line. */
export function labelled(r: Register, vendor: string, account: string): boolean {
  const v = vendor.trim();
  if (r.technologyVendors.some((p) => new RegExp(p, 'i').test(v))) return true;
  if (r.notTechnologyVendors.some((p) => new RegExp(p, 'i').test(v))) return false;
  return r.technologyAccounts.includes(account.trim());
}

export interface Quality {
  recall: number;
  precision: number;
  labelled: number;
  drafted: number;
  both: number;
  lines: number;
}

const cents = (s: string) => {
  const c = Math.round(Number(s) * 100); // amounts here are display strings of whole cents: a ratio, not a sum
  return Math.abs(c);
};

export async function measure(r: Register): Promise<Quality> {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-draft-'));
  const file = join(PUBLIC_SPEND, r.file);
  const init = await runCli(['init', '--from', file, ...r.init, '--currency', 'GBP', '-q'], dir);
  if (init.code !== 0) throw new Error(`init failed on ${r.file}: ${init.stderr}`);
  const cat = await runCli(['categorize', file, '--format', 'csv', '-q'], dir);
  const rows = parse(cat.stdout, { columns: true }) as Record<string, string>[];
  let labelledSum = 0;
  let draftedSum = 0;
  let both = 0;
  for (const row of rows) {
    const a = cents(row.amount!);
    const isTech = labelled(r, row.vendor!, row.account!);
    const inScope = row.scope === 'technology';
    if (isTech) labelledSum += a;
    if (inScope) draftedSum += a;
    if (isTech && inScope) both += a;
  }
  return { recall: both / labelledSum, precision: both / draftedSum, labelled: labelledSum / 100, drafted: draftedSum / 100, both: both / 100, lines: rows.length };
}
