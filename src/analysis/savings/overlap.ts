/**
 * `overlap`: two or more vendors of one catalog overlap group (tools that do the same job), each
 * billed in every one of the last N months. Consolidating on the largest saves the others' spend.
 */
import { overlapGroupName, vendorById, type OverlapGroupId } from '../../catalog/catalog.js';
import { add, compare, type Decimal, times, ZERO } from '../../money/decimal.js';
import { addMonths } from '../../period/period.js';
import { amountText, type Candidate, type DetectorInput, mainCategory } from './candidate.js';
import { byRef, refOf, type SpendRecord } from './spend-record.js';
import { vendorMonthsOf, type VendorSeries } from './series.js';
import { MULTI_VENDOR_BY_DESIGN } from './thresholds.js';

export interface OverlapResult {
  candidates: Candidate[];
  /** groups in use side by side that are usually deliberate: named in a note, not counted */
  byDesign: { group: string; vendors: string[] }[];
  /** same group, but the vendors serve different business functions here: named in a note */
  differentFunctions: { group: string; vendors: string[] }[];
}

export function lastMonths(endMonth: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addMonths(endMonth, i - n + 1));
}

export function findOverlaps(input: DetectorInput): OverlapResult {
  const { endMonth, thresholds: t, currency } = input;
  const months = lastMonths(endMonth, t.overlapMonths);
  const groups = new Map<OverlapGroupId, VendorSeries[]>();
  for (const s of vendorMonthsOf(input.records).values()) {
    if (s.catalogId === undefined) continue;
    const group = vendorById(s.catalogId)?.overlapGroup;
    if (group === undefined) continue;
    // billed (net spend above zero) in every month of the window
    if (!months.every((m) => (s.months.get(m)?.amount.units ?? 0n) > 0n)) continue;
    let list = groups.get(group);
    if (list === undefined) groups.set(group, (list = []));
    list.push(s);
  }
  const candidates: Candidate[] = [];
  const byDesign: OverlapResult['byDesign'] = [];
  const differentFunctions: OverlapResult['differentFunctions'] = [];
  const fnOf = (s: VendorSeries) => input.functionOf(mainCategory(months.flatMap((m) => s.months.get(m)!.records)));
  for (const [group, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (members.length < 2) continue;
    const name = overlapGroupName(group);
    if (!t.overlapAll && MULTI_VENDOR_BY_DESIGN.includes(group)) {
      byDesign.push({ group: name, vendors: members.map((s) => s.vendor).sort() });
      continue;
    }
    // the company's own categories say which job a tool does: two vendors of one group that
    // serve different business functions here (a marketing hub, a sales CRM) are not substitutes
    const byFunction = new Map<string, VendorSeries[]>();
    for (const s of members) byFunction.set(fnOf(s), [...(byFunction.get(fnOf(s)) ?? []), s]);
    for (const [, list] of [...byFunction].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (list.length >= 2) candidatesOf(group, name, list);
    }
    if (byFunction.size > 1 && [...byFunction.values()].some((l) => l.length === 1)) {
      differentFunctions.push({ group: name, vendors: members.map((s) => `${s.vendor} (${fnOf(s)})`).sort() });
    }
  }
  return { candidates, byDesign, differentFunctions };

  function candidatesOf(group: OverlapGroupId, name: string, members: VendorSeries[]): void {
    const last = (s: VendorSeries): Decimal => s.months.get(endMonth)!.amount;
    const windowTotal = (s: VendorSeries): Decimal => months.reduce((acc, m) => add(acc, s.months.get(m)!.amount), ZERO as Decimal);
    // keep the largest in the latest month (then over the window, then by name)
    const ranked = [...members].sort((a, b) => compare(last(b), last(a)) || compare(windowTotal(b), windowTotal(a)) || (a.vendor < b.vendor ? -1 : 1));
    const keep = ranked[0]!;
    const drop = ranked.slice(1);
    const monthly = drop.reduce((acc, s) => add(acc, last(s)), ZERO as Decimal);
    const annual = times(monthly, 12n);
    const records: SpendRecord[] = [];
    for (const s of ranked) for (const m of months) records.push(...s.months.get(m)!.records.filter((r) => r.amount.units > 0n));
    const dropRecords = drop.flatMap((s) => months.flatMap((m) => s.months.get(m)!.records));
    const window = `${months[0]}..${months.at(-1)}`;
    const dropNames = drop.map((s) => s.vendor);
    const dropText = drop.map((s) => `${s.vendor} ${amountText(last(s), currency)}`).join(' + ');
    candidates.push({
      kind: 'overlap',
      vendor: dropNames.join(' + '),
      vendorKeys: drop.map((s) => s.vendorKey),
      category: mainCategory(dropRecords),
      annual,
      oneOff: false,
      confidence: MULTI_VENDOR_BY_DESIGN.includes(group) ? 'low' : 'medium',
      evidence: records.map(refOf).sort(byRef),
      basis: `${name}: ${ranked.map((s) => s.vendor).join(', ')} all billed in each month of ${window}; consolidating on ${keep.vendor} (the largest, ${amountText(last(keep), currency)} in ${endMonth}) saves ${dropText} a month in ${endMonth} × 12.`,
      title: `Consolidate ${name} on ${keep.vendor} (drop ${dropNames.join(', ')})`,
    });
  }
}
