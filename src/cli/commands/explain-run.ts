/** `techspend explain`, the action: loaded only when the command runs (options and help in explain.ts). */
import { usageError } from '../../diagnostic.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { scanInputs, type ScanSink } from '../../io/scan.js';
import { lookupVendor, vendorIdentity } from '../../catalog/catalog.js';
import { add, type Decimal, toExact, ZERO } from '../../money/decimal.js';
import { int, money, type Report, type Row, text } from '../../report/model.js';
import { createCategorizer } from '../../rules/engine.js';
import { kindOfPeriod, monthOf, monthsOfPeriod, PERIOD_KINDS, type PeriodKind } from '../../period/period.js';
import { allocates, buildExplainCellReport, cellDimensions, type ExplainCell, type ExplainLine, factKey, roleOf } from '../../report/build-explain.js';
import type { Dimension } from '../../report/dimensions.js';
import { INVESTMENTS, POOLS } from '../../config/schema.js';
import type { Config } from '../../config/config.js';
import { didYouMean } from '../../config/did-you-mean.js';
import { Ledger } from '../../analysis/ledger.js';
import { roundFacts } from '../../report/display-rounding.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { reportVendorDetail, type VendorDetail, vendorDisplayKey, vendorScope } from '../../analysis/vendor-key.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import type { ExplainOptions } from './explain.js';

export async function runExplain(inputs: string[], opts: ExplainOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const periodArg = splitPeriodOption(opts);
  const derived = [opts.variance !== undefined, opts.forecast !== undefined, opts.budgetToDate !== undefined, opts.savings !== undefined].filter(Boolean).length;
  if (derived > 1) throw usageError('give one of --variance, --forecast, --budget-to-date and --savings');
  if (derived === 1) return runDerived(inputs, opts, periodArg, io, setExit);
  const named = opts.category !== undefined || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.revenueGenerating === true;
  if (!opts.line && !named && periodArg === undefined)
    throw usageError('explain needs --line <file:n>, or a figure: --category, --function, --pool, --vendor, --investment and/or --period', 'e.g. explain --demo --function Sales --period fiscal-year FY2027');
  if (opts.line && (named || periodArg !== undefined)) throw usageError('--line explains one line: leave out --category, --function, --pool, --vendor, --investment and --period');
  const ctx = await prepare([...inputs, ...(periodArg?.extraInputs ?? [])], opts, io, { command: 'explain', checks: false });
  if (!opts.line) return runExplainCell(ctx, opts, periodArg, setExit);
  const categorizer = createCategorizer(ctx.config);
  const m = /^(.*):(\d+)$/.exec(opts.line);
  if (!m) throw usageError(`--line needs file:n, got "${opts.line}"`);
  const target = { source: m[1]!, line: Number(m[2]) };
  const found: { line: ExpenseLine; booked: Decimal; rows: Row[] }[] = [];
  const see: ScanSink['line'] = (l, booked, c) => {
    if (l.line !== target.line || (l.source !== target.source && !l.source.endsWith('/' + target.source) && !target.source.endsWith(l.source))) return;
    found.push({
      line: l,
      booked,
      rows: c.parts.map((p) => ({ source: l.source, line: l.line, date: l.date, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, scope: c.scope })),
    });
  };
  // excluded lines too: explain says why a line is out of scope
  const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: see, excluded: see }, ctx.scan);
  const hit = found[0];
  if (!hit) {
    const rejected = reconciliation.rejections.find((r) => r.line === target.line && (r.source === target.source || r.source.endsWith(target.source)));
    if (rejected) throw usageError(`${rejected.source}:${rejected.line} was rejected: ${rejected.reason}${rejected.text ? ` "${rejected.text}"` : ''}`);
    throw usageError(`no expense line starts at ${opts.line}`, 'line numbers are physical lines in the file; the header and preamble are not expense lines');
  }
  const report = explainLine(hit.line, hit.booked, hit.rows, categorizer.allMatches(hit.line), ctx.config.currency);
  setExit(await finish(ctx, report, undefined));
}

/** --variance, --forecast, --budget-to-date: figures computed from others (explain-derived-run). */
async function runDerived(inputs: string[], opts: ExplainOptions, periodArg: PeriodArg | undefined, io: Io, setExit: (code: number) => void): Promise<void> {
  if (opts.line || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.category !== undefined)
    throw usageError('--variance, --forecast, --budget-to-date and --savings name their figure themselves: leave out --line, --category, --function, --pool, --vendor and --investment');
  const ctx = await prepare([...inputs, ...(periodArg?.extraInputs ?? [])], opts, io, { command: 'explain', checks: false });
  const config = ctx.config;
  const category = (v: string | boolean | undefined, flag: string) =>
    typeof v === 'string' ? resolveKey(flag, v, config.categories.map((c) => ({ key: c.id, names: [c.name] }))) : undefined;
  const period = periodArg ? resolvePeriod(periodArg, config.fiscalYearStart) : undefined;
  const { runExplainBudget, runExplainForecast, runExplainSavings, runExplainVariance } = await import('./explain-derived-run.js');
  if (opts.savings !== undefined) return runExplainSavings(ctx, opts.savings, setExit);
  if (opts.variance !== undefined) return runExplainVariance(ctx, category(opts.variance, '--variance')!, period?.label, opts, setExit);
  if (opts.forecast !== undefined) {
    if (period !== undefined) throw usageError('--forecast takes its months from --run-rate-months and --to, not --period');
    return runExplainForecast(ctx, category(opts.forecast, '--forecast'), opts, setExit);
  }
  return runExplainBudget(ctx, category(opts.budgetToDate, '--budget-to-date'), period?.label, opts, setExit);
}

interface PeriodArg {
  kind: PeriodKind | undefined;
  label: string;
  /** words after the period that are not part of it: input files (commander gave them to the variadic option) */
  extraInputs: string[];
}

/** `--period 2026-Q3`, `--period fiscal-year FY2027` or `--month 2026-10`: the label, and its kind when written. */
function splitPeriodOption(opts: ExplainOptions): PeriodArg | undefined {
  if (opts.month !== undefined && opts.period !== undefined) throw usageError('give --period or --month, not both');
  if (opts.month !== undefined) return { kind: 'month', label: opts.month.trim(), extraInputs: [] };
  const words = opts.period;
  if (words === undefined || words.length === 0) return undefined;
  const first = words[0]!.trim();
  if ((PERIOD_KINDS as readonly string[]).includes(first)) {
    const label = words[1];
    if (label === undefined) throw usageError(`--period ${first} needs the period itself, e.g. --period ${first} ${EXAMPLE_PERIOD[first as PeriodKind]}`);
    return { kind: first as PeriodKind, label: label.trim(), extraInputs: words.slice(2) };
  }
  return { kind: undefined, label: first, extraInputs: words.slice(1) };
}

const EXAMPLE_PERIOD: Record<PeriodKind, string> = { month: '2026-10', quarter: '2026-Q3', year: '2026', 'fiscal-year': 'FY2027', 'fiscal-quarter': 'FY2027-Q1' };

function resolvePeriod(arg: PeriodArg, fiscalYearStart: number): ExplainCell['period'] {
  const label = arg.label.toUpperCase();
  const kind = kindOfPeriod(label);
  if (kind === undefined) throw usageError(`--period: "${arg.label}" is not a period`, `use a month (2026-10), quarter (2026-Q3), year (2026), fiscal year (FY2027) or fiscal quarter (FY2027-Q1)`);
  if (arg.kind !== undefined && arg.kind !== kind) throw usageError(`--period ${arg.kind} ${arg.label}: ${arg.label} is a ${kind}`, `e.g. --period ${arg.kind} ${EXAMPLE_PERIOD[arg.kind]}`);
  return { kind, label, months: monthsOfPeriod(label, fiscalYearStart)! };
}

/** A name as the user wrote it → the key report uses, or a usage error with the known ones. */
function resolveKey(flag: string, value: string, known: readonly { key: string; names: string[] }[]): string {
  const lower = value.trim().toLowerCase();
  const hit = known.find((k) => k.key.toLowerCase() === lower || k.names.some((n) => n.toLowerCase() === lower));
  if (hit) return hit.key;
  const guess = didYouMean(value, known.map((k) => k.key));
  throw usageError(`${flag}: unknown "${value}"`, guess ? `did you mean "${guess}"?` : `use one of ${known.map((k) => k.key).join(', ')}`);
}

const NO_VENDOR = '(no vendor)';

async function runExplainCell(ctx: RunContext, opts: ExplainOptions, periodArg: PeriodArg | undefined, setExit: (code: number) => void): Promise<void> {
  const config = ctx.config;
  if (opts.as !== undefined && opts.as !== 'report' && opts.as !== 'board') throw usageError(`--as must be report or board, got "${opts.as}"`);
  const as = (opts.as ?? 'report') as 'report' | 'board';
  const functions = [...new Set([...config.categories.map((c) => c.function), 'Unassigned'])].sort();
  const keys: ExplainCell['keys'] = {};
  if (opts.category !== undefined) keys.category = resolveKey('--category', opts.category, config.categories.map((c) => ({ key: c.id, names: [c.name] })));
  if (opts.function !== undefined) keys.function = resolveKey('--function', opts.function, functions.map((f) => ({ key: f, names: [] })));
  if (opts.pool !== undefined) keys.pool = resolveKey('--pool', opts.pool, POOLS.map((p) => ({ key: p, names: [] })));
  if (opts.investment !== undefined) keys.investment = resolveKey('--investment', opts.investment, [...INVESTMENTS, 'unclassified'].map((p) => ({ key: p, names: [] })));
  const cell: ExplainCell = {
    keys,
    period: periodArg ? resolvePeriod(periodArg, config.fiscalYearStart) : undefined,
    revenueGenerating: opts.revenueGenerating === true,
    allocate: opts.allocate !== false,
    as,
  };
  // the vendor grain of the figure's ledger (report-run and board-run choose the same)
  const dims: Dimension[] = [...cellDimensions(cell), ...(opts.vendor !== undefined ? (['vendor'] as const) : [])];
  const detail: VendorDetail = as === 'board' ? true : reportVendorDetail(dims);
  const ledgerVendor = vendorDisplayKey(config, detail);
  const keepsVendor = as === 'board' ? undefined : vendorScope(config, detail);
  const itemized = as === 'board';
  const canonical = vendorDisplayKey(config, true);
  const allocating = allocates({ ...cell, keys: { ...keys, ...(opts.vendor !== undefined ? { vendor: '' } : {}) } }, config);
  // the run's facts at the figure's grain: the pack rounds them once per run (report/display-rounding.ts),
  // so the figure shown here is the pack's, and allocation weighs what the pack weighs
  const ledger = itemized ? new ItemLedger(ledgerVendor) : new Ledger(ledgerVendor, false, keepsVendor);

  // the vendor: its catalog name, matched whole (a report cell); by part of its name only when no vendor is named so
  const vendorWanted = opts.vendor?.trim();
  const vendorExact = vendorWanted === undefined ? undefined : (lookupVendor(vendorWanted)?.name ?? vendorWanted).toLowerCase();
  const vendorPart = vendorWanted?.toLowerCase();
  // every spelling of a vendor outside the catalog is one vendor, as in report --by vendor
  const identityWanted = vendorWanted === undefined || lookupVendor(vendorWanted) !== undefined ? '' : vendorIdentity(vendorWanted);
  let periodTotal: Decimal = ZERO;
  const excludedLines: ExplainLine[] = [];
  const collected: (ExplainLine & { role: 'direct' | 'shared'; vendorMatch: 'exact' | 'part' | undefined; vendorKey: string })[] = [];
  const { reconciliation } = await scanInputs(
    ctx.paths,
    config,
    {
      // excluded lines (out of scope) are in no figure: listed apart, when asked
      excluded: (l, _booked, c) => {
        if (!opts.includeExcluded) return;
        const month = monthOf(l.date);
        const vendorKey = canonical(l.vendor) || NO_VENDOR;
        for (const p of c.parts) {
          const role = roleOf({ ...cell, allocate: false, keys: { ...keys, ...(vendorExact !== undefined ? { vendor: vendorKey.toLowerCase() === vendorExact ? vendorKey : '\u0000' } : {}) } }, config, { category: p.category, pool: p.pool, month, vendorKey });
          if (role === undefined) continue;
          excludedLines.push({ source: l.source, line: l.line, date: l.date, month, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? '', scope: c.scope, fact: '' });
        }
      },
      line: (l, _booked, c) => {
        ledger.addLine(l, c);
        const month = monthOf(l.date);
        if (cell.period && !cell.period.months.includes(month)) return;
        for (const p of c.parts) periodTotal = add(periodTotal, p.amount);
        let vendorKey = '';
        let vendorMatch: 'exact' | 'part' | undefined;
        if (vendorExact !== undefined) {
          vendorKey = canonical(l.vendor) || NO_VENDOR;
          if (vendorKey.toLowerCase() === vendorExact || (identityWanted !== '' && lookupVendor(l.vendor) === undefined && vendorIdentity(l.vendor) === identityWanted)) vendorMatch = 'exact';
          else if (l.vendor.toLowerCase().includes(vendorPart!)) vendorMatch = 'part';
          else return;
        }
        const quantity = c.parts.length === 1 ? l.quantity : undefined;
        const item = itemized && quantity !== undefined ? `${l.account}\u0000${l.description}` : '';
        for (const p of c.parts) {
          const role = roleOf({ ...cell, keys: { ...keys, ...(vendorExact !== undefined ? { vendor: vendorKey } : {}) } }, config, { category: p.category, pool: p.pool, month, vendorKey });
          if (role === undefined) continue;
          const factVendor = keepsVendor === undefined || keepsVendor(p.category) ? ledgerVendor(l.vendor) || NO_VENDOR : NO_VENDOR;
          collected.push({
            source: l.source,
            line: l.line,
            date: l.date,
            month,
            vendor: l.vendor,
            description: l.description,
            amount: p.amount,
            category: p.category,
            pool: p.pool,
            rule: c.rule?.id ?? `(none: ${config.uncategorized})`,
            scope: c.scope,
            fact: factKey({ category: p.category, pool: p.pool, vendor: factVendor, month, item }),
            role,
            vendorMatch,
            vendorKey,
          });
        }
      },
    },
    ctx.scan,
  );

  const notes: string[] = [];
  let lines: typeof collected = collected;
  if (vendorExact !== undefined) {
    const exact = collected.filter((l) => l.vendorMatch === 'exact');
    if (exact.length > 0 || allocating) {
      lines = exact;
      keys.vendor = exact[0]?.vendorKey ?? lookupVendor(vendorWanted!)?.name ?? vendorWanted!;
    } else {
      lines = collected;
      keys.vendor = vendorWanted!;
      const names = [...new Set(collected.map((l) => l.vendorKey))].sort();
      if (names.length > 0) notes.push(`No vendor is named "${vendorWanted}": these are the lines of every vendor whose name contains it (${names.join(', ')}), not one figure of report --by vendor.`);
    }
  }
  const facts = ledger.all();
  const report = buildExplainCellReport({
    config,
    cell,
    lines,
    facts: allocating ? facts : [],
    shownFacts: roundFacts(facts),
    reportCommand: figureSource(cell, config),
    rejections: opts.includeRejected ? reconciliation.rejections : undefined,
    notes,
    periodTotal: cell.revenueGenerating ? periodTotal : undefined,
    excluded: opts.includeExcluded ? excludedLines : undefined,
    footer: footerOf(reconciliation, config.currency),
  });
  setExit(await finish(ctx, report, reconciliation));
}

/** The command whose figure the explanation adds up to. */
function figureSource(cell: ExplainCell, config: Config): string {
  if (cell.as === 'board') return 'the board pack\'s figure (allocated at its grain: item and catalog vendor)';
  if (cell.revenueGenerating) return 'the revenue-generating spend of the board\'s headline (its share: this total over all spend of the period)';
  const dims = cellDimensions(cell);
  const by = dims.map((d) => `--by ${d}`).join(' ');
  const noAllocate = cell.keys.function !== undefined && !cell.allocate && config.allocations.size > 0 ? ' --no-allocate' : '';
  return `\`techspend report${by ? ` ${by}` : ''} --period ${cell.period?.kind ?? 'month'}${noAllocate}\``;
}

function explainLine(l: ExpenseLine, booked: Decimal, parts: Row[], matches: { id: string; where: string; describe: string; category?: string | undefined }[], currency: string): Report {
  const fields: Row[] = [
    { field: 'source', value: `${l.source}:${l.line}` },
    { field: 'date', value: l.date },
    { field: 'vendor', value: l.vendor },
    { field: 'description', value: l.description },
    { field: 'account', value: l.account },
    { field: 'department', value: l.department },
    { field: 'amount', value: `${toExact(l.amount)} ${l.currency}` },
    { field: `booked (${currency})`, value: toExact(booked) },
    ...[...l.header.entries()].map(([name, i]) => ({ field: `column.${name}`, value: l.fields[i] ?? '' })),
  ];
  const winner = matches[0];
  const excluded = parts.some((p) => p.scope === 'excluded');
  const ruleRows: Row[] = matches.map((r, i) => ({ order: i + 1, rule: r.id, where: r.where, match: r.describe, category: r.category ?? '', result: i === 0 ? 'wins (first match)' : `matches, but ${winner!.id} comes first` }));
  const columns = [text('category', 'Category'), text('pool', 'Pool'), money('amount', 'Amount'), text('rule', 'Rule'), text('scope', 'Scope')];
  return {
    version: 1,
    command: 'explain',
    title: `Line ${l.source}:${l.line}`,
    currency,
    parameters: { currency },
    summary: [winner ? `Rule ${winner.id} (${winner.where}) matched first: ${winner.describe}.` : 'No rule matched: the line is uncategorized.', `${matches.length} rules match this line.`, ...(excluded ? ['The line is excluded (not technology spend): it is in no technology figure, only in the reconciliation.'] : [])],
    sections: [
      { id: 'line', title: 'The line', columns: [text('field', 'Field'), text('value', 'Value')], rows: fields },
      { id: 'rules', title: 'Rules that match, in evaluation order', columns: [int('order', '#'), text('rule', 'Rule'), text('where', 'Where'), text('match', 'Match'), text('category', 'Category'), text('result', 'Result')], rows: ruleRows },
      { id: 'result', title: 'Result', columns, rows: parts },
    ],
    data: { id: 'result', columns: [text('source', 'source'), int('line', 'line'), ...columns], rows: parts },
    warnings: [],
  };
}
