/**
 * From the pack to the lines: a stable id per figure of `report` and `board`, with the
 * `techspend explain ...` arguments that open it (its lines add up to the figure to the cent).
 * Additive to the report model: `Report.refs` (JSON `refs`) and an appendix table for people.
 * The builders here are pure; the command line the reader reruns (inputs, --config, --from...)
 * is the cli's to give (`withRefs`).
 */
import type { Config } from '../config/config.js';
import type { Decimal } from '../money/decimal.js';
import type { PeriodKind } from '../period/period.js';
import { type FigureRef, money, type Report, type Row, type Table, text } from './model.js';
import { type Dimension, labelOf } from './dimensions.js';

const FLAGS: Record<Dimension, string> = { category: '--category', function: '--function', pool: '--pool', vendor: '--vendor', investment: '--investment' };

/** One id per cell of report's machine table (and per period total): `report:function=Sales:FY2027`. */
export function spendRefs(report: Report, by: readonly Dimension[], period: PeriodKind, o: { allocate: boolean }): FigureRef[] {
  const refs: FigureRef[] = [];
  const totals = new Map<string, Decimal>();
  const noAllocate = by.includes('function') && !o.allocate ? ['--no-allocate'] : [];
  for (const row of report.data.rows) {
    const p = String(row.period);
    const keys = by.map((d) => String(row[d]));
    refs.push({
      id: `report:${by.map((d, i) => `${d}=${keys[i]}`).join(':')}:${p}`,
      figure: `${keys.join(' × ')}, ${p}`,
      amount: row.amount as Decimal,
      explain: [...by.flatMap((d, i) => [FLAGS[d], keys[i]!]), '--period', period, p, ...noAllocate],
    });
  }
  const total = report.sections[0]?.total;
  const periods = [...new Set(report.data.rows.map((r) => String(r.period)))];
  for (const p of periods) {
    const amount = total?.[`p:${p}`];
    if (amount !== undefined && amount !== null) totals.set(p, amount as Decimal);
    refs.push({ id: `report:total:${p}`, figure: `Total, ${p}`, amount: totals.get(p), explain: ['--period', period, p] });
  }
  return refs;
}

export interface BoardRefInput {
  config: Config;
  /** the board's month (yyyy-MM), the previous month, its fiscal year label and reference date */
  month: string;
  previousMonth: string;
  fiscalYear: string;
  end: string;
  /** undefined: the month has no data (no figure to open) */
  monthTotal: Decimal | undefined;
  previousTotal: Decimal | undefined;
  fytd: Decimal;
  budgetToDate: Decimal | undefined;
  revenue: Decimal | undefined;
  /** categories of the mover sentences, in their order, with the sentence */
  movers: { category: string; sentence: string; change: Decimal }[];
  outlook: { fiscalYear: string; amount: Decimal; runRateMonths: number };
  /** the functions table after allocation (FY to date) */
  functions: { fn: string; amount: Decimal }[];
  /** the board's own options that change a figure: --budget (budget to date), --growth and --register (outlook) */
  options?: { budget?: string | undefined; register?: string | undefined; growth?: readonly string[] | undefined };
  /** the savings candidates the board lists */
  savings?: { kind: string; vendor: string; annual: Decimal }[];
}

/** The board's headline figures and every function figure after allocation. */
export function boardRefs(b: BoardRefInput): FigureRef[] {
  const toDate = ['--to', b.end];
  const fy = ['--period', 'fiscal-year', b.fiscalYear, ...toDate];
  const refs: FigureRef[] = [];
  if (b.monthTotal !== undefined) refs.push({ id: 'board:spend-month', figure: `Spend ${b.month}`, amount: b.monthTotal, explain: ['--period', 'month', b.month, ...toDate] });
  if (b.previousTotal !== undefined) refs.push({ id: 'board:spend-previous-month', figure: `Spend ${b.previousMonth}`, amount: b.previousTotal, explain: ['--period', 'month', b.previousMonth, ...toDate] });
  refs.push({ id: 'board:spend-fytd', figure: `Spend ${b.fiscalYear} to date`, amount: b.fytd, explain: fy });
  const o = b.options ?? {};
  if (b.budgetToDate !== undefined) refs.push({ id: 'board:budget-fytd', figure: `Budget ${b.fiscalYear} to date`, amount: b.budgetToDate, explain: ['--budget-to-date', ...fy, ...(o.budget !== undefined ? ['--budget', o.budget] : [])] });
  if (b.revenue !== undefined) refs.push({ id: 'board:revenue-generating', figure: `Revenue-generating spend ${b.fiscalYear} to date (its share of spend to date)`, amount: b.revenue, explain: ['--revenue-generating', ...fy] });
  for (const m of b.movers)
    refs.push({ id: `board:mover:${m.category}`, figure: m.sentence, amount: m.change, explain: ['--variance', m.category, '--period', 'month', b.month, '--against', 'previous', ...toDate] });
  refs.push({ id: 'board:outlook', figure: `Outlook ${b.outlook.fiscalYear}`, amount: b.outlook.amount, explain: ['--forecast', '--run-rate-months', String(b.outlook.runRateMonths), ...(o.growth ?? []).flatMap((g) => ['--growth', g]), ...(o.register !== undefined ? ['--register', o.register] : []), ...toDate] });
  for (const f of b.functions)
    refs.push({ id: `board:function:${f.fn}`, figure: `${f.fn}, ${b.fiscalYear} to date, after allocation`, amount: f.amount, explain: ['--function', f.fn, ...fy, '--as', 'board'] });
  for (const c of b.savings ?? [])
    refs.push({ id: `board:savings:${c.kind}:${c.vendor}`, figure: `Savings candidate: ${c.kind} ${c.vendor}`, amount: c.annual, explain: ['--savings', `${c.kind}:${c.vendor}`, ...toDate] });
  return refs;
}

/**
 * The board's figures as its report holds them: the headline measures (its machine table), the
 * mover sentences (the variance report's, in the order the board shows them) and the functions
 * table after allocation.
 */
export function boardRefInput(board: Report, variance: Report, o: { config: Config; end: string; previousMonth: string; revenue: Decimal | undefined; runRateMonths: number; options?: BoardRefInput['options'] }): BoardRefInput {
  const month = board.parameters.month!;
  const fiscalYear = board.parameters['fiscal year']!;
  const measure = (name: string) => board.data.rows.find((r) => r.measure === name)?.amount as Decimal | undefined;
  const outlookRow = board.data.rows.find((r) => String(r.measure).startsWith('outlook '));
  const movers: BoardRefInput['movers'] = [];
  for (const sentence of board.summary) {
    const row = variance.data.rows.find((r) => sentence.startsWith(`${labelOf(String(r.category), 'category', o.config)} `));
    if (row && variance.summary.includes(sentence)) movers.push({ category: String(row.category), sentence, change: row.change as Decimal });
  }
  const functions = (board.sections.find((t) => t.id === 'functions')?.rows ?? []).map((r) => ({ fn: String(r.function), amount: r.amount as Decimal }));
  return {
    config: o.config,
    month,
    previousMonth: o.previousMonth,
    fiscalYear,
    end: o.end,
    monthTotal: measure(`spend ${month}`) ?? undefined,
    previousTotal: measure('spend previous month') ?? undefined,
    fytd: measure(`spend ${fiscalYear} to date`)!,
    budgetToDate: measure(`budget ${fiscalYear} to date`),
    revenue: o.revenue,
    movers,
    outlook: { fiscalYear: String(outlookRow?.measure ?? '').replace(/^outlook /, ''), amount: outlookRow?.amount as Decimal, runRateMonths: o.runRateMonths },
    functions,
    ...(o.options ? { options: o.options } : {}),
    savings: (board.sections.find((t) => t.id === 'savings-candidates')?.rows ?? []).map((r) => ({ kind: String(r.kind), vendor: String(r.vendor), annual: (r.annual ?? r.one_off) as Decimal })),
  };
}

/** A word as a POSIX shell reads it: quoted when it holds anything but safe characters. */
export function shellWord(w: string): string {
  if (/^[\w@%+=:,./-]+$/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * The refs with their full command (`invocation`: `techspend explain` and the inputs and options
 * the figure was computed from), every one as `refs` (JSON), and as an appendix table those
 * `listed` (default: all), with a note saying how to open the others.
 */
export function withRefs(report: Report, refs: readonly FigureRef[], invocation: readonly string[], o: { listed?: (r: FigureRef) => boolean; otherwise?: string } = {}): Report {
  if (refs.length === 0) return report;
  const full = refs.map((r) => ({ ...r, command: [...invocation, ...r.explain].map(shellWord).join(' ') }));
  const listed = o.listed ? full.filter(o.listed) : full;
  const rows: Row[] = listed.map((r) => ({ id: r.id, figure: r.figure, amount: r.amount ?? null, command: r.command }));
  const appendix: Table = {
    id: 'explain-refs',
    title: 'Appendix: the command that opens each figure',
    columns: [text('id', 'Id'), text('figure', 'Figure'), money('amount', 'Amount'), text('command', 'Command')],
    rows,
    notes: [
      "Each command lists the lines behind the figure (file:line, amount, rule) and, for a business function, every shared cost's allocated share with its weights and rounding; they add up to the figure to the cent.",
      ...(listed.length < full.length && o.otherwise ? [o.otherwise] : []),
    ],
  };
  return { ...report, refs: full, sections: [...report.sections, appendix] };
}

/** For report: the latest period's cells and total in the appendix, the pattern for the others. */
export function spendListing(report: Report, by: readonly Dimension[], period: PeriodKind, invocation: readonly string[]): { listed: (r: FigureRef) => boolean; otherwise: string } {
  const latest = [...new Set(report.data.rows.map((r) => String(r.period)))].sort().at(-1) ?? '';
  const pattern = [...invocation.map(shellWord), ...by.map((d) => `${FLAGS[d]} <${d}>`), '--period', period, '<period>'].join(' ');
  return {
    listed: (r) => r.id.endsWith(`:${latest}`),
    otherwise: `The other figures (every cell of every period, ids in JSON refs): ${pattern}.`,
  };
}
