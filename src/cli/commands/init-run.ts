/** `techspend init`, the action: loaded only when the command runs (options and help in init.ts). */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildConfig, parseConfigText } from '../../config/build.js';
import type { Config, SourceSpec } from '../../config/config.js';
import { defaultConfig } from '../../config/default-config.js';
import { type DraftAccount, type DraftFile, type DraftVendor, draftConfig, STARTER_CONFIG } from '../../config/draft.js';
import { EXIT, usageError } from '../../diagnostic.js';
import { terminalText } from '../../terminal-text.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { countSign, readsPreset, type SignCount, writesSpendNegative } from '../../ingest/spend-sign.js';
import { expandInputs } from '../../io/inputs.js';
import { loadConfigFile } from '../../io/load-config.js';
import { writeOutput } from '../../io/output.js';
import { scanInputs } from '../../io/scan.js';
import { probeCurrencies } from '../../io/currency-probe.js';
import { draftOutcome, draftSpend, type Spend } from '../../analysis/draft-spend.js';
import { isKnownCurrency } from '../../money/currency.js';
import { add, type Decimal, neg, toGrouped, ZERO } from '../../money/decimal.js';
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

const COLUMN_FLAGS = ['date', 'amount', 'vendor', 'description', 'account'] as const;

/** `--date "Journal Date" --amount Total ...`: a source for every file whose header has those columns (the rest detected). */
function flagSource(opts: InitOptions): SourceSpec | undefined {
  const columns = Object.fromEntries(COLUMN_FLAGS.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]!.trim()]));
  if (Object.keys(columns).length === 0) return undefined;
  return { files: [], headerIncludes: [...new Set(Object.values(columns))], columns, where: 'sources[--columns]' };
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
  // how to read the files: the column flags first, then an existing config's sources, then detection
  const given = opts.config === undefined ? [] : loadConfigFile(resolve(io.cwd, opts.config), opts.config).sources;
  const flags = flagSource(opts);
  const sources = [...(flags ? [flags] : []), ...given];

  const scan = async (reporting: string) => {
    const config: Config = { ...defaultConfig(), currency: reporting, sources };
    const files = new Map<string, DraftFile>();
    const unread: { source: string; problems: string[] }[] = [];
    const summaries = new Map<string, { rows: number }>();
    const signs = new Map<string, SignCount>();
    const spend = new Map<string, Spend>();
    const see = (l: ExpenseLine, booked: Decimal) => {
      const s = signs.get(l.source) ?? { negative: 0, positive: 0 };
      countSign(s, booked);
      signs.set(l.source, s);
      const vendor = l.vendor.trim();
      const account = l.account.trim();
      const key = `${l.source}\u0000${vendor}\u0000${account}`;
      const v = spend.get(key);
      if (v === undefined) spend.set(key, { source: l.source, vendor, account, amount: booked, lines: 1 });
      else {
        v.amount = add(v.amount, booked);
        v.lines++;
      }
    };
    const { reconciliation } = await scanInputs(
      paths,
      config,
      {
        file: (summary, layout) => {
          if (layout === undefined) {
            unread.push({ source: summary.source, problems: summary.notes });
            return;
          }
          summaries.set(summary.source, summary);
          files.set(summary.source, {
            name: basename(summary.source),
            layout,
            preset: readsPreset(layout.format),
            delimiter: summary.delimiter,
            skipRows: summary.skipRows,
            expenseNegative: false,
            rows: 0,
          });
        },
        // every line counts: what init drafts must add up to what report shows
        line: see,
        excluded: see,
      },
      // a file init cannot read is named (exit 1) and the others drafted
      { cwd: io.cwd, displayName: (p) => p, unrecognized: 'report' },
    );
    return { files, unread, signs, spend, reconciliation, summaries };
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
  // files whose lines name no currency: what is written for them is an assumption, said so in the
  // draft and here (never silently USD: a GBP register with no currency column looked like dollars)
  const currencyAssumedFor =
    opts.currency !== undefined
      ? []
      : (await probeCurrencies(paths, { ...defaultConfig(), currency, sources }, { cwd: io.cwd, displayName: (p) => p })).filter((e) => e.unstated > 0 && e.stated.size === 0 && result.files.has(e.file)).map((e) => e.file);
  for (const u of result.unread) {
    const problem = u.problems.find((p) => /no (date|amount) column/.test(p)) ?? u.problems[0] ?? 'columns not recognized';
    io.stderr.write(`techspend: ${u.source}: not read: ${problem}\n`);
  }
  if (result.unread.length > 0) {
    io.stderr.write(`techspend: name the columns init cannot find: init --from <file> --date "<column>" --amount "<column>" [--vendor ... --description ... --account ...], or -c <config> with a sources entry for it\n`);
  }
  if (result.files.size === 0) {
    io.stderr.write(`techspend: no file could be read: nothing written\n`);
    setExit(EXIT.data);
    return;
  }
  for (const [source, f] of result.files) {
    const s = result.signs.get(source) ?? { negative: 0, positive: 0 };
    f.rows = result.summaries.get(source)?.rows ?? s.negative + s.positive;
    // the judgement a run with no config makes from a file's first rows, here over every row
    f.expenseNegative = writesSpendNegative(f.layout, s);
  }
  const { vendors, accounts, pairs, rejected, total } = draftSpend(result.spend.values(), result.files, result.reconciliation.rejections, currency);
  const input = {
    currency,
    fiscalYearStart,
    files: [...result.files.values()],
    vendors: [...vendors.values()],
    accounts: [...accounts.values()],
    total,
    foreignCurrencies: [...foreign.keys()].sort(),
    currencyAssumedFor: currencyAssumedFor.map((f) => basename(f)),
  };
  // what the drafted rules really do, with the real rules engine (first match wins); drafted
  // again with those figures, so each category's comment is what report will show
  const { byCategory } = draftOutcome(checkDraft(draftConfig(input).text), pairs, currency);
  const draft = draftConfig({ ...input, categoryAmounts: byCategory });
  const config = checkDraft(draft.text);
  const { technology, categorized, excluded } = draftOutcome(config, pairs, currency);
  await writeOutput(draft.text, target, io.stdout);
  // no file names its currency: the figures are in the files' own currency, whatever it is. They
  // are not labelled as dollars; the warning comes first, before any figure is read
  const unnamed = currencyAssumedFor.length > 0 && currencyAssumedFor.length >= result.files.size;
  if (currencyAssumedFor.length > 0) {
    const names = currencyAssumedFor.slice(0, 3).join(', ') + (currencyAssumedFor.length > 3 ? ` and ${currencyAssumedFor.length - 3} more` : '');
    const one = currencyAssumedFor.length === 1;
    io.stderr.write(
      terminalText(
        `techspend: warning: ${names} ${one ? 'names' : 'name'} no currency (no currency column, no symbol or code in the amounts or the header): ${shown} assumes ${currency}${unnamed ? ', and the figures below are in the currency of the file' + (one ? '' : 's') + ', whatever it is' : ''}; if that is wrong, set currency: in ${shown} (or run init --currency <code>)`,
      ) + '\n',
    );
  }
  const unit = unnamed ? '' : ` ${currency}`;
  say(`Wrote ${shown}: ${draft.categories} categories, ${draft.rules} rules.`);
  const files = result.files.size === 1 ? 'the file, which does not name it' : 'the files, which do not name it';
  say(`Spend found${unnamed ? ` (in the currency of ${files}; ${shown} assumes ${currency})` : ''}: ${toGrouped(total)}${unit} (the input total report shows) = technology ${toGrouped(technology)} + excluded ${toGrouped(excluded)} + rejected ${toGrouped(rejected)}.`);
  if (draft.wholeCompany && technology.units === 0n) say('No technology found by account or in the vendor catalog: every line is excluded for now. Run validate to see the largest vendors and accounts, and add rules (or --account <column> if the file has an account / expense type column init did not find).');
  else if (draft.wholeCompany) say(`A whole-company ledger: technology is drafted from ${draft.technologyAccounts.length > 0 ? 'the account column and ' : ''}the vendor catalog; the rest is excluded (unmatched: excluded).`);
  else say(`The drafted rules categorize ${pctOf(categorized, technology)} of the technology spend (${toGrouped(categorized)} of ${toGrouped(technology)}${unit}).`);
  say('Files:');
  for (const f of result.files.values()) say(`  ${f.name}: ${f.layout.format}${f.expenseNegative ? ', expense-negative' : ''}, ${f.rows} rows`);
  if (draft.technologyAccounts.length > 0) {
    say('Technology accounts:');
    for (const a of draft.technologyAccounts.slice(0, 15)) say(`  ${a.account}: ${toGrouped(a.amount)}${unit} → ${a.kind}`);
  }
  if (draft.unsure.length > 0) {
    say('Unsure (left out; review, and add to a rule if it is technology):');
    for (const u of draft.unsure.slice(0, 10)) say(`  ${u.what}: ${toGrouped(u.amount)}${unit}`);
  }
  say('Top vendors by spend:');
  for (const t of draft.top) say(`  ${t.vendor || '(no vendor)'}: ${toGrouped(t.amount)}${unit} → ${t.category ?? (draft.wholeCompany ? '(by its account, or excluded)' : '(not in the catalog: add a rule)')}`);
  if (foreign.size > 0) io.stderr.write(`techspend: warning: amounts in ${[...foreign.keys()].sort().join(', ')}: ${shown} has placeholder rates (1.0): set the real rates before reporting\n`);
  // a file that could not be read is bad input (exit 1), but the others' draft is written
  setExit(result.unread.length > 0 ? EXIT.data : EXIT.ok);
}

function pctOf(part: Decimal, whole: Decimal): string {
  if (whole.units === 0n) return '0.0%';
  const s = Math.max(part.scale, whole.scale);
  const p = part.units * 10n ** BigInt(s - part.scale);
  const w = whole.units * 10n ** BigInt(s - whole.scale);
  const tenths = (p * 1000n + w / 2n) / w;
  return `${tenths / 10n}.${(tenths < 0n ? -tenths : tenths) % 10n}%`;
}

function compareAbs(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale);
  const x = (a.units < 0n ? -a.units : a.units) * 10n ** BigInt(s - a.scale);
  const y = (b.units < 0n ? -b.units : b.units) * 10n ** BigInt(s - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
