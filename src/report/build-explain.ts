/**
 * `explain` for a cell: the lines behind one figure of `report` (a category, function, pool,
 * vendor or run/grow/transform group, or a cross of them, in one period), and — for a business
 * function after allocation — each shared cost's allocated share as arithmetic a finance partner
 * can redo with a calculator: the amount, the method, the weights of that month, the exact share
 * and how largest remainder rounded it. The total is the report's figure to the cent: the lines
 * are the same parts the ledger sums, and the allocation is allocateShared's own (analysis/
 * allocation-trace).
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { cmp } from '../analysis/ledger.js';
import { type AllocationStep, traceAllocation } from '../analysis/allocation-trace.js';
import { describeAllocation } from '../analysis/allocation.js';
import type { Rejection } from '../ingest/line.js';
import { abs, add, compare, type Decimal, divide, round, sub, toExact, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import type { PeriodKind } from '../period/period.js';
import { type Column, int, money, type Report, type ReportFooter, type Row, type Table, text } from './model.js';
import { type Dimension, DIMENSION_LABELS, DIMENSIONS, keyOf, labelOf } from './dimensions.js';

/** Which figure: a key per dimension named, a period (or all), and how the report computed it. */
export interface ExplainCell {
  keys: Partial<Record<Dimension, string>>;
  period?: { kind: PeriodKind; label: string; months: readonly string[] } | undefined;
  /** only categories marked revenueGenerating (the board's revenue-generating share) */
  revenueGenerating?: boolean | undefined;
  /** with a function: shared costs allocated (report's default) or kept under their own function (--no-allocate) */
  allocate: boolean;
  /** the figure as `report` (default) or `board` computes it: the grain its allocation rounds at */
  as: 'report' | 'board';
}

/** One categorized part of an expense line, with the key of the fact it sums into. */
export interface ExplainLine {
  source: string;
  line: number;
  date: string;
  month: string;
  vendor: string;
  description: string;
  amount: Decimal;
  category: string;
  pool: string;
  rule: string;
  /** technology or excluded (config scope); absent where not known */
  scope?: string | undefined;
  /** the fact this part sums into, at the grain of the figure (factKey) */
  fact: string;
}

/** What `explain` does with one categorized part: a line of the figure, a line of a shared fact the figure takes a share of, or nothing. */
export type LineRole = 'direct' | 'shared' | undefined;

export const factKey = (f: Pick<Fact, 'category' | 'pool' | 'vendor' | 'month'> & { item?: string | undefined }) =>
  [f.category, f.pool, f.vendor, f.month, f.item ?? ''].join('\u0000');

/** Dimensions named in a cell, in report's order. */
export const cellDimensions = (cell: ExplainCell): Dimension[] => DIMENSIONS.filter((d) => cell.keys[d] !== undefined);

/** True when the figure is a business function after allocation: shared facts are split, not listed. */
export const allocates = (cell: ExplainCell, config: Config) => cell.keys.function !== undefined && cell.allocate && config.allocations.size > 0;

const isShared = (config: Config, category: string) => config.categoryById.get(category)?.shared === true;

/**
 * The role of one part in the cell. `vendorKey` is the vendor as the figure's report keys it.
 * A part of a shared category, when the cell's function comes from allocation, is `shared`: its
 * fact is split over functions and only the split is the cell's.
 */
export function roleOf(cell: ExplainCell, config: Config, part: { category: string; pool: string; month: string; vendorKey: string }): LineRole {
  if (cell.period && !cell.period.months.includes(part.month)) return undefined;
  if (cell.revenueGenerating && !config.categoryById.get(part.category)?.revenueGenerating) return undefined;
  const viaAllocation = allocates(cell, config) && isShared(config, part.category);
  for (const d of DIMENSIONS) {
    const want = cell.keys[d];
    if (want === undefined) continue;
    if (d === 'function' && viaAllocation) continue;
    if (keyOf({ category: part.category, pool: part.pool as Fact['pool'], vendor: part.vendorKey }, d, config) !== want) return undefined;
  }
  return viaAllocation ? 'shared' : 'direct';
}

export interface ExplainInput {
  config: Config;
  cell: ExplainCell;
  /** the parts whose role is direct or shared, in input order */
  lines: readonly (ExplainLine & { role: 'direct' | 'shared' })[];
  /** every fact at the figure's grain (weights of proportional allocation read the whole month); only read when the cell allocates */
  facts: readonly Fact[];
  /**
   * The same facts at the pack's cents (rounded once per run so every table foots: display-rounding.ts).
   * The tables people read add up to the pack's figure (a "display rounding" row where it differs
   * from the lines' exact sum); the machine view (`data`, `total`) stays exact, as report's does.
   */
  shownFacts?: readonly Fact[] | undefined;
  /** how the user asked: for sentences such as "equals `techspend report --by function --period fiscal-year`" */
  reportCommand: string;
  /** rejected lines, listed when asked (--include-rejected) */
  rejections?: readonly Rejection[] | undefined;
  /** excluded lines (out of scope) of the cell, listed when asked (--include-excluded) */
  excluded?: readonly ExplainLine[] | undefined;
  /** all spend of the period (the denominator of the revenue-generating share) */
  periodTotal?: Decimal | undefined;
  /** a sentence to add (the vendor was matched by part of its name, and so on) */
  notes?: readonly string[];
  footer: ReportFooter | undefined;
}

const LINE_COLUMNS: Column[] = [
  text('source', 'Source'),
  int('line', 'Line'),
  text('date', 'Date'),
  text('vendor', 'Vendor'),
  text('description', 'Description'),
  money('amount', 'Amount'),
  text('category', 'Category'),
  text('pool', 'Pool'),
  text('rule', 'Rule'),
];

const lineRow = (l: ExplainLine): Row => ({
  source: l.source,
  line: l.line,
  date: l.date,
  vendor: l.vendor,
  description: l.description,
  amount: l.amount,
  category: l.category,
  pool: l.pool,
  rule: l.rule,
});

/** Amounts finer than the cent (cloud billing) are shown exact too, so the listed amounts add up to the figure. */
export const finerThanCent = (amounts: Iterable<Decimal>) => {
  for (const a of amounts) if (compare(round(a, 2), a) !== 0) return true;
  return false;
};
/** The columns with the exact amount after each money column (`amount`, `basis`) when needed, and the rows with it. */
export function withExact(columns: Column[], rows: Row[], needed: boolean): { columns: Column[]; rows: Row[] } {
  if (!needed) return { columns, rows };
  const keys = columns.filter((c) => c.key === 'amount' || c.key === 'basis').map((c) => c.key);
  return {
    columns: columns.flatMap((c) => (keys.includes(c.key) ? [c, text(`${c.key}_exact`, `${c.label} (exact)`)] : [c])),
    rows: rows.map((r) => {
      const out: Row = { ...r };
      for (const k of keys) out[`${k}_exact`] = r[k] === undefined || r[k] === null ? '' : toExact(r[k] as Decimal);
      return out;
    }),
  };
}

const METHOD_LABELS: Record<AllocationStep['method'], string> = {
  fixed: 'fixed weights',
  proportional: 'proportional to direct spend',
  driver: 'driver table',
  none: 'no allocation: stays',
  unweighted: 'nothing to weigh by: stays',
};

/** What the cell is, in words: "function Sales, FY2027". */
export function describeCell(cell: ExplainCell, config: Config): string {
  const parts = cellDimensions(cell).map((d) => `${DIMENSION_LABELS[d].toLowerCase()} ${labelOf(cell.keys[d]!, d, config)}`);
  if (cell.revenueGenerating) parts.push('revenue-generating categories');
  if (parts.length === 0) parts.push('all technology spend');
  parts.push(cell.period ? cell.period.label : 'all periods');
  return parts.join(', ');
}

/**
 * The pack's cents of the facts the direct lines make up, or undefined when a fact is not among the
 * shown ones (no shown facts given) or is reached only in part (more than a cent per fact away from
 * its lines: a coarser vendor grain than the cell).
 */
function shownOf(direct: readonly ExplainLine[], exact: Decimal, shown: ReadonlyMap<string, Decimal> | undefined): Decimal | undefined {
  if (shown === undefined) return undefined;
  let total: Decimal = ZERO;
  const seen = new Set<string>();
  for (const l of direct) {
    if (seen.has(l.fact)) continue;
    seen.add(l.fact);
    const cents = shown.get(l.fact);
    if (cents === undefined) return undefined;
    total = add(total, cents);
  }
  return compare(abs(sub(total, exact)), { units: BigInt(seen.size), scale: 2 }) > 0 ? undefined : total;
}

const roundingRow = (amount: Decimal): Row => ({ source: 'display rounding', line: '', date: '', vendor: '', description: 'the pack\'s cents less the exact sum', amount, category: '', pool: '', rule: '' });

const roundingNote = (exact: Decimal, shown: Decimal) =>
  `The exact sum is ${toExact(exact)}; the pack shows ${toGrouped(shown)}: each figure is rounded to the cent once per run, by largest remainder, so that every table adds up to its total and a figure is the same in every table (the "display rounding" row). The machine view (JSON data, CSV) keeps the exact figure.`;

export function buildExplainCellReport(input: ExplainInput): Report {
  const { config, cell, lines } = input;
  const cur = config.currency;
  const direct = lines.filter((l) => l.role === 'direct');
  let directTotal: Decimal = ZERO;
  for (const l of direct) directTotal = add(directTotal, l.amount);

  const what = describeCell(cell, config);
  const summary: string[] = [];
  const sections: Table[] = [];
  const notes = [...(input.notes ?? [])];
  let data: Table;
  let total = directTotal;
  // what the pack shows for this figure (undefined: as the exact total)
  let shown: Decimal | undefined;
  const shownByFact = input.shownFacts ? new Map(input.shownFacts.map((f) => [factKey(f), f.amount])) : undefined;

  if (!allocates(cell, config)) {
    const exact = finerThanCent(direct.map((l) => l.amount));
    const t = withExact(LINE_COLUMNS, direct.map(lineRow), exact);
    shown = shownOf(direct, directTotal, shownByFact);
    const rounding = shown === undefined ? ZERO : sub(shown, directTotal);
    const roundsDifferently = compare(round(directTotal, 2), shown ?? round(directTotal, 2)) !== 0;
    const figure = roundsDifferently ? shown! : directTotal;
    summary.push(`${what}: ${direct.length} lines, total ${cur} ${toGrouped(figure)}.`);
    if (exact) notes.push(`Some amounts are finer than the cent: the exact amounts add up to the total (${toExact(directTotal)}).`);
    if (roundsDifferently) notes.push(roundingNote(directTotal, shown!));
    const shownRows = withExact(LINE_COLUMNS, [...direct.map(lineRow), ...(roundsDifferently ? [roundingRow(rounding)] : [])], exact);
    sections.push({ id: 'lines', title: 'Lines', ...shownRows, total: { source: 'Total', amount: roundsDifferently ? shown! : directTotal, ...(exact ? { amount_exact: toExact(roundsDifferently ? shown! : directTotal) } : {}) }, ...(notes.length > 0 ? { notes } : {}) });
    if (!roundsDifferently) shown = undefined;
    data = { id: 'lines', ...t };
  } else {
    const fn = cell.keys.function!;
    // the shared facts of the cell (other dimensions and the period applied to the fact)
    const others = cellDimensions(cell).filter((d) => d !== 'function');
    const inCell = (f: Fact) =>
      (cell.period === undefined || cell.period.months.includes(f.month)) &&
      (!cell.revenueGenerating || config.categoryById.get(f.category)?.revenueGenerating === true) &&
      others.every((d) => keyOf(f, d, config) === cell.keys[d]);
    const steps = traceAllocation(input.facts, config, inCell)
      .filter((s) => s.parts.some((p) => p.fn === fn))
      .sort((a, b) => cmp(a.fact.category, b.fact.category) || cmp(a.fact.month, b.fact.month) || cmp(a.fact.vendor, b.fact.vendor) || cmp(a.fact.pool, b.fact.pool));
    const wanted = new Set(steps.map((s) => factKey(s.fact)));
    const sharedLines = lines.filter((l) => l.role === 'shared' && wanted.has(l.fact));

    let allocated: Decimal = ZERO;
    const perCategory = new Map<string, Decimal>();
    const allocationRows: Row[] = [];
    const dataRows: Row[] = direct.map((l) => ({ kind: 'line', ...lineRow(l), month: l.month }));
    for (const s of steps) {
      const part = s.parts.find((p) => p.fn === fn)!;
      allocated = add(allocated, part.allocated);
      perCategory.set(s.fact.category, add(perCategory.get(s.fact.category) ?? ZERO, part.allocated));
      const row: Row = {
        category: s.fact.category,
        month: s.fact.month,
        vendor: s.fact.vendor,
        pool: s.fact.pool,
        lines: s.fact.lines,
        basis: s.amount,
        method: METHOD_LABELS[s.method] + (s.method === 'none' || s.method === 'unweighted' ? ` under ${fn}` : ''),
        weight: s.weightTotal ? toExact(part.weight) : '',
        weight_total: s.weightTotal ? toExact(s.weightTotal) : '',
        exact: s.weightTotal ? toExact(round(part.exact, Math.max(6, s.amount.scale + 4))) : '',
        rounding: s.weightTotal ? roundingOf(part.allocated, part.exact, part.roundedUp, s.amount.scale) : '',
        amount: part.allocated,
      };
      allocationRows.push(row);
      dataRows.push({ kind: 'allocation', category: s.fact.category, pool: s.fact.pool, vendor: s.fact.vendor, month: s.fact.month, method: s.method, basis: s.amount, weight: row.weight, weight_total: row.weight_total, exact: row.exact, amount: part.allocated });
    }
    total = add(directTotal, allocated);
    // the pack's figure: its direct facts at their shown cents plus the allocation of the shown facts
    const directShown = shownOf(direct, directTotal, shownByFact);
    if (directShown !== undefined && input.shownFacts) {
      let allocatedShown: Decimal = ZERO;
      for (const s of traceAllocation(input.shownFacts, config, inCell)) for (const p of s.parts) if (p.fn === fn) allocatedShown = add(allocatedShown, p.allocated);
      const figure = add(directShown, allocatedShown);
      if (compare(round(total, 2), figure) !== 0) shown = figure;
    }

    const byCategory = [...perCategory].map(([c, a]) => `${labelOf(c, 'category', config)} ${toGrouped(a)}`).join('; ');
    summary.push(
      `${what}: ${cur} ${toGrouped(total)} = ${toGrouped(directTotal)} direct (${direct.length} lines) + ${toGrouped(allocated)} allocated from shared costs${byCategory ? ` (${byCategory})` : ''}.`,
    );
    summary.push(
      'Each shared fact (one category, vendor and month) is split over the functions by its weights: exact share = amount × weight ÷ total weight; every share is cut down to the cent (the amount\'s unit) and the cents left over go one each to the largest remainders (largest remainder), so the parts add up to the amount exactly.',
    );
    const exact = finerThanCent([...direct.map((l) => l.amount), ...sharedLines.map((l) => l.amount), ...steps.flatMap((st) => [st.amount, ...st.parts.map((p) => p.allocated)])]);
    if (exact) notes.push(`Some amounts are finer than the cent: the exact amounts add up to the figure (${toExact(total)}).`);
    if (shown !== undefined) notes.push(roundingNote(total, shown));
    const directTable = withExact(LINE_COLUMNS, direct.map(lineRow), exact);
    sections.push({ id: 'lines', title: `Direct lines (categories of ${fn})`, ...directTable, total: { source: 'Total direct', amount: directTotal, ...(exact ? { amount_exact: toExact(directTotal) } : {}) }, ...(notes.length > 0 ? { notes } : {}) });
    const allocationTable = withExact([
        text('category', 'Category'),
        text('month', 'Month'),
        text('vendor', 'Vendor'),
        text('pool', 'Pool'),
        int('lines', 'Lines'),
        money('basis', 'Amount to allocate'),
        text('method', 'Method'),
        text('weight', `${fn} weight`),
        text('weight_total', 'Total weight'),
        text('exact', 'Exact share'),
        text('rounding', 'Rounding'),
        money('amount', `Allocated to ${fn}`),
      ], allocationRows, exact);
    sections.push({
      id: 'allocation',
      title: `Shared costs allocated to ${fn}`,
      ...allocationTable,
      total: { category: 'Total allocated', amount: allocated, ...(exact ? { amount_exact: toExact(allocated) } : {}) },
      notes: allocationNotes(config, steps),
    });
    const weights = weightsTable(steps, config);
    if (weights.rows.length > 0) sections.push(weights);
    let sharedTotal: Decimal = ZERO;
    for (const l of sharedLines) sharedTotal = add(sharedTotal, l.amount);
    sections.push({
      id: 'shared-lines',
      title: 'Lines behind the shared amounts (each amount to allocate is the sum of its lines)',
      ...withExact([...LINE_COLUMNS.slice(0, 5), text('month', 'Month'), ...LINE_COLUMNS.slice(5)], sharedLines.map((l) => ({ ...lineRow(l), month: l.month })), exact),
      total: { source: 'Total', amount: sharedTotal, ...(exact ? { amount_exact: toExact(sharedTotal) } : {}) },
    });
    sections.push({
      id: 'check',
      title: 'The figure',
      ...withExact([text('step', 'Step'), money('amount', 'Amount')], [
        { step: `Direct lines (${direct.length})`, amount: directTotal },
        { step: `Allocated from shared costs (${steps.length} amounts)`, amount: allocated },
        ...(shown !== undefined ? [{ step: 'Display rounding (the pack\'s cents less the exact sum)', amount: sub(shown, total) }] : []),
      ], exact),
      total: { step: `${fn}${cell.period ? `, ${cell.period.label}` : ''}`, amount: shown ?? total, ...(exact ? { amount_exact: toExact(shown ?? total) } : {}) },
    });
    data = {
      id: 'contributions',
      ...withExact([
        text('kind', 'Kind'),
        ...LINE_COLUMNS.filter((c) => c.key !== 'amount'),
        text('month', 'Month'),
        text('method', 'Method'),
        money('basis', 'Amount to allocate'),
        text('weight', 'Weight'),
        text('weight_total', 'Total weight'),
        text('exact', 'Exact share'),
        money('amount', 'Amount'),
      ], dataRows, exact),
    };
  }

  if (cell.revenueGenerating && input.periodTotal !== undefined) {
    const pct = compare(input.periodTotal, ZERO) === 0 ? 'n/a' : `${toFixed({ units: divide(total, input.periodTotal, 6).units * 100n, scale: 6 }, 1)}%`;
    summary.push(`Share: ${toGrouped(total)} of ${toGrouped(input.periodTotal)}, all spend ${cell.period ? `in ${cell.period.label}` : ''} = ${pct} (the board's revenue-generating share).`);
  } else summary.push(`Equals ${input.reportCommand}: ${cellWords(cell, config)}.`);
  if (input.excluded && input.excluded.length > 0) {
    let excludedTotal: Decimal = ZERO;
    for (const l of input.excluded) excludedTotal = add(excludedTotal, l.amount);
    const t = withExact(LINE_COLUMNS, input.excluded.map(lineRow), finerThanCent(input.excluded.map((l) => l.amount)));
    sections.push({ id: 'excluded', title: 'Excluded lines (out of scope: in no technology figure)', ...t, total: { source: 'Total excluded', amount: excludedTotal } });
  } else if (input.excluded) summary.push('No excluded lines in this cell.');
  if (input.rejections && input.rejections.length > 0) {
    sections.push({
      id: 'rejected',
      title: 'Rejected lines (in no figure)',
      columns: [text('source', 'Source'), int('line', 'Line'), text('reason', 'Reason'), text('text', 'Text')],
      rows: input.rejections.map((r) => ({ source: r.source, line: r.line, reason: r.reason, text: r.text ?? '' })),
    });
  } else if (input.rejections) summary.push('No rejected lines.');

  const dims = cellDimensions(cell);
  return {
    version: 1,
    command: 'explain',
    title: `What makes up ${what}`,
    currency: cur,
    parameters: {
      currency: cur,
      ...Object.fromEntries(dims.map((d) => [d, cell.keys[d]!])),
      ...(cell.revenueGenerating ? { 'revenue-generating': 'yes' } : {}),
      period: cell.period ? cell.period.label : 'all',
      ...(cell.period ? { 'period kind': cell.period.kind } : {}),
      total: toFixed(total, 2),
      ...(compare(round(total, 2), total) !== 0 ? { 'total (exact)': toExact(total) } : {}),
      ...(shown !== undefined ? { 'shown in the pack': toFixed(shown, 2) } : {}),
    },
    summary,
    sections,
    data: { ...data, total: { [data.columns[0]!.key]: 'Total', amount: total, ...(data.columns.some((c) => c.key === 'amount_exact') ? { amount_exact: toExact(total) } : {}) } },
    footer: input.footer,
    warnings: [],
  };
}

/** "the row Sales, column FY2027" of the report the figure comes from. */
function cellWords(cell: ExplainCell, config: Config): string {
  const dims = cellDimensions(cell);
  const row = dims.length === 0 ? 'the Total row' : `the row ${dims.map((d) => labelOf(cell.keys[d]!, d, config)).join(' × ')}`;
  return `${row}, column ${cell.period ? cell.period.label : 'Total'}`;
}

/** How the exact share became the part: cut down to the amount's unit, and one unit more where largest remainder gave it. */
function roundingOf(allocated: Decimal, exact: Decimal, roundedUp: boolean, unitScale: number): string {
  const diff = sub(allocated, exact);
  if (diff.units === 0n) return 'exact';
  const unit = toExact({ units: 1n, scale: unitScale });
  return `${diff.units > 0n ? '+' : ''}${toExact(round(diff, unitScale + 4))} (${roundedUp ? `cut to ${unit}, +${unit} by largest remainder` : `cut to ${unit}`})`;
}

function allocationNotes(config: Config, steps: readonly AllocationStep[]): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const s of steps) {
    if (seen.has(s.fact.category)) continue;
    seen.add(s.fact.category);
    const a = config.allocations.get(s.fact.category);
    const name = labelOf(s.fact.category, 'category', config);
    notes.push(a ? `${name}: allocated ${describeAllocation(a)}.` : `${name}: shared, with no allocation: stays under ${config.categoryById.get(s.fact.category)?.function ?? 'Unassigned'}.`);
  }
  notes.push('Weights are as allocation uses them, at 6 decimals; only their ratio matters (a function with no weight that month gets nothing).');
  return notes;
}

/** Per shared category and month: every function's weight, the whole split a calculator needs. */
function weightsTable(steps: readonly AllocationStep[], config: Config): Table {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const s of steps) {
    if (!s.weightTotal) continue;
    const k = `${s.fact.category}\u0000${s.fact.month}`;
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push({
      category: labelOf(s.fact.category, 'category', config),
      month: s.fact.month,
      method: METHOD_LABELS[s.method],
      weights: s.parts.map((p) => `${p.fn} ${toExact(p.weight)}`).join(' · '),
      weight_total: toExact(s.weightTotal),
    });
  }
  return {
    id: 'weights',
    title: 'Weights of each month',
    columns: [text('category', 'Category'), text('month', 'Month'), text('method', 'Method'), text('weights', 'Weight per function'), text('weight_total', 'Total weight')],
    rows,
  };
}
