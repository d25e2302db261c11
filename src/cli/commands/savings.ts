import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { findSavings } from '../../analysis/savings/find.js';
import { RecordCollector, type SpendRecord } from '../../analysis/savings/record.js';
import { parseRegister, type SavingsItem } from '../../analysis/savings/register.js';
import { fiscalClock, matchRegister, nextIds, redeploymentSummary, registerWarnings, yamlSnippet } from '../../analysis/savings/register-view.js';
import { DEFAULT_THRESHOLDS, type SavingsThresholds } from '../../analysis/savings/thresholds.js';
import { dataError, EXIT, ExitError, usageError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import { compare, type Decimal, parseDecimal, toExact } from '../../money/decimal.js';
import { buildSavingsReport } from '../../report/build-savings.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import type { Report, ReportFooter } from '../../report/model.js';
import { parseAmount, parseCount, parsePercent } from '../money-options.js';
import { addCommonOptions, checkDate, type CommonOptions } from '../options.js';

interface SavingsOptions extends CommonOptions {
  register?: string | false;
  asOf?: string;
  overlapMonths?: string;
  overlapAll?: boolean;
  priceIncrease?: string;
  priceRepeats?: string;
  duplicateDays?: string;
  utilization?: string;
  unusedMonths?: string;
  annualMonths?: string;
  annualDiscount?: string;
  spike?: string;
  spikeWindow?: string;
  minSaving?: string;
}

export const REGISTER_NAME = 'savings.yaml';

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
  };
}

const pct = (d: Decimal) => `${toExact({ units: d.units * 100n, scale: d.scale })}%`;

export function registerSavings(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('savings')
    .description('savings candidates found in the data (overlap, price-increase, duplicate-charge, unused, annual-billing, spike) with evidence lines, the savings register and where realized money is redeployed')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--register <file>', `savings register (default: ${REGISTER_NAME} next to the config, when there is one)`)
    .option('--no-register', 'ignore any savings register')
    .option('--as-of <date>', "today, for the days left in the fiscal year and overdue items (default: the last date in the data)")
    .option('--overlap-months <n>', 'overlap: vendors of one group each billed in every one of the last n months', '3')
    .option('--overlap-all', 'overlap: also count groups where several vendors are usually deliberate (hyperscale cloud, laptops, carriers)')
    .option('--price-increase <pct>', 'price-increase: a recurring charge stepping up by more than this', '5%')
    .option('--price-repeats <n>', 'price-increase: identical charges before the step that make it recurring', '2')
    .option('--duplicate-days <n>', 'duplicate-charge: same vendor and amount at most n days apart', '1')
    .option('--utilization <pct>', 'unused: active users / seats below this ...', '80%')
    .option('--unused-months <n>', '... in each of the last n months', '3')
    .option('--annual-months <n>', 'annual-billing: the same monthly amount in each of the last n months', '12')
    .option('--annual-discount <pct>', 'annual-billing: the discount annual terms usually give', '15%')
    .option('--spike <multiple>', 'spike: a vendor month above this multiple of its trailing median', '3')
    .option('--spike-window <n>', 'spike: months of history the median looks at (at most)', '6')
    .option('--min-saving <amount>', 'leave out candidates estimated below this amount', '0');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Candidates are found in the spend data alone; recency windows (overlap, unused, annual-billing)
end at the latest month in the data (use --to to move it). Each estimate says how it was computed
and names its evidence lines (file:line). One-off amounts (duplicate-charge, spike) are marked.

The register (${REGISTER_NAME}: items with id, title, vendor or category, status idea|approved|
in-progress|realized|redeployed, annual, owner, due, redeployTo) is read from --register, else
from ${REGISTER_NAME} next to the config (next to the demo's with --demo, in the current folder with
the built-in default). A candidate is tracked when an item names its vendor (and its kind, when the
item has one); the others get a ready-to-paste YAML line.

Columns (csv): kind,vendor,category,annualized_saving,confidence,evidence  (evidence: file:line refs separated by spaces)

Examples:
  techspend savings --demo
  techspend savings exports/ --register savings.yaml --as-of 2026-11-15
  techspend savings gl.csv card.csv --price-increase 10% --format csv`,
  );
  cmd.action(async (inputs: string[], opts: SavingsOptions) => {
    const ctx = prepare(inputs, opts, io);
    const thresholds = thresholdsFrom(opts);
    const asOfFlag = checkDate(opts.asOf, '--as-of');
    const minSaving = parseAmount(opts.minSaving ?? '0', '--min-saving');
    const register = readRegister(opts.register, ctx.origin, ctx.config.dir, io.cwd, ctx.config, ctx.note);
    const collector = new RecordCollector();
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, b, c) => collector.add(l, b, c) }, ctx.scan);
    const report = savingsReportOf(ctx, collector.records, { thresholds, minSaving, asOf: asOfFlag, register }, footerOf(reconciliation));
    setExit(finish(ctx, report, reconciliation));
  });
}

export interface SavingsInputs {
  thresholds: SavingsThresholds;
  minSaving: Decimal;
  /** --as-of; default: the last date in the data */
  asOf: string | undefined;
  register: { path: string; items: SavingsItem[] } | undefined;
}

/** Candidates, register view, redeployment and the fiscal clock, as one report (savings and board). */
export function savingsReportOf(ctx: RunContext, records: readonly SpendRecord[], o: SavingsInputs, footer: ReportFooter | undefined): Report {
  const { thresholds, minSaving, register } = o;
  let lastDate: string | undefined;
  for (const r of records) if (lastDate === undefined || r.date > lastDate) lastDate = r.date;
  const asOf = o.asOf ?? lastDate;
  if (asOf === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to look at: no expense lines (in the date range)', 'give --as-of to see the register alone');
  const findings = findSavings(records, thresholds, ctx.config.currency, (c) => ctx.config.categoryById.get(c)?.function ?? c);
  findings.candidates = findings.candidates.filter((c) => compare(c.annual, minSaving) >= 0);
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
      warnings: registerWarnings(items, clock),
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
