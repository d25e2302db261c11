/**
 * `renewals`: the renewal calendar as a report. The human view lists what is due (before the
 * fiscal year ends, or within the window) by date, then the other recurring charges; the machine
 * view (csv, json) has every renewal with its status, evidence and last price change.
 */
import type { Config } from '../config/config.js';
import type { Renewal, RenewalCalendar } from '../analysis/renewals/schedule.js';
import { add, type Decimal, groupDigits, toGrouped, ZERO } from '../money/decimal.js';
import { type Column, int, money, percent, type Report, type ReportFooter, type Row, type Table, text } from './model.js';
import { labelOf } from './dimensions.js';
import { plainPct } from './sentences.js';

const MAX_REFS = 4;

function refsText(r: Renewal, all: boolean): string {
  const refs = r.evidence.map((e) => `${e.source}:${e.line}`);
  if (all || refs.length <= MAX_REFS) return refs.join(' ');
  // the latest billings are the ones that say when and how much
  return `… ${refs.length - MAX_REFS} more, ${refs.slice(-MAX_REFS).join(' ')}`;
}

function priceText(r: Renewal): string {
  const p = r.priceChange;
  if (p === undefined) return r.guess !== undefined && r.guess.billings.length > 1 ? 'none' : '';
  const sign = p.pct.units >= 0n ? '+' : '';
  return `${toGrouped(p.before)} → ${toGrouped(p.after)} (${sign}${plainPct(p.pct)}) on ${p.date}`;
}

const cycleText = (r: Renewal) => (r.cadence === undefined ? 'contract' : r.cadence);

function basisText(r: Renewal): string {
  if (r.contract !== undefined) return `contract ${r.contract.where}`;
  const g = r.guess!;
  return `${g.billings.length} ${g.cadence} billings (${g.billings[0]!.date} .. ${g.billings.at(-1)!.date}), drift ≤ ${g.driftDays} days`;
}

export function buildRenewalsReport(config: Config, cal: RenewalCalendar, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const cur = config.currency;
  const due = cal.renewals.filter((r) => r.status === 'due');
  const other = cal.renewals.filter((r) => r.status !== 'due');
  const category = (r: Renewal) => (r.category === '' ? '' : labelOf(r.category, 'category', config));
  const humanColumns: Column[] = [
    text('date', 'Renews'),
    text('vendor', 'Vendor'),
    text('category', 'Category'),
    text('cycle', 'Cycle'),
    money('amount', 'Amount'),
    text('confidence', 'Confidence'),
    text('notice', 'Notice by'),
    int('days', 'Days left'),
    text('price', 'Last price change'),
    text('evidence', 'Evidence'),
  ];
  const humanRow = (r: Renewal): Row => ({
    date: r.date,
    vendor: r.vendor,
    category: category(r),
    cycle: cycleText(r),
    amount: r.amount ?? null,
    confidence: r.confidence,
    notice: r.noticeDeadline ?? '',
    days: r.daysLeft,
    price: priceText(r),
    evidence: r.contract !== undefined ? `${r.contract.where}${r.evidence.length > 0 ? ` · ${refsText(r, false)}` : ''}` : refsText(r, false),
  });
  const dueTotal = due.reduce<Decimal>((acc, r) => add(acc, r.amount ?? ZERO), ZERO);
  const horizon = `before ${cal.fiscalYearEnd} (fiscal year end) or within ${cal.withinDays} days`;
  const summary: string[] = [];
  if (due.length === 0) summary.push(`As of ${cal.asOf}: no renewal due ${horizon}.`);
  else {
    const next = due[0]!;
    summary.push(
      `As of ${cal.asOf}: ${due.length} renewal${due.length === 1 ? '' : 's'} due ${horizon}, ${cur} ${toGrouped(dueTotal)} in total; the next: ${next.vendor} on ${next.date}${next.amount !== undefined ? ` (${cur} ${toGrouped(next.amount)})` : ''}.`,
    );
    const notices = due.filter((r) => r.noticeDeadline !== undefined && r.noticeDaysLeft! >= 0).sort((a, b) => (a.noticeDeadline! < b.noticeDeadline! ? -1 : 1));
    if (notices.length > 0) summary.push(`Notice deadlines: ${notices.map((r) => `${r.vendor} by ${r.noticeDeadline} (${r.noticeDaysLeft} days)`).join(', ')}.`);
    const missed = due.filter((r) => r.noticeDaysLeft !== undefined && r.noticeDaysLeft < 0);
    if (missed.length > 0) summary.push(`Notice deadline passed: ${missed.map((r) => `${r.vendor} (${r.noticeDeadline}; renews ${r.date})`).join(', ')}.`);
  }
  const held: string[] = [];
  const u = cal.unexamined;
  if (u !== undefined && u.lines > 0) held.push(`${groupDigits(u.lines)} uncategorized line${u.lines === 1 ? '' : 's'} (${cur} ${toGrouped(u.amount)}) not examined: renewals are guessed from lines a rule maps to a category`);
  const floor = cal.belowFloor;
  if (floor !== undefined && floor.count > 0)
    held.push(`${floor.count} recurring charge${floor.count === 1 ? '' : 's'} guessed from spend below the materiality floor of ${cur} ${toGrouped(floor.floor)} (--material, or --material-share of the spend of the last 12 months)`);
  if (held.length > 0) summary.push(`Held back: ${held.join('; ')}.`);
  const notes = [
    'From spend: a vendor billed quarterly (3+ billings), semi-annually or annually, each gap within 7 days of the cycle (within 21 days when an amount repeats) and each amount within ±50% of the one before; the next renewal = the latest billing + one cycle, for the latest amount. Monthly vendors are run rate, not renewals.',
    'Confidence: high = 3+ billings within 7 days of the cycle; medium = 3+ billings, or 2 identical ones within 7 days; low = 2 billings otherwise; contract = from the contract table (its date, notice and committed amount override the guess).',
  ];
  if (cal.seenOnce.length > 0) notes.push(`${cal.seenOnce.length} vendor${cal.seenOnce.length === 1 ? ' was' : 's were'} billed on one date only: seen once, not a pattern (add a contract row to track one).`);
  const sections: Table[] = [{ id: 'renewals', title: `Renewals due ${horizon}`, columns: humanColumns, rows: due.map(humanRow), ...(due.length > 0 ? { total: { date: 'Total', amount: dueTotal } } : {}), notes }];
  if (other.length > 0)
    sections.push({
      id: 'renewals-later',
      title: 'Other recurring charges',
      columns: [text('date', 'Next'), text('vendor', 'Vendor'), text('cycle', 'Cycle'), money('amount', 'Amount'), text('confidence', 'Confidence'), text('status', 'Status'), text('basis', 'Basis'), text('price', 'Last price change')],
      rows: other.map((r) => ({ date: r.date, vendor: r.vendor, cycle: cycleText(r), amount: r.amount ?? null, confidence: r.confidence, status: r.status === 'lapsed' ? `lapsed: expected about ${r.date}, not seen` : 'later', basis: basisText(r), price: priceText(r) })),
    });
  const past = cal.pastContracts;
  const allWarnings = [...warnings, ...past.map((c) => `${c.where}: the contract's renewal date ${c.renewalDate} is before the as-of date ${cal.asOf}: update the contract table (its next renewal date)`)];
  const dataColumns: Column[] = [
    text('vendor', 'vendor'),
    text('category', 'category'),
    text('cycle', 'cycle'),
    text('renewal_date', 'renewal_date'),
    money('amount', 'amount'),
    text('confidence', 'confidence'),
    text('status', 'status'),
    int('days_left', 'days_left'),
    text('notice_deadline', 'notice_deadline'),
    text('before_fy_end', 'before_fy_end'),
    text('within_window', 'within_window'),
    money('price_before', 'price_before'),
    money('price_after', 'price_after'),
    percent('price_change', 'price_change'),
    text('price_change_date', 'price_change_date'),
    int('billings', 'billings'),
    text('evidence', 'evidence'),
  ];
  return {
    version: 1,
    command: 'renewals',
    title: `Renewals as of ${cal.asOf}`,
    currency: cur,
    parameters: { currency: cur, 'as-of': cal.asOf, 'fiscal-year-end': cal.fiscalYearEnd, within: `${cal.withinDays}d` },
    summary,
    sections,
    data: {
      id: 'renewals',
      columns: dataColumns,
      rows: cal.renewals.map((r) => ({
        vendor: r.vendor,
        category: r.category,
        cycle: cycleText(r),
        renewal_date: r.date,
        amount: r.amount ?? null,
        confidence: r.confidence,
        status: r.status,
        days_left: r.daysLeft,
        notice_deadline: r.noticeDeadline ?? '',
        before_fy_end: r.beforeFiscalYearEnd ? 'yes' : 'no',
        within_window: r.inWindow ? 'yes' : 'no',
        price_before: r.priceChange?.before ?? null,
        price_after: r.priceChange?.after ?? null,
        price_change: r.priceChange?.pct ?? null,
        price_change_date: r.priceChange?.date ?? '',
        billings: r.guess?.billings.length ?? 0,
        evidence: [...(r.contract !== undefined ? [r.contract.where] : []), ...r.evidence.map((e) => `${e.source}:${e.line}`)].join(' '),
      })),
    },
    footer,
    warnings: allWarnings,
  };
}

