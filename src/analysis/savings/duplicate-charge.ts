/**
 * `duplicate-charge`: the same vendor charging the same amount twice within a day or so, in one
 * file or across files (a card charge and a GL invoice for one bill). What tells charges apart
 * decides first:
 * - a transaction reference (mapped or detected, line-tags.ts): the same reference twice is a
 *   duplicate with high confidence; two different references in one file are two transactions;
 * - where a line is booked: an invoice split across two cost centres or funds is one bill booked
 *   in parts, not a duplicate;
 * - a row published again in a second file (same date, description, reference and amount) is a
 *   double count of the data, reported as such (`republished`), never a charge to claim back.
 * Without a reference, in one file the two lines must also say the same thing, and lines booked
 * to two different accounts are two charges.
 */
import { compare, times } from '../../money/decimal.js';
import { dayNumber } from '../../period/period.js';
import type { SourceRef } from '../../ingest/line.js';
import { amountText, type Candidate, type Confidence, type DetectorInput } from './candidate.js';
import { byDate, byRef, refOf, type SpendRecord } from './spend-record.js';
import { amountKey, descriptionKey, vendorGroups } from './series.js';
import { compareReferences, REF_SEPARATOR } from './line-tags.js';

/** A row seen in two files: the data counts it twice. */
export interface Republished {
  vendor: string;
  first: SourceRef;
  second: SourceRef;
}

function isRepublished(a: SpendRecord, b: SpendRecord): boolean {
  return a.source !== b.source && a.date === b.date && a.reference === b.reference && descriptionKey(a.description) === descriptionKey(b.description) && compare(a.amount, b.amount) === 0;
}

/** Whether b repeats a, and how sure that is (undefined: two charges). */
function duplicateOf(a: SpendRecord, b: SpendRecord, days: number): Confidence | undefined {
  if (Math.abs(dayNumber(a.date) - dayNumber(b.date)) > days) return undefined;
  if (a.account !== '' && b.account !== '' && a.account.toLowerCase() !== b.account.toLowerCase()) return undefined;
  const sameFile = a.source === b.source;
  if (sameFile && a.split !== b.split) return undefined; // an invoice split across funds / cost centres
  if (sameFile) {
    const refs = compareReferences(a.reference, b.reference);
    if (refs === 'same') return 'high';
    // two invoices or two transactions; or identical lines of one payment: not a second charge
    if (refs === 'different' || refs === 'one-payment') return undefined;
  } else if (a.reference !== '' && a.reference === b.reference) return 'high';
  // across systems references number differently: they neither confirm nor rule out
  if (sameFile && descriptionKey(a.description) !== descriptionKey(b.description)) return undefined;
  // no reference to tell them apart: identical lines on one day are as sure as it gets without one
  return a.date === b.date || !sameFile ? 'high' : 'medium';
}

const WITHHELD = /^(redacted|withheld|not disclosed|personal data|confidential)\b/i;

export function findDuplicateCharges(input: DetectorInput, republished: Republished[] = []): Candidate[] {
  const { thresholds: t, currency } = input;
  const out: Candidate[] = [];
  const store = input.records;
  for (const group of vendorGroups(store, (i) => store.amount(i).units > 0n, (i) => amountKey(store.amount(i)), 2)) {
    const all = [...group].sort(byDate);
    // a withheld payee name stands for many payees: equal amounts there say nothing
    if (WITHHELD.test(all[0]!.vendor)) continue;
    // a row published again in another file is the data counting it twice: set aside, reported apart
    const rs: SpendRecord[] = [];
    for (const r of all) {
      const original = rs.find((x) => isRepublished(x, r));
      if (original !== undefined) republished.push({ vendor: r.vendor, first: refOf(original), second: refOf(r) });
      else rs.push(r);
    }
    if (rs.length < 2) continue;
    // clusters of charges each a duplicate of an earlier one in the cluster
    let cluster: SpendRecord[] = [rs[0]!];
    let confidence: Confidence = 'high';
    const flush = () => {
      if (cluster.length >= 2) {
        const first = cluster[0]!;
        const copies = cluster.length - 1;
        const files = new Set(cluster.map((r) => r.source));
        const where = files.size === 1 ? `in ${first.source}` : `across ${[...files].join(' and ')}`;
        const primary = (r: SpendRecord) => r.reference.split(REF_SEPARATOR).find((x) => x !== '') ?? '';
        const refs = [...new Set(cluster.map(primary).filter((x) => x !== ''))];
        const refText = refs.length === 1 ? `, the same reference ${refs[0]}` : '';
        out.push({
          kind: 'duplicate-charge',
          vendor: first.vendor,
          vendorKeys: [first.vendorKey],
          category: first.category,
          annual: times(first.amount, BigInt(copies)),
          oneOff: true,
          confidence,
          evidence: cluster.map(refOf).sort(byRef),
          basis: `${amountText(first.amount, currency)} charged ${cluster.length === 2 ? 'twice' : `${cluster.length} times`} ${where}, ${first.date === cluster.at(-1)!.date ? `on ${first.date}` : `${first.date} and ${cluster.at(-1)!.date}`}${first.description ? ` ("${first.description}")` : ''}${refText}; one-off: claim back ${copies === 1 ? 'the second charge' : `${copies} extra charges`}.`,
          title: `Claim back the duplicate ${first.vendor} charge of ${amountText(first.amount, currency)} (${first.date})`,
        });
      }
    };
    for (let i = 1; i < rs.length; i++) {
      const r = rs[i]!;
      let best: Confidence | undefined;
      for (const c of cluster) {
        const conf = duplicateOf(c, r, t.duplicateDays);
        if (conf === 'high' || (conf === 'medium' && best === undefined)) best = conf;
      }
      if (best !== undefined && compare(r.amount, cluster[0]!.amount) === 0) {
        cluster.push(r);
        if (best === 'medium') confidence = 'medium';
      } else {
        flush();
        cluster = [r];
        confidence = 'high';
      }
    }
    flush();
  }
  return out;
}
