/** `techspend explain --variance / --forecast / --budget-to-date`: the derived figures (report/build-explain-derived). */
import { monthlyBudget } from '../../analysis/budget.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { DEFAULT_LOOKBACK, type ItemFact } from '../../analysis/variance.js';
import { coverageOf } from '../../period/coverage.js';
import { type Against, lastCompleteMonth, referenceDate } from '../../analysis/window.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import type { Decimal } from '../../money/decimal.js';
import { monthOf, monthsOfPeriod } from '../../period/period.js';
import type { ExplainLine } from '../../report/build-explain.js';
import { buildExplainBudget, buildExplainSavings } from '../../report/build-explain-derived.js';
import { composeExplainForecast, composeExplainVariance, type KeyedLine } from '../../report/explain-derived-pack.js';
import { findSavings } from '../../analysis/savings/find.js';
import { DEFAULT_THRESHOLDS } from '../../analysis/savings/thresholds.js';
import { SpillingCollector } from '../../io/spill.js';
import { examinedBySavings } from '../../analysis/savings/scope.js';
import type { Categorization } from '../../rules/engine.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { finish, footerOf, type RunContext } from '../context.js';
import { loadBudget, parseCount, parseGrowth } from '../money-options.js';
import { vendorDisplayKey, vendorSpellingKey } from '../../analysis/vendor-key.js';
import { readRegister } from '../savings-register.js';
import { forecastLumps, vendorLinesByName } from '../forecast-lumps-input.js';
import type { ExplainOptions } from './explain.js';

/** Scan into the variance/board ledger (catalog vendors, by item), keeping the lines `keep` wants. */
async function scanLines(ctx: RunContext, keep: (l: ExpenseLine, category: string, month: string) => boolean) {
  const canonical = vendorDisplayKey(ctx.config, true);
  const ledger = new ItemLedger(canonical, vendorSpellingKey(true));
  const lines: KeyedLine[] = [];
  const { reconciliation } = await scanInputs(
    ctx.paths,
    ctx.config,
    {
      line: (l: ExpenseLine, _b: Decimal, c: Categorization) => {
        ledger.addLine(l, c);
        const month = monthOf(l.date);
        for (const p of c.parts) {
          if (!keep(l, p.category, month)) continue;
          lines.push({ source: l.source, line: l.line, date: l.date, month, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, fact: '', vendorKey: canonical(l.vendor) || '(no vendor)' });
        }
      },
    },
    ctx.scan,
  );
  return { ledger, lines, reconciliation };
}

function noData(ctx: RunContext): never {
  throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to explain: no expense lines (in the date range)');
}

export async function runExplainVariance(ctx: RunContext, category: string, periodLabel: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  const against = (opts.against ?? 'previous') as Against;
  if (against !== 'previous' && against !== 'last-year') throw usageError(`--against must be previous or last-year, got "${opts.against}"`);
  const lookback = parseCount(opts.lookback ?? String(DEFAULT_LOOKBACK), '--lookback');
  const { ledger, lines, reconciliation } = await scanLines(ctx, (_l, c) => c === category);
  // the window and causes as variance finds them: partial months, and the vendors' billing history
  const coverage = coverageOf(reconciliation.dates.keys(), ledger.months());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage) ?? noData(ctx);
  const report = composeExplainVariance({ config: ctx.config, category, periodLabel, against, lookback, end, facts: ledger.all() as ItemFact[], months: ledger.months(), lines, footer: footerOf(reconciliation, ctx.config.currency), coverage });
  setExit(await finish(ctx, report, reconciliation));
}

export async function runExplainForecast(ctx: RunContext, category: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
  const growth = parseGrowth(opts.growth ?? [], ctx.config);
  // the window is known only after the scan: keep the lines of the latest months, trimmed after
  const { ledger, lines, reconciliation } = await scanLines(ctx, (_l, c) => category === undefined || c === category);
  // the run-rate window and per-vendor run rates as forecast finds them (coverage, cadence, one-offs)
  const coverage = coverageOf(reconciliation.dates.keys(), ledger.months());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage) ?? noData(ctx);
  const register = category === undefined ? readRegister(opts.register, ctx.origin, ctx.config.dir, ctx.io.cwd, ctx.config, ctx.note) : undefined;
  const report = composeExplainForecast({ config: ctx.config, category, runRateMonths: n, growth, coverage, end, register, facts: ledger.all() as ItemFact[], lines, footer: footerOf(reconciliation, ctx.config.currency),
    // vendors billed in lumps, as forecast finds them (the lines here are keyed by the facts' vendor name)
    lumpVendors: forecastLumps(vendorLinesByName(lines.map((l) => ({ ...l, vendor: l.vendorKey }))), ledger.all()) });
  setExit(await finish(ctx, report, reconciliation));
}

export async function runExplainBudget(ctx: RunContext, category: string | undefined, periodLabel: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  if (periodLabel === undefined) throw usageError('--budget-to-date needs --period, e.g. --period fiscal-year FY2027 --to 2026-10-31');
  const budget = loadBudget(opts.budget, ctx.io.cwd, ctx.config);
  if (budget === undefined) throw usageError('no budget: give --budget budget.csv (category,period,amount) or a budget in the config');
  const fys = ctx.config.fiscalYearStart;
  const all = monthsOfPeriod(periodLabel, fys)!;
  // to date: the months up to the last complete month on --to (the board passes its reference date)
  const last = ctx.scan.to !== undefined ? lastCompleteMonth(ctx.scan.to) : undefined;
  const months = last === undefined ? all : all.filter((m) => m <= last);
  // each line phased on its own, by the phasing every budget figure uses
  const phased = new Map(budget.lines.map((l) => [l, monthlyBudget([l], fys).get(l.category) ?? new Map<string, Decimal>()]));
  const report = buildExplainBudget({ config: ctx.config, category, label: periodLabel, months, lines: budget.lines, phased, footer: undefined });
  setExit(await finish(ctx, report, undefined));
}

/** `--savings <kind>:<vendor>`: the candidate as `savings` finds it (default thresholds), and its evidence lines. */
export async function runExplainSavings(ctx: RunContext, which: string, setExit: (code: number) => void): Promise<void> {
  const at = which.indexOf(':');
  if (at < 0) throw usageError(`--savings needs kind:vendor, e.g. unused:Salesforce, got "${which}"`);
  const kind = which.slice(0, at).trim().toLowerCase();
  const vendor = which.slice(at + 1).trim().toLowerCase();
  const collector = new SpillingCollector();
  try {
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, b, c) => { if (examinedBySavings(c)) collector.add(l, b, c); } }, ctx.scan);
    const findings = findSavings(collector.source(), DEFAULT_THRESHOLDS, ctx.config.currency, (c) => ctx.config.categoryById.get(c)?.function ?? c);
    const candidate = findings.candidates.find((c) => c.kind === kind && c.vendor.toLowerCase() === vendor);
    if (!candidate) {
      const known = findings.candidates.map((c) => `${c.kind}:${c.vendor}`);
      throw usageError(`--savings: no candidate "${which}"`, known.length > 0 ? `candidates: ${known.join(', ')}` : 'techspend savings finds none in these inputs');
    }
    // second pass: the evidence lines themselves (a candidate names a few)
    const wanted = new Set(candidate.evidence.map((e) => `${e.source}\u0000${e.line}`));
    const lines: ExplainLine[] = [];
    await scanInputs(
      ctx.paths,
      ctx.config,
      {
        line: (l, _b, c) => {
          if (!wanted.has(`${l.source}\u0000${l.line}`)) return;
          for (const p of c.parts)
            lines.push({ source: l.source, line: l.line, date: l.date, month: monthOf(l.date), vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, fact: '' });
        },
      },
      { ...ctx.scan, progress: undefined },
    );
    const order = new Map(candidate.evidence.map((e, i) => [`${e.source}\u0000${e.line}`, i]));
    lines.sort((a, b) => order.get(`${a.source}\u0000${a.line}`)! - order.get(`${b.source}\u0000${b.line}`)!);
    const found = new Set(lines.map((l) => `${l.source}\u0000${l.line}`));
    const missing = candidate.evidence.filter((e) => !found.has(`${e.source}\u0000${e.line}`)).map((e) => `${e.source}:${e.line}`);
    const report = buildExplainSavings({ config: ctx.config, candidate: { ...candidate }, lines, missing, footer: footerOf(reconciliation, ctx.config.currency) });
    setExit(await finish(ctx, report, reconciliation));
  } finally {
    collector.dispose();
  }
}
