/** `techspend init`, the action: loaded only when the command runs (options and help in init.ts). */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { lookupVendor } from '../../catalog/catalog.js';
import { buildConfig, parseConfigText } from '../../config/build.js';
import type { Config } from '../../config/config.js';
import { defaultConfig } from '../../config/default-config.js';
import { type DraftFile, type DraftVendor, draftConfig, STARTER_CONFIG } from '../../config/draft.js';
import { EXIT, usageError } from '../../diagnostic.js';
import { terminalText } from '../../terminal-text.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { expandInputs } from '../../io/inputs.js';
import { writeOutput } from '../../io/output.js';
import { scanInputs } from '../../io/scan.js';
import { isKnownCurrency } from '../../money/currency.js';
import { add, type Decimal, divide, neg, toFixed, toGrouped, ZERO } from '../../money/decimal.js';
import { createCategorizer } from '../../rules/engine.js';
import type { Io } from '../context.js';
import { parseCount } from '../money-options.js';
import type { InitOptions } from './init.js';

/** Check the drafted text the way `validate` will read it. */
function checkDraft(text: string): Config {
  const parsed = parseConfigText(text, 'techspend.yaml');
  const built = parsed.diagnostics.length > 0 ? undefined : buildConfig(parsed.value, { path: 'techspend.yaml', dir: '.', readRelative: () => ({ error: 'not read by init' }) });
  if (built?.config === undefined) {
    const problems = [...parsed.diagnostics, ...(built?.diagnostics ?? [])].map((d) => `${d.where}: ${d.message}`).join('; ');
    throw new Error(`init drafted an invalid config: ${problems}`);
  }
  return built.config;
}

export async function runInit(opts: InitOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const shown = opts.output ?? 'techspend.yaml';
  const target = resolve(io.cwd, shown);
  if (existsSync(target) && !opts.force) throw usageError(`${shown} already exists`, 'use --force to overwrite it, or -o to write elsewhere');
  const fiscalYearStart = parseCount(opts.fiscalYearStart ?? '1', '--fiscal-year-start', 1, 12);
  const say = (m: string) => {
    // vendor and file names from the exports: never an escape sequence to the terminal
    if (!opts.quiet) io.stdout.write(terminalText(m) + '\n');
  };
  if (opts.from === undefined || opts.from.length === 0) {
    const text = STARTER_CONFIG.replace('fiscalYearStart: 1 ', `fiscalYearStart: ${fiscalYearStart} `).replace('currency: USD', `currency: ${(opts.currency ?? 'USD').toUpperCase()}`);
    checkDraft(text);
    await writeOutput(text, target, io.stdout);
    say(`Wrote ${shown}: a starter with example categories and rules. Edit it, then run \`techspend validate <csv...>\`.`);
    setExit(EXIT.ok);
    return;
  }
  let currency = opts.currency?.toUpperCase();
  if (currency !== undefined && !isKnownCurrency(currency)) throw usageError(`unknown currency "${opts.currency}"`, 'use an ISO 4217 code such as USD, EUR');
  const paths = expandInputs(opts.from, io.cwd);
  if (paths.length === 0) throw usageError('--from: no input files');
  const scan = async (reporting: string) => {
    const base = defaultConfig();
    const config: Config = { ...base, currency: reporting };
    const files = new Map<string, DraftFile>();
    const summaries = new Map<string, { rows: number }>();
    const signs = new Map<string, { negative: number; positive: number }>();
    const spend = new Map<string, { amount: Decimal; lines: number }>();
    const { reconciliation } = await scanInputs(
      paths,
      config,
      {
        file: (summary, layout) => {
          if (layout === undefined) return;
          summaries.set(summary.source, summary);
          files.set(summary.source, {
            name: basename(summary.source),
            layout,
            preset: layout.format !== 'generic CSV' && layout.format !== 'headerless CSV',
            delimiter: summary.delimiter,
            skipRows: summary.skipRows,
            expenseNegative: false,
            rows: 0,
          });
        },
        line: (l: ExpenseLine, booked: Decimal) => {
          const s = signs.get(l.source) ?? { negative: 0, positive: 0 };
          if (booked.units < 0n) s.negative++;
          else if (booked.units > 0n) s.positive++;
          signs.set(l.source, s);
          const key = `${l.source}\u0000${l.vendor.trim()}`;
          const v = spend.get(key) ?? { amount: ZERO, lines: 0 };
          spend.set(key, { amount: add(v.amount, booked), lines: v.lines + 1 });
        },
      },
      { cwd: io.cwd, displayName: (p) => p },
    );
    return { files, signs, spend, reconciliation, summaries };
  };
  let result = await scan(currency ?? 'USD');
  // the main currency of the exports, when --currency does not say
  const foreign = new Map<string, Decimal>();
  for (const r of result.reconciliation.rejections) {
    if (r.reason === 'no rate for currency' && r.currency !== undefined) foreign.set(r.currency, add(foreign.get(r.currency) ?? ZERO, r.amount && r.amount.units < 0n ? neg(r.amount) : (r.amount ?? ZERO)));
  }
  if (currency === undefined) {
    const used = result.reconciliation.inputTotal;
    const absUsed = used.units < 0n ? neg(used) : used;
    const [main] = [...foreign].sort((a, b) => compareAbs(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
    if (main !== undefined && compareAbs(main[1], absUsed) > 0) {
      currency = main[0];
      result = await scan(currency);
      foreign.clear();
      for (const r of result.reconciliation.rejections) if (r.reason === 'no rate for currency' && r.currency !== undefined) foreign.set(r.currency, ZERO);
    } else currency = 'USD';
  }
  for (const [source, f] of result.files) {
    const s = result.signs.get(source) ?? { negative: 0, positive: 0 };
    f.rows = result.summaries.get(source)?.rows ?? s.negative + s.positive;
    f.expenseNegative = !f.preset && s.negative > s.positive;
  }
  const vendors = new Map<string, DraftVendor>();
  for (const [key, v] of result.spend) {
    const [source, raw] = key.split('\u0000') as [string, string];
    const flip = result.files.get(source)?.expenseNegative === true;
    const amount = flip ? neg(v.amount) : v.amount;
    const d = vendors.get(raw) ?? { raw, amount: ZERO, lines: 0 };
    vendors.set(raw, { raw, amount: add(d.amount, amount), lines: d.lines + v.lines });
  }
  const draft = draftConfig({
    currency,
    fiscalYearStart,
    files: [...result.files.values()],
    vendors: [...vendors.values()].filter((v) => v.raw !== ''),
    foreignCurrencies: [...foreign.keys()].sort(),
  });
  // what the written rules really categorize, with the real rules engine
  const config = checkDraft(draft.text);
  const categorizer = createCategorizer(config);
  let covered: Decimal = ZERO;
  for (const v of vendors.values()) {
    if (v.amount.units <= 0n) continue;
    const line: ExpenseLine = { source: '', line: 0, date: '2000-01-01', vendor: v.raw, description: '', account: '', department: '', costCenter: '', currency, amount: v.amount, fields: [], header: new Map() };
    if (categorizer.categorize(line, v.amount).rule !== undefined) covered = add(covered, v.amount);
  }
  await writeOutput(draft.text, target, io.stdout);
  const pct = draft.total.units === 0n ? '0.0' : toFixed(divide({ units: covered.units * 100n, scale: covered.scale }, draft.total, 1), 1);
  say(`Wrote ${shown}: ${draft.categories} categories, ${draft.rules} rules; they categorize ${pct}% of the spend found (${toGrouped(covered)} of ${toGrouped(draft.total)} ${currency}).`);
  say('Files:');
  for (const f of result.files.values()) say(`  ${f.name}: ${f.layout.format}${f.expenseNegative ? ', expense-negative' : ''}, ${f.rows} rows`);
  say('Top vendors by spend:');
  for (const t of draft.top) say(`  ${t.vendor}: ${toGrouped(t.amount)} ${currency} → ${t.category ?? '(not in the catalog: add a rule)'}${t.category && lookupVendor(t.vendor) ? ` (${lookupVendor(t.vendor)!.name})` : ''}`);
  if (foreign.size > 0) io.stderr.write(`techspend: warning: amounts in ${[...foreign.keys()].sort().join(', ')}: ${shown} has placeholder rates (1.0): set the real rates before reporting\n`);
  setExit(EXIT.ok);
}

function compareAbs(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale);
  const x = (a.units < 0n ? -a.units : a.units) * 10n ** BigInt(s - a.scale);
  const y = (b.units < 0n ? -b.units : b.units) * 10n ** BigInt(s - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
