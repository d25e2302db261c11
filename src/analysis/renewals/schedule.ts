/**
 * The renewal calendar as of one date: the guesses from spend (detect.ts), overridden per vendor
 * by the contract table when there is one (its date, notice period and committed amount), and the
 * windows a CFO asks about: before the fiscal year ends, and in the next N days.
 */
import type { SourceRef } from '../../ingest/line.js';
import { compare, type Decimal } from '../../money/decimal.js';
import type { Unexamined } from '../savings/scope.js';
import { dayNumber } from '../../period/period.js';
import { type Cadence, type Confidence, DEFAULT_DETECT, type DetectOptions, detectRenewal, minusDays, type PriceChange, type RenewalGuess, type SeenOnce, type VendorLines } from './detect.js';

/** One row of the contract table (config `contracts:` or `--contracts`). */
export interface Contract {
  /** as written, and its key (savings/record.ts identity: catalog id, else the normalized name) */
  vendor: string;
  vendorKey: string;
  renewalDate: string;
  noticeDays: number | undefined;
  committed: Decimal | undefined;
  /** file:line */
  where: string;
}

/** due: listed (on or before the horizon); later: after it; lapsed: a guessed billing that did not come */
export type RenewalStatus = 'due' | 'later' | 'lapsed';

export interface Renewal {
  vendorKey: string;
  vendor: string;
  category: string;
  /** the cycle seen in spend; undefined for a contract without spend evidence */
  cadence: Cadence | undefined;
  date: string;
  /** the committed amount, else the latest billing; undefined for a contract with neither */
  amount: Decimal | undefined;
  /** 'contract' when the contract table gives the date */
  confidence: Confidence | 'contract';
  noticeDeadline: string | undefined;
  /** days from the as-of date to the renewal (negative: expected and not seen yet) */
  daysLeft: number;
  noticeDaysLeft: number | undefined;
  beforeFiscalYearEnd: boolean;
  inWindow: boolean;
  status: RenewalStatus;
  priceChange: PriceChange | undefined;
  evidence: SourceRef[];
  /** the spend guess this row rests on or overrides */
  guess: RenewalGuess | undefined;
  contract: Contract | undefined;
}

export interface RenewalCalendar {
  asOf: string;
  fiscalYearEnd: string;
  withinDays: number;
  /** how late a guessed billing may come before it counts as lapsed */
  toleranceDays: number;
  /** every renewal, by date then vendor */
  renewals: Renewal[];
  /** vendors billed on one date only: not a pattern */
  seenOnce: SeenOnce[];
  /** contracts whose renewal date is before the as-of date (the table needs updating) */
  pastContracts: Contract[];
  /** guesses from spend whose amount is below the materiality floor: held back, counted (savings/materiality.ts) */
  belowFloor?: { count: number; floor: Decimal } | undefined;
  /** the lines renewals did not look at (uncategorized: savings/scope.ts), from the reconciliation */
  unexamined?: Unexamined | undefined;
}

export interface CalendarOptions extends DetectOptions {
  asOf: string;
  fiscalYearEnd: string;
  withinDays: number;
  /** guesses from spend below this amount are held back (a vendor in the contract table never is) */
  materialFloor?: Decimal | undefined;
}

export function renewalCalendar(vendors: readonly VendorLines[], contracts: readonly Contract[], o: CalendarOptions): RenewalCalendar {
  const tolerance = o.toleranceDays ?? DEFAULT_DETECT.toleranceDays;
  const guesses = new Map<string, RenewalGuess>();
  const seenOnce: SeenOnce[] = [];
  const names = new Map<string, { vendor: string; category: string }>();
  for (const v of vendors) {
    names.set(v.vendorKey, { vendor: v.vendor, category: v.category });
    const d = detectRenewal(v, { toleranceDays: tolerance });
    if (d.kind === 'renewal') guesses.set(v.vendorKey, d.guess);
    else if (d.kind === 'seen-once') seenOnce.push(d.once);
  }
  const asOf = dayNumber(o.asOf);
  const horizon = Math.max(dayNumber(o.fiscalYearEnd), asOf + o.withinDays);
  const rows: Renewal[] = [];
  const byContract = new Map<string, Contract>();
  for (const c of contracts) byContract.set(c.vendorKey, c);
  // two £120 bills six months apart are no renewal to plan for: below the floor, held back
  let belowFloor = 0;
  if (o.materialFloor !== undefined)
    for (const [key, g] of guesses)
      if (!byContract.has(key) && compare(g.amount, o.materialFloor) < 0) {
        guesses.delete(key);
        belowFloor++;
      }
  const pastContracts = contracts.filter((c) => dayNumber(c.renewalDate) < asOf);
  const keys = new Set([...guesses.keys(), ...byContract.keys()]);
  for (const key of keys) {
    const guess = guesses.get(key);
    const contract = byContract.get(key);
    const date = contract?.renewalDate ?? guess!.next;
    const daysLeft = dayNumber(date) - asOf;
    const noticeDeadline = contract?.noticeDays !== undefined ? minusDays(date, contract.noticeDays) : undefined;
    // a guessed billing more than the tolerance overdue did not come: stopped, or billed elsewhere
    const lapsed = contract === undefined && daysLeft < -tolerance;
    const listed = !lapsed && dayNumber(date) <= horizon && (contract === undefined || daysLeft >= 0);
    const named = names.get(key);
    rows.push({
      vendorKey: key,
      vendor: guess?.vendor ?? named?.vendor ?? contract!.vendor,
      category: guess?.category ?? named?.category ?? '',
      cadence: guess?.cadence,
      date,
      amount: contract?.committed ?? guess?.amount,
      confidence: contract !== undefined ? 'contract' : guess!.confidence,
      noticeDeadline,
      daysLeft,
      noticeDaysLeft: noticeDeadline === undefined ? undefined : dayNumber(noticeDeadline) - asOf,
      beforeFiscalYearEnd: daysLeft >= -tolerance && date <= o.fiscalYearEnd,
      inWindow: daysLeft >= -tolerance && daysLeft <= o.withinDays,
      status: lapsed ? 'lapsed' : listed ? 'due' : 'later',
      priceChange: guess?.priceChange,
      evidence: guess?.billings.flatMap((b) => b.refs) ?? [],
      guess,
      contract,
    });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0));
  seenOnce.sort((a, b) => (a.billing.date < b.billing.date ? -1 : a.billing.date > b.billing.date ? 1 : a.vendor < b.vendor ? -1 : 1));
  return {
    asOf: o.asOf,
    fiscalYearEnd: o.fiscalYearEnd,
    withinDays: o.withinDays,
    toleranceDays: tolerance,
    renewals: rows,
    seenOnce,
    pastContracts,
    belowFloor: o.materialFloor === undefined ? undefined : { count: belowFloor, floor: o.materialFloor },
  };
}

/**
 * `--fail-on renewals-in<30d`: the renewals and notice deadlines that fall within `days` of the
 * as-of date (from today on; `inclusive` for `<=`). Lapsed guesses do not count.
 */
export function renewalsWithin(cal: RenewalCalendar, days: number, inclusive: boolean): { renewal: Renewal; what: 'renewal' | 'notice deadline'; daysLeft: number }[] {
  // a guessed billing expected in the last few days and not seen yet is due now
  const hit = (d: number, from: number) => d >= from && (inclusive ? d <= days : d < days);
  const out: { renewal: Renewal; what: 'renewal' | 'notice deadline'; daysLeft: number }[] = [];
  for (const r of cal.renewals) {
    if (r.status === 'lapsed') continue;
    if (r.noticeDaysLeft !== undefined && hit(r.noticeDaysLeft, 0)) out.push({ renewal: r, what: 'notice deadline', daysLeft: r.noticeDaysLeft });
    if (hit(r.daysLeft, r.contract !== undefined ? 0 : -cal.toleranceDays)) out.push({ renewal: r, what: 'renewal', daysLeft: r.daysLeft });
  }
  return out;
}
