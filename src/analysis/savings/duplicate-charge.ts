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
 * to two different accounts are two charges. Without a reference, evidence must be stronger:
 * - a vendor that charges this amount several times on one day on other days too (court fees,
 *   vehicle licences, tickets: a card file lists each) is doing what it always does: held back,
 *   counted (`DuplicateHoldBacks.habitual`), not a candidate;
 * - lines that agree on nothing but vendor, amount and day (no description: a card file) are a
 *   duplicate only where the vendor bills that amount as a recurring charge (in at least
 *   `RECURRING_MONTHS` months): a subscription billed twice. Elsewhere (4 × 16.66 at an electronics
 *   shop on one day) they are several items of one purchase, most likely: held back, counted
 *   (`DuplicateHoldBacks.unexplained`); the ones kept are medium confidence;
 * - several units bought at once: identical lines at a vendor selling by the unit (a catalog
 *   vendor of the hardware or travel pool: two fares for two travellers, two identical laptops),
 *   or three and more identical lines (four £24.99 app licences for one school): held back,
 *   counted (`DuplicateHoldBacks.units`).
 * A line that repeats a block published earlier in the same file (repeated-block.ts) is reported
 * with the republished rows.
 */
import { compare, times } from '../../money/decimal.js';
import { dayNumber } from '../../period/period.js';
import type { SourceRef } from '../../ingest/line.js';
import { amountText, type Candidate, type Confidence, type DetectorInput } from './candidate.js';
import { byDate, byRef, refOf, type SpendRecord } from './spend-record.js';
import { amountKey, descriptionKey, vendorGroups } from './series.js';
import { compareReferences, REF_SEPARATOR } from './line-tags.js';
import { sellsByUnit } from './unit-vendors.js';

/** A row seen in two files, or in a block published twice in one file: the data counts it twice. */
export interface Republished {
  vendor: string;
  first: SourceRef;
  second: SourceRef;
}

/** What the detector held back instead of calling it a duplicate. */
export interface DuplicateHoldBacks {
  /** groups of identical same-day charges, without a reference, at a vendor that charges this amount several times a day on other days too */
  habitual: number;
  /** groups of same-day lines with nothing but vendor, amount and day in common, at a vendor that does not bill that amount as a recurring charge */
  unexplained: number;
  /** groups of identical lines, without a reference, that read as several units of one purchase */
  units: number;
}


/** Months a vendor bills an amount in before the amount is a recurring charge (a subscription). */
export const RECURRING_MONTHS = 3;

/** Days with the same amount charged more than once (in one file) before the detector calls that usual. */
export const HABIT_DAYS = 2;

function isRepublished(a: SpendRecord, b: SpendRecord): boolean {
  return a.source !== b.source && a.date === b.date && a.reference === b.reference && descriptionKey(a.description) === descriptionKey(b.description) && compare(a.amount, b.amount) === 0;
}

/** Whether b repeats a, how sure that is and what says so (undefined: two charges). */
function duplicateOf(a: SpendRecord, b: SpendRecord, days: number): { confidence: Confidence; byReference: boolean } | undefined {
  const c = judge(a, b, days);
  if (c === undefined) return undefined;
  const byReference = a.reference !== '' && b.reference !== '' && (a.source !== b.source ? a.reference === b.reference : compareReferences(a.reference, b.reference) === 'same');
  return { confidence: c, byReference };
}

function judge(a: SpendRecord, b: SpendRecord, days: number): Confidence | undefined {
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
  if (!sameFile) return 'high';
  // no reference to tell them apart: identical lines on one day are as sure as it gets without one,
  // when they say something; vendor, amount and day alone are a lead, not a finding
  if (a.description === '' && b.description === '') return 'medium';
  return a.date === b.date ? 'high' : 'medium';
}

/** Dates (per file) on which this group's amount was charged more than once. */
function repeatDays(rs: readonly SpendRecord[]): Map<string, Set<string>> {
  const seen = new Set<string>();
  const out = new Map<string, Set<string>>();
  for (const r of rs) {
    const k = `${r.source}\u0000${r.date}`;
    if (!seen.has(k)) seen.add(k);
    else {
      let days = out.get(r.source);
      if (days === undefined) out.set(r.source, (days = new Set()));
      days.add(r.date);
    }
  }
  return out;
}

const WITHHELD = /^(redacted|withheld|not disclosed|personal data|confidential)\b/i;

export function findDuplicateCharges(
  input: DetectorInput,
  republished: Republished[] = [],
  /** lines repeating a block published earlier in their file: `source\0line` → the line repeated */
  blockCopies: ReadonlyMap<string, SourceRef> = new Map(),
  held: DuplicateHoldBacks = { habitual: 0, unexplained: 0, units: 0 },
): Candidate[] {
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
      const copyOf = blockCopies.get(`${r.source}\u0000${r.line}`);
      const original = copyOf ?? rs.find((x) => isRepublished(x, r));
      if (original !== undefined) republished.push({ vendor: r.vendor, first: refOf(original), second: refOf(r) });
      else rs.push(r);
    }
    if (rs.length < 2) continue;
    const repeats = repeatDays(rs);
    // clusters of charges each a duplicate of an earlier one in the cluster
    let cluster: SpendRecord[] = [rs[0]!];
    let confidence: Confidence = 'high';
    let byReference = false;
    const flush = () => {
      if (cluster.length >= 2 && !byReference && new Set(cluster.map((r) => r.source)).size === 1) {
        // several identical charges a day are this vendor's habit, not a slip, when other days show it too
        const days = repeats.get(cluster[0]!.source);
        const others = days === undefined ? 0 : [...days].filter((d) => !cluster.some((r) => r.date === d)).length;
        if (others >= HABIT_DAYS) {
          held.habitual++;
          return;
        }
        if (cluster.length >= 3 || sellsByUnit(cluster[0]!.catalogId)) {
          held.units++;
          return;
        }
        // nothing but vendor, amount and day: a double-billed subscription, or items of one purchase
        if (cluster.every((r) => r.description === '') && new Set(rs.map((r) => r.month)).size < RECURRING_MONTHS) {
          held.unexplained++;
          return;
        }
      }
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
      let refSays = false;
      for (const c of cluster) {
        const found = duplicateOf(c, r, t.duplicateDays);
        if (found === undefined) continue;
        if (found.byReference) refSays = true;
        if (found.confidence === 'high' || best === undefined) best = found.confidence;
      }
      if (best !== undefined && compare(r.amount, cluster[0]!.amount) === 0) {
        cluster.push(r);
        if (best === 'medium') confidence = 'medium';
        if (refSays) byReference = true;
      } else {
        flush();
        cluster = [r];
        confidence = 'high';
        byReference = false;
      }
    }
    flush();
  }
  return out;
}
