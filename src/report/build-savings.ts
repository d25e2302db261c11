/**
 * `savings`: candidates found in the data (with how each estimate was computed and the lines
 * behind it), the register, the redeployment summary and the fiscal-year clock.
 * Machine view (csv, json `data`): kind,vendor,category,annualized_saving,confidence,evidence.
 */
import type { Config } from '../config/config.js';
import type { Candidate } from '../analysis/savings/candidate.js';
import type { SavingsFindings } from '../analysis/savings/find.js';
import type { SavingsItem } from '../analysis/savings/register.js';
import { type FiscalClock, type RedeploymentRow, totalsByStatus } from '../analysis/savings/register-view.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';
import { int, money, type Report, type ReportFooter, type Row, type Table, text } from './model.js';
import { labelOf } from './dimensions.js';
import { absMoney } from './sentences.js';
import type { AmortizeHint } from '../analysis/renewals/amortize-hint.js';
import { amortizeSnippet } from './accrual-text.js';

export interface SavingsReportInput {
  findings: SavingsFindings;
  /** the register, when one was read */
  register: { path: string; items: SavingsItem[] } | undefined;
  matches: Map<Candidate, SavingsItem>;
  clock: FiscalClock;
  redeployment: RedeploymentRow[];
  /** YAML lines for the candidates the register does not track yet */
  snippet: string[];
  parameters: Record<string, string>;
  warnings: string[];
  /** vendors billed in lumps, whose bills `amortize` + `--basis accrual` would spread (savings only, not the board) */
  amortize?: AmortizeHint[] | undefined;
}

export const SAVINGS_COLUMNS = ['kind', 'vendor', 'category', 'annualized_saving', 'confidence', 'evidence'] as const;

const refs = (c: Candidate) => c.evidence.map((e) => `${e.source}:${e.line}`).join(' ');

export function buildSavingsReport(config: Config, o: SavingsReportInput, footer: ReportFooter | undefined): Report {
  const cur = config.currency;
  const cat = (id: string | undefined) => (id === undefined || id === '' ? '' : labelOf(id, 'category', config));
  const cs = o.findings.candidates;
  const number = new Map(cs.map((c, i) => [c, i + 1]));
  const yearly = cs.filter((c) => !c.oneOff).reduce((a, c) => add(a, c.annual), ZERO as Decimal);
  const oneOff = cs.filter((c) => c.oneOff).reduce((a, c) => add(a, c.annual), ZERO as Decimal);

  const summary: string[] = [];
  const end = o.findings.endMonth;
  if (cs.length === 0) summary.push(`No savings candidates found in the data${end ? ` up to ${end}` : ''} with the current thresholds.`);
  else
    summary.push(
      `${cs.length} savings candidate${cs.length === 1 ? '' : 's'} found in the data up to ${end}: ${absMoney(yearly, cur)} a year${oneOff.units > 0n ? `, plus ${absMoney(oneOff, cur)} one-off to claim back or prevent` : ''}.`,
    );
  const byConfidence = (['high', 'medium', 'low'] as const)
    .map((k) => ({ k, list: cs.filter((c) => c.confidence === k) }))
    .filter((x) => x.list.length > 0)
    .map((x) => `${x.k} ${x.list.length}`);
  if (byConfidence.length > 0) summary.push(`Confidence: ${byConfidence.join(', ')}.`);
  summary.push(`${o.clock.fiscalYear} ends ${o.clock.fiscalYearEnd}: ${o.clock.daysLeft} days left as of ${o.clock.asOf}.`);
  if (o.register) {
    const items = o.register.items;
    const totals = totalsByStatus(items);
    const all = items.reduce((a, i) => add(a, i.annual), ZERO as Decimal);
    const parts = (['realized', 'redeployed', 'in-progress', 'approved', 'idea'] as const)
      .filter((s) => totals.has(s))
      .map((s) => `${s} ${absMoney(totals.get(s)!.amount, cur)} (${totals.get(s)!.count})`);
    summary.push(`Register ${o.register.path}: ${items.length} item${items.length === 1 ? '' : 's'}, ${absMoney(all, cur)} a year: ${parts.join(', ')}.`);
  }
  const untracked = cs.filter((c) => !o.matches.has(c));
  if (cs.length > 0) summary.push(untracked.length === 0 ? 'Every candidate is already in the register.' : `${untracked.length} candidate${untracked.length === 1 ? ' is' : 's are'} not in the register yet: a ready-to-paste YAML line for each is below.`);

  const candidateRows: Row[] = cs.map((c) => ({
    n: number.get(c)!,
    kind: c.kind,
    vendor: c.vendor,
    category: cat(c.category),
    // a yearly saving and a one-off claim are different money: two columns, each adding up to its total
    annual: c.oneOff ? null : c.annual,
    one_off: c.oneOff ? c.annual : null,
    confidence: c.confidence,
    register: o.matches.get(c)?.id ?? '',
  }));
  const candidateNotes = [
    'Yearly savings and one-off amounts (a duplicate to claim back, a spike to dispute or prevent) are in separate columns, each with its own total. Overlap estimates assume consolidating on the largest vendor of the group.',
    'Ranked by estimate × confidence (high 1, medium 0.6, low 0.3).',
  ];
  for (const d of o.findings.differentFunctions) candidateNotes.push(`Same overlap group (${d.group}) but serving different business functions in your categories, not counted: ${d.vendors.join(', ')}.`);
  for (const d of o.findings.byDesign) candidateNotes.push(`Also billed side by side, not counted (usually deliberate: ${d.group}): ${d.vendors.join(', ')}. Use --overlap-all to count them.`);
  const sections: Table[] = [
    {
      id: 'candidates',
      title: 'Savings candidates found in the data',
      columns: [int('n', '#'), text('kind', 'Kind'), text('vendor', 'Vendor'), text('category', 'Category'), money('annual', 'Saving a year'), ...(oneOff.units !== 0n ? [money('one_off', 'One-off')] : []), text('confidence', 'Confidence'), text('register', 'In register')],
      rows: candidateRows,
      ...(cs.length > 0 ? { total: { n: null, kind: 'Total', annual: yearly, ...(oneOff.units !== 0n ? { one_off: oneOff } : {}) } } : {}),
      notes: candidateNotes,
    },
    {
      id: 'basis',
      title: 'How each estimate was computed, and the lines behind it',
      columns: [int('n', '#'), text('basis', 'Basis'), text('evidence', 'Evidence (file:line)')],
      // long sentences and reference lists go on continuation rows: terminal cells are cut at 200 characters
      rows: cs.flatMap((c) => {
        const basis = wrap(c.basis, WRAP);
        const evidence = wrap(refs(c), WRAP);
        return Array.from({ length: Math.max(basis.length, evidence.length) }, (_, i) => ({ n: i === 0 ? number.get(c)! : null, basis: basis[i] ?? '', evidence: evidence[i] ?? '' }));
      }),
      notes: ['Evidence lines are file:line as an editor shows them (the 1-based line where the record starts).'],
    },
  ];
  const hints = o.amortize ?? [];
  if (hints.length > 0) {
    sections.push({
      id: 'amortize',
      title: 'Billed in lumps: lines to amortize',
      columns: [text('vendor', 'Vendor'), text('category', 'Category'), text('cycle', 'Billed'), money('amount', 'Latest bill'), text('evidence', 'Evidence (file:line)'), text('rule', 'Rule to add')],
      rows: hints.flatMap((h) => {
        const evidence = wrap(h.evidence.map((e) => `${e.source}:${e.line}`).join(' '), 60);
        return evidence.map((e, i) =>
          i === 0 ? { vendor: h.vendor, category: cat(h.category), cycle: `${h.cadence} (${h.months} months)`, amount: h.amount, evidence: e, rule: amortizeSnippet(h.spellings, h.category, h.months) } : { vendor: '', category: '', cycle: '', amount: null, evidence: e, rule: '' },
        );
      }),
      notes: [
        'Each bill pays for the months until the next one (a quarterly, semi-annual or annual cycle recognised from the spend, as `techspend renewals` does); on the cash basis it is all in the month it is dated.',
        'Paste the rule under rules: before the vendor\'s current rule (or add amortize to that rule), then run with --basis accrual: each bill is spread evenly over the months it pays for.',
      ],
    });
  }
  if (o.register) {
    const matchedBy = new Map<string, number[]>();
    for (const [c, i] of o.matches) matchedBy.set(i.id, [...(matchedBy.get(i.id) ?? []), number.get(c)!]);
    sections.push({
      id: 'register',
      title: `Savings register (${o.register.path})`,
      columns: [
        text('id', 'Id'),
        text('title', 'Title'),
        text('target', 'Vendor / category'),
        text('status', 'Status'),
        money('annual', 'Annual'),
        text('owner', 'Owner'),
        text('due', 'Due'),
        text('redeployTo', 'Redeploy to'),
        text('found', 'Found in data (#)'),
      ],
      rows: o.register.items.map((i) => ({
        id: i.id,
        title: i.title,
        target: i.vendor ?? `category ${cat(i.category)}`,
        status: i.status,
        annual: i.annual,
        owner: i.owner ?? '',
        due: i.due ?? '',
        redeployTo: cat(i.redeployTo),
        found: (matchedBy.get(i.id) ?? []).sort((a, b) => a - b).join(', '),
      })),
      total: { id: 'Total', annual: o.register.items.reduce((a, i) => add(a, i.annual), ZERO as Decimal) },
    });
    const red = o.redeployment;
    sections.push({
      id: 'redeployment',
      title: 'Realized and redeployed, by destination category',
      columns: [text('destination', 'Destination'), money('realized', 'Realized'), money('redeployed', 'Redeployed'), money('total', 'Total'), text('items', 'Items')],
      rows: red.map((r) => ({ destination: r.destination === '' ? '(not assigned)' : cat(r.destination), realized: r.realized, redeployed: r.redeployed, total: add(r.realized, r.redeployed), items: r.items.join(', ') })),
      ...(red.length > 0
        ? {
            total: {
              destination: 'Total',
              realized: red.reduce((a, r) => add(a, r.realized), ZERO as Decimal),
              redeployed: red.reduce((a, r) => add(a, r.redeployed), ZERO as Decimal),
              total: red.reduce((a, r) => add(a, add(r.realized, r.redeployed)), ZERO as Decimal),
            },
          }
        : {}),
      notes: ['Annual amounts of items with status realized or redeployed, by the category the money goes to (redeployTo).'],
    });
  }
  if (o.snippet.length > 0) {
    sections.push({
      id: 'new-items',
      title: `Not in the register yet: paste under items: in ${o.register?.path ?? 'savings.yaml'}`,
      columns: [text('yaml', 'YAML')],
      rows: o.snippet.map((yaml) => ({ yaml })),
      notes: ['Each line is a complete register item (status idea, due the end of the fiscal year); add an owner and adjust the title and amount.'],
    });
  }
  return {
    version: 1,
    command: 'savings',
    title: 'Savings candidates and register',
    currency: cur,
    parameters: { currency: cur, 'as-of': o.clock.asOf, 'fiscal-year': `${o.clock.fiscalYear} (ends ${o.clock.fiscalYearEnd}, ${o.clock.daysLeft} days left)`, ...o.parameters },
    summary,
    sections,
    data: savingsData(cs, hints, refs),
    footer,
    warnings: o.warnings,
  };
}

const WRAP = 110;

/** Split at spaces into pieces of at most `width` characters (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || out.length === 0) out.push(line);
  return out;
}

/**
 * The machine table (SPEC's columns, exactly): the candidates, then the vendors billed in lumps as
 * `amortize` rows — no saving (annualized_saving and confidence empty), but the lines a script
 * would put a service period on: every bill's file:line. The cycle, latest bill and the rule to
 * paste are the `amortize` section's (JSON `sections`).
 */
function savingsData(cs: readonly Candidate[], hints: readonly AmortizeHint[], refs: (c: Candidate) => string): Table {
  return {
    id: 'savings',
    columns: [text('kind', 'kind'), text('vendor', 'vendor'), text('category', 'category'), money('annualized_saving', 'annualized_saving'), text('confidence', 'confidence'), text('evidence', 'evidence')],
    rows: [
      ...cs.map((c) => ({ kind: c.kind, vendor: c.vendor, category: c.category, annualized_saving: c.annual, confidence: c.confidence, evidence: refs(c) })),
      ...hints.map((h) => ({ kind: 'amortize', vendor: h.vendor, category: h.category, annualized_saving: null, confidence: '', evidence: h.evidence.map((e) => `${e.source}:${e.line}`).join(' ') })),
    ],
  };
}
