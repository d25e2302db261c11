/** `techspend savings`, the action: loaded only when the command runs (options and help in savings.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { findSavings, type SavingsFindings } from '../../analysis/savings/find.js';
import type { SavingsSource } from '../../analysis/savings/source.js';
import { type AmortizeHint, amortizeHints } from '../../analysis/renewals/amortize-hint.js';
import { vendorLinesOf } from '../../analysis/renewals/from-records.js';
import { identifyVendor } from '../../analysis/savings/record-names.js';
import { SpillingCollector } from '../../io/spill.js';
import { holdSnugHeap } from '../../io/heap.js';
import { parseRegister, type SavingsItem } from '../../analysis/savings/register.js';
import { fiscalClock, matchRegister, nextIds, redeploymentSummary, registerWarnings, yamlSnippet } from '../../analysis/savings/register-view.js';
import { DEFAULT_THRESHOLDS, type SavingsThresholds } from '../../analysis/savings/thresholds.js';
import { isMaterial } from '../../analysis/savings/materiality.js';
import type { Unexamined } from '../../analysis/savings/scope.js';
import type { Republished } from '../../analysis/savings/duplicate-charge.js';
import { dataError, EXIT, ExitError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { Ledger } from '../../analysis/ledger.js';
import { referenceDate } from '../../analysis/window.js';
import { compare, type Decimal, parseDecimal, toExact } from '../../money/decimal.js';
import { buildSavingsReport } from '../../report/build-savings.js';
import { checkDate, finish, footerOf, type Io, prepare, type RunContext, scanJob } from '../context.js';
import type { Report, ReportFooter } from '../../report/model.js';
import { parseAmount, parseCount, parsePercent } from '../money-options.js';
import { REGISTER_NAME } from './savings.js';
import type { SavingsOptions } from './savings.js';

function parseFactor(value: string, flag: string): Decimal {
  const d = parseDecimal(value.trim().replace(/x$/i, ''));
  if (d === undefined || d.units <= 0n) throw usageError(`${flag} needs a multiple like 3 or 3x, got "${value}"`);
  return d;
}

function thresholdsFrom(o: SavingsOptions): SavingsThresholds {
  const d = DEFAULT_THRESHOLDS;
  return {
    overlapMonths: o.overlapMonths ? parseCount(o.overlapMonths, '--overlap-months', 1, 24) : d.overlapMonths,
    overlapAll: o.overlapAll === true,
    priceIncrease: o.priceIncrease ? parsePercent(o.priceIncrease, '--price-increase') : d.priceIncrease,
    priceRepeats: o.priceRepeats ? parseCount(o.priceRepeats, '--price-repeats', 1, 24) : d.priceRepeats,
    duplicateDays: o.duplicateDays ? parseCount(o.duplicateDays, '--duplicate-days', 0, 31) : d.duplicateDays,
    utilization: o.utilization ? parsePercent(o.utilization, '--utilization') : d.utilization,
    unusedMonths: o.unusedMonths ? parseCount(o.unusedMonths, '--unused-months', 1, 24) : d.unusedMonths,
    annualMonths: o.annualMonths ? parseCount(o.annualMonths, '--annual-months', 2, 60) : d.annualMonths,
    annualDiscount: o.annualDiscount ? parsePercent(o.annualDiscount, '--annual-discount') : d.annualDiscount,
    spikeFactor: o.spike ? parseFactor(o.spike, '--spike') : d.spikeFactor,
    spikeWindow: o.spikeWindow ? parseCount(o.spikeWindow, '--spike-window', 1, 24) : d.spikeWindow,
    spikeHistory: d.spikeHistory,
    materialAmount: o.material ? parseAmount(o.material, '--material') : d.materialAmount,
    materialShare: o.materialShare ? parsePercent(o.materialShare, '--material-share') : d.materialShare,
  };
}

const pct = (d: Decimal) => `${toExact({ units: d.units * 100n, scale: d.scale })}%`;

export async function runSavings(inputs: string[], opts: SavingsOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'savings' });
  const thresholds = thresholdsFrom(opts);
  const asOfFlag = checkDate(opts.asOf, '--as-of');
  const minSaving = parseAmount(opts.minSaving ?? '0', '--min-saving');
  const register = readRegister(opts.register, ctx.origin, ctx.config.dir, io.cwd, ctx.config, ctx.note);
  const collector = new SpillingCollector();
  const heap = holdSnugHeap();
  try {
    // the records are what savings reads; the scan's ledger sums over vendors and is not used
    const ledger = new Ledger(() => '', false, () => false);
    const reconciliation = await scanToLedger(ledger, {
      ...scanJob(ctx, opts.threads),
      canonicalVendors: 'none',
      records: collector,
    });
    ctx.phase('looking for savings');
    // the same as-of date as board, variance and forecast: --to, else the end of the latest month
    const asOf = asOfFlag ?? referenceDate(ctx.scan.to, ledger.months());
    const source = collector.source();
    // vendors billed in lumps: the lines to amortize (savings itself only; the board leaves them out)
    const spread = new Set([...collector.spread].map((raw) => identifyVendor(raw).vendorKey));
    const amortize = amortizeHints(vendorLinesOf(source), spread);
    const unexamined = { lines: reconciliation.uncategorizedLines, amount: reconciliation.uncategorizedTotal };
    const report = savingsReportOf(ctx, source, { thresholds, minSaving, asOf, register, amortize, unexamined }, footerOf(reconciliation, ctx.config.currency));
    setExit(await finish(ctx, report, reconciliation));
  } finally {
    heap.release();
    collector.dispose();
  }
}

export interface SavingsInputs {
  thresholds: SavingsThresholds;
  minSaving: Decimal;
  /** --as-of; default (board and savings): --to, else the last day of the latest month in the data */
  asOf: string | undefined;
  register: { path: string; items: SavingsItem[] } | undefined;
  /** vendors billed in lumps (`techspend savings` only) */
  amortize?: AmortizeHint[] | undefined;
  /** the lines savings did not examine (uncategorized: analysis/savings/scope.ts), from the reconciliation */
  unexamined?: Unexamined | undefined;
}

/** Candidates, register view, redeployment and the fiscal clock, as one report (savings and board). */
export function savingsReportOf(ctx: RunContext, records: SavingsSource, o: SavingsInputs, footer: ReportFooter | undefined): Report {
  const { thresholds, minSaving, register } = o;
  const lastDate = records.lastDate;
  const asOf = o.asOf ?? lastDate;
  if (asOf === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to look at: no expense lines (in the date range)', 'give --as-of to see the register alone');
  const findings = findSavings(records, thresholds, ctx.config.currency, (c) => ctx.config.categoryById.get(c)?.function ?? c, register?.items ?? []);
  findings.candidates = findings.candidates.filter((c) => compare(c.annual, minSaving) >= 0);
  // bills in lumps below the materiality floor: held back, counted
  const amortize = o.amortize?.filter((h) => isMaterial(h.amount, findings.heldBack.materiality));
  const clock = fiscalClock(asOf, ctx.config.fiscalYearStart);
  const items = register?.items ?? [];
  const matches = matchRegister(findings.candidates, items);
  const untracked = findings.candidates.filter((c) => !matches.has(c));
  const ids = nextIds(items, untracked.length);
  const snippet = untracked.map((c, i) => yamlSnippet(ids[i]!, c, clock.fiscalYearEnd));
  return buildSavingsReport(
    ctx.config,
    {
      findings,
      register,
      matches,
      clock,
      redeployment: redeploymentSummary(items),
      snippet,
      parameters: {
        thresholds: `overlap ${thresholds.overlapMonths} months · price +${pct(thresholds.priceIncrease)} · duplicate ${thresholds.duplicateDays} day${thresholds.duplicateDays === 1 ? '' : 's'} · unused < ${pct(thresholds.utilization)} for ${thresholds.unusedMonths} months · annual ${thresholds.annualMonths} months at ${pct(thresholds.annualDiscount)} · spike > ${toExact(thresholds.spikeFactor)}× median of ${thresholds.spikeWindow} months`,
      },
      amortize,
      heldBack: { ...findings.heldBack, unexamined: o.unexamined, lumps: (o.amortize?.length ?? 0) - (amortize?.length ?? 0) },
      warnings: [...registerWarnings(items, clock), ...findingWarnings(findings)],
    },
    footer,
  );
}

export function readRegister(
  flag: string | false | undefined,
  origin: 'file' | 'demo' | 'default',
  configDir: string,
  cwd: string,
  config: Parameters<typeof parseRegister>[2],
  note: (m: string) => void,
): { path: string; items: SavingsItem[] } | undefined {
  if (flag === false) return undefined;
  let path: string;
  let shown: string;
  if (flag !== undefined) {
    path = isAbsolute(flag) ? flag : resolve(cwd, flag);
    shown = flag;
  } else {
    path = join(origin === 'default' ? cwd : resolve(cwd, configDir), REGISTER_NAME);
    if (!existsSync(path)) return undefined;
    shown = origin === 'demo' ? `demo/${REGISTER_NAME}` : relative(cwd, path) || path;
    note(`savings register: ${shown}`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --register ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const { items, diagnostics } = parseRegister(text, shown, config);
  if (diagnostics.length > 0) throw new ExitError(EXIT.usage, diagnostics);
  return { path: shown, items };
}

const MAX_REFS = 6;

function refList(refs: readonly { source: string; line: number }[]): string {
  const shown = refs.slice(0, MAX_REFS).map((r) => `${r.source}:${r.line}`);
  return refs.length > MAX_REFS ? `${shown.join(', ')} and ${refs.length - MAX_REFS} more` : shown.join(', ');
}

/** What the detectors saw that is not a saving: rows counted twice by the data, savings not real yet. */
function findingWarnings(f: SavingsFindings): string[] {
  const out: string[] = [];
  const again = f.republished.filter((r) => r.first.source !== r.second.source);
  if (again.length > 0)
    out.push(
      `${again.length} row${again.length === 1 ? '' : 's'} published again in a second file (same date, description, reference and amount): the data counts ${again.length === 1 ? 'it' : 'them'} twice; not a charge to claim back: ${refList(
        again.flatMap((r) => [r.first, r.second]),
      )}.`,
    );
  // a block of a file published twice in that file (savings/repeated-block.ts), per file and distance
  const blocks = new Map<string, Republished[]>();
  for (const r of f.republished)
    if (r.first.source === r.second.source) {
      const k = `${r.second.source}\u0000${r.second.line - r.first.line}`;
      blocks.set(k, [...(blocks.get(k) ?? []), r]);
    }
  for (const rs of blocks.values()) {
    const lines = rs.map((r) => r.second.line);
    const distance = rs[0]!.second.line - rs[0]!.first.line;
    out.push(
      `${rs.length} line${rs.length === 1 ? '' : 's'} of ${rs[0]!.second.source} between lines ${Math.min(...lines)} and ${Math.max(...lines)} repeat${rs.length === 1 ? 's' : ''} the line ${distance} lines above, every field the same: a block of the file published twice, so the data counts ${rs.length === 1 ? 'it' : 'them'} twice; not charges to claim back: ${refList(rs.flatMap((r) => [r.first, r.second]))}.`,
    );
  }
  for (const s of f.stillBilled)
    out.push(`${s.item.id} (${s.item.status}, ${s.item.vendor}) is still billed after ${s.item.due}: ${s.lines.length} line${s.lines.length === 1 ? '' : 's'}, the latest on ${s.last}: ${refList(s.lines)}.`);
  return out;
}
