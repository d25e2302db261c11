import type { Command } from 'commander';
import { Ledger } from '../../analysis/ledger.js';
import { usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/workers/parallel.js';
import { PERIOD_KINDS, type PeriodKind } from '../../period/period.js';
import { buildSpendReport } from '../../report/build-spend.js';
import { type Dimension, DIMENSIONS } from '../../report/dimensions.js';
import { vendorDisplayKey, type VendorDetail } from '../vendor-key.js';
import { loadBudget } from '../money-options.js';
import { moneyTalk } from '../../report/build-mix.js';
import { finish, footerOf, type Io, prepare } from '../context.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

interface ReportOptions extends CommonOptions {
  threads?: string;
  by?: string[];
  period?: string;
  allocate?: boolean;
  budget?: string;
}

export function parseDimensions(values: string[] | undefined, fallback: Dimension[]): Dimension[] {
  const by = values && values.length > 0 ? values.flatMap((v) => v.split(',')).map((v) => v.trim()) : fallback;
  for (const d of by) if (!(DIMENSIONS as readonly string[]).includes(d)) throw usageError(`unknown --by "${d}"`, `use ${DIMENSIONS.join(', ')}`);
  return by as Dimension[];
}

export function parsePeriod(value: string | undefined, fallback: PeriodKind): PeriodKind {
  const p = value ?? fallback;
  if (!(PERIOD_KINDS as readonly string[]).includes(p)) throw usageError(`unknown --period "${p}"`, `use ${PERIOD_KINDS.join(', ')}`);
  return p as PeriodKind;
}

export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('report')
    .description('spend by category, business function, finance pool, vendor or run/grow/transform, per period, with shares and a reconciliation footer')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--by <dimension>', 'group by category|function|pool|vendor|investment (repeat for a cross tab)', (v: string, p: string[] = []) => [...p, v])
    .option('--period <kind>', 'month|quarter|year|fiscal-year|fiscal-quarter', 'month')
    .option('--threads <n>', 'worker threads for a large file (default: auto, one per core; 1 = this thread only)')
    .option('--no-allocate', 'with --by function: keep shared categories as their own function (no allocation)')
    .option('--budget <csv>', 'budget file with category,period,amount for the budget section (default: the budget in the config)');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Examples:
  techspend report --demo
  techspend report gl.csv card.csv --by function --period fiscal-quarter
  techspend report exports/ --by category --by pool --format markdown -o spend.md
  techspend report gl.csv --by category --period month --format csv`,
  );
  cmd.action(async (inputs: string[], opts: ReportOptions) => {
    const ctx = prepare(inputs, opts, io);
    const by = parseDimensions(opts.by, ['category']);
    const period = parsePeriod(opts.period, 'month');
    // allocation splits shared spend fact by fact: keep the vendor grain wherever functions are
    // shown (report, board and variance then agree to the cent); drop it where nothing reads it
    const vendors: VendorDetail = by.includes('vendor') ? true : by.includes('function') || by.length === 1 ? false : 'none';
    const ledger = new Ledger(vendorDisplayKey(ctx.config, vendors));
    const configSource = { path: opts.config, demo: opts.demo, cwd: io.cwd, currency: ctx.config.currency };
    const reconciliation = await scanToLedger(ledger, { paths: ctx.paths, config: ctx.config, scan: ctx.scan, configSource, canonicalVendors: vendors, threads: opts.threads });
    const facts = ledger.all();
    const mix = moneyTalk(facts, ctx.config, by, { allocate: opts.allocate !== false, budget: loadBudget(opts.budget, io.cwd, ctx.config)?.lines });
    const report = buildSpendReport(mix.facts, ctx.config, { by, period, ...mix.additions }, footerOf(reconciliation));
    setExit(finish(ctx, report, reconciliation, facts));
  });
}
