/**
 * `duplicate-charge`: the same vendor charging the same amount twice within a day or so, in one
 * file or across files (a card charge and a GL invoice for one bill). In one file the two lines
 * must also say the same thing; lines booked to two different accounts are two charges.
 */
import { compare, times } from '../../money/decimal.js';
import { dayNumber } from '../../period/period.js';
import { amountText, type Candidate, type DetectorInput } from './candidate.js';
import { byDate, byRef, refOf, type SpendRecord } from './record.js';
import { amountKey, descriptionKey, vendorGroups } from './series.js';

function isDuplicate(a: SpendRecord, b: SpendRecord, days: number): boolean {
  if (Math.abs(dayNumber(a.date) - dayNumber(b.date)) > days) return false;
  if (a.account !== '' && b.account !== '' && a.account.toLowerCase() !== b.account.toLowerCase()) return false;
  if (a.source === b.source && descriptionKey(a.description) !== descriptionKey(b.description)) return false;
  return true;
}

export function findDuplicateCharges(input: DetectorInput): Candidate[] {
  const { thresholds: t, currency } = input;
  const out: Candidate[] = [];
  const store = input.records;
  for (const group of vendorGroups(store, (i) => store.amount(i).units > 0n, (i) => amountKey(store.amount(i)), 2)) {
    const rs = [...group].sort(byDate);
    // clusters of charges each within the window of the previous one
    let cluster: SpendRecord[] = [rs[0]!];
    const flush = () => {
      if (cluster.length >= 2) {
        const first = cluster[0]!;
        const copies = cluster.length - 1;
        const files = new Set(cluster.map((r) => r.source));
        const where = files.size === 1 ? `in ${first.source}` : `across ${[...files].join(' and ')}`;
        out.push({
          kind: 'duplicate-charge',
          vendor: first.vendor,
          vendorKeys: [first.vendorKey],
          category: first.category,
          annual: times(first.amount, BigInt(copies)),
          oneOff: true,
          confidence: 'high',
          evidence: cluster.map(refOf).sort(byRef),
          basis: `${amountText(first.amount, currency)} charged ${cluster.length === 2 ? 'twice' : `${cluster.length} times`} ${where}, ${first.date === cluster.at(-1)!.date ? `on ${first.date}` : `${first.date} and ${cluster.at(-1)!.date}`}${first.description ? ` ("${first.description}")` : ''}; one-off: claim back ${copies === 1 ? 'the second charge' : `${copies} extra charges`}.`,
          title: `Claim back the duplicate ${first.vendor} charge of ${amountText(first.amount, currency)} (${first.date})`,
        });
      }
    };
    for (let i = 1; i < rs.length; i++) {
      const r = rs[i]!;
      if (cluster.some((c) => isDuplicate(c, r, t.duplicateDays)) && compare(r.amount, cluster[0]!.amount) === 0) cluster.push(r);
      else {
        flush();
        cluster = [r];
      }
    }
    flush();
  }
  return out;
}
