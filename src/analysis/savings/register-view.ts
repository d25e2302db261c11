/**
 * The register next to the data: which candidates it already tracks (matched by vendor, and by
 * kind when the item names one), a ready-to-paste YAML line for the others, the realized and
 * redeployed money by destination category, and the days left in the fiscal year.
 */
import { lookupVendor, vendorIdentity } from '../../catalog/catalog.js';
import { add, type Decimal, toFixed, toGrouped, ZERO } from '../../money/decimal.js';
import { addMonths, dayNumber, fiscalYearFirstMonth, fiscalYearOf, lastDayOfMonth, monthOf } from '../../period/period.js';
import type { Candidate } from './candidate.js';
import type { SavingsItem, SavingsStatus } from './register.js';

function itemKeys(vendor: string): { key: string | undefined; name: string } {
  const catalog = lookupVendor(vendor);
  const name = vendorIdentity(vendor);
  return { key: catalog ? `catalog:${catalog.id}` : name === '' ? undefined : `name:${name}`, name };
}

/** Does the register item's vendor name one of the candidate's vendors? */
export function vendorMatches(item: SavingsItem, candidate: Candidate): boolean {
  if (item.vendor === undefined) return false;
  const { key, name } = itemKeys(item.vendor);
  if (key !== undefined && candidate.vendorKeys.includes(key)) return true;
  if (name === '') return false;
  // "Notion" in the register, "Notion Labs" in the data: a whole-word prefix of a vendor name
  return candidate.vendor.split(' + ').some((v) => {
    const n = vendorIdentity(v);
    return n === name || n.startsWith(`${name} `);
  });
}

/** The register item each candidate is already tracked by (first by register order), if any. */
export function matchRegister(candidates: readonly Candidate[], items: readonly SavingsItem[]): Map<Candidate, SavingsItem> {
  const out = new Map<Candidate, SavingsItem>();
  for (const c of candidates) {
    const byKind = items.find((i) => i.kind === c.kind && vendorMatches(i, c));
    const byVendor = byKind ?? items.find((i) => i.kind === undefined && vendorMatches(i, c));
    if (byVendor) out.set(c, byVendor);
  }
  return out;
}

export interface FiscalClock {
  asOf: string;
  fiscalYear: string;
  fiscalYearEnd: string;
  daysLeft: number;
}

export function fiscalClock(asOf: string, fiscalYearStart: number): FiscalClock {
  const fy = fiscalYearOf(monthOf(asOf), fiscalYearStart);
  const end = lastDayOfMonth(addMonths(fiscalYearFirstMonth(fy, fiscalYearStart), 11));
  return { asOf, fiscalYear: `FY${fy}`, fiscalYearEnd: end, daysLeft: dayNumber(end) - dayNumber(asOf) };
}

export interface RedeploymentRow {
  /** destination category id, or '' for money not assigned to one */
  destination: string;
  realized: Decimal;
  redeployed: Decimal;
  items: string[];
}

/** Realized and redeployed money by destination category (destinations in id order, unassigned last). */
export function redeploymentSummary(items: readonly SavingsItem[]): RedeploymentRow[] {
  const rows = new Map<string, RedeploymentRow>();
  for (const i of items) {
    if (i.status !== 'realized' && i.status !== 'redeployed') continue;
    const dest = i.redeployTo ?? '';
    let r = rows.get(dest);
    if (r === undefined) rows.set(dest, (r = { destination: dest, realized: ZERO, redeployed: ZERO, items: [] }));
    if (i.status === 'realized') r.realized = add(r.realized, i.annual);
    else r.redeployed = add(r.redeployed, i.annual);
    r.items.push(i.id);
  }
  return [...rows.values()].sort((a, b) => (a.destination === '' ? 1 : b.destination === '' ? -1 : a.destination < b.destination ? -1 : 1));
}

export function totalsByStatus(items: readonly SavingsItem[]): Map<SavingsStatus, { amount: Decimal; count: number }> {
  const out = new Map<SavingsStatus, { amount: Decimal; count: number }>();
  for (const i of items) {
    const t = out.get(i.status) ?? { amount: ZERO, count: 0 };
    out.set(i.status, { amount: add(t.amount, i.annual), count: t.count + 1 });
  }
  return out;
}

/** Warnings a CTO office wants before the year closes: committed savings that will not land in time. */
export function registerWarnings(items: readonly SavingsItem[], clock: FiscalClock): string[] {
  const out: string[] = [];
  for (const i of items) {
    if (i.status !== 'approved' && i.status !== 'in-progress') continue;
    const amount = toGrouped(i.annual, 2);
    if (i.due !== undefined && i.due < clock.asOf)
      out.push(`${i.id} (${i.status}, ${amount} a year) was due ${i.due} and is not realized yet; ${clock.daysLeft} days left in ${clock.fiscalYear}.`);
    else if (i.due !== undefined && i.due > clock.fiscalYearEnd)
      out.push(`${i.id} (${i.status}, ${amount} a year) is due ${i.due}, after ${clock.fiscalYear} ends on ${clock.fiscalYearEnd}: it will not be realized this fiscal year.`);
    else
      out.push(`${i.id} (${i.status}, ${amount} a year) is not realized yet: ${clock.daysLeft} days left before ${clock.fiscalYear} ends on ${clock.fiscalYearEnd}${i.due ? ` (due ${i.due})` : ''}.`);
  }
  return out;
}

/** Next free ids in the register's style: SAV-008, SAV-009, ... */
export function nextIds(items: readonly SavingsItem[], n: number): string[] {
  let prefix = 'SAV-';
  let width = 3;
  let max = 0;
  for (const i of items) {
    const m = /^(.*?)(\d+)$/.exec(i.id);
    if (m === null) continue;
    const value = Number(m[2]);
    if (value >= max) {
      max = value;
      prefix = m[1]!;
      width = m[2]!.length;
    }
  }
  return Array.from({ length: n }, (_, k) => `${prefix}${String(max + k + 1).padStart(width, '0')}`);
}

/** One register item as a YAML flow mapping, to paste under `items:`. */
export function yamlSnippet(id: string, c: Candidate, due: string): string {
  const q = (s: string) => JSON.stringify(s);
  const vendor = c.vendor.split(' + ')[0]!;
  return `- { id: ${id}, title: ${q(c.title)}, vendor: ${q(vendor)}, kind: ${c.kind}, status: idea, annual: "${toFixed(c.annual, 2)}", due: "${due}" }`;
}
