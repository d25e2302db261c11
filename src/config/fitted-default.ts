/**
 * A run with no techspend.yaml: the built-in default fitted to what the first rows of its inputs
 * are, the way `init` would draft for them, so that `techspend report export.csv` reads right
 * with no hand-holding. Three judgements, each shared with `init`:
 * - scope (config/ledger-scope.ts): a whole-company register keeps to its technology, double-entry
 *   postings to their expense side;
 * - sign (ingest/spend-sign.ts): a card or bank export that writes spend negative is read
 *   expense-negative, per file;
 * - currency (config/reporting-currency.ts): reported in the currency the lines are in.
 * Pure: io/currency-probe.ts gathers the evidence, cli/context.ts says the notes.
 */
import type { Config } from './config.js';
import { scopedDefaultConfig } from './default-config.js';
import { judgeDefaultScope, type SampleLine } from './ledger-scope.js';
import { chooseReportingCurrency, type CurrencyEvidence } from './reporting-currency.js';
import type { Layout } from '../ingest/layout.js';
import { type SignCount, writesSpendNegative } from '../ingest/spend-sign.js';

/** What the first rows of one input said about its sign. */
export interface SignEvidence extends SignCount {
  /** the input as the run names it (what a sources entry of the default matches) */
  path: string;
  /** the input as shown to the user */
  file: string;
  /** how the input was read: its format (a preset, a generic CSV) and sign */
  read: Pick<Layout, 'format' | 'sign'>;
}

/** What the first rows of the inputs say (io/currency-probe.ts reads them). */
export interface InputEvidence {
  currencies: CurrencyEvidence[];
  /** the lines of the rows looked at (config/ledger-scope.ts judges them) */
  sample: SampleLine[];
  /** per input read, the signs of its amounts */
  signs: SignEvidence[];
}

export interface FittedDefault {
  config: Config;
  /** what to say on stderr, once each, in order */
  notes: string[];
  /** the currency reported in and what was assumed (validate shows it); undefined when --currency said */
  currencyNote?: string | undefined;
}

/** What a run says of a file it reads expense-negative with no config. */
export function spendNegativeNote(file: string): string {
  return `${file}: spend is written as negative amounts (card/bank export); read as expense-negative — set \`sign:\` in sources to override`;
}

/**
 * The default fitted to the inputs. `config` is the built-in default as loaded (its basis and a
 * `--currency` already applied); `currencyGiven`: `--currency` said what the lines are in.
 */
export function fitDefaultConfig(evidence: InputEvidence, config: Config, options: { currencyGiven: boolean }): FittedDefault {
  const notes: string[] = [];
  const judged = judgeDefaultScope(evidence.sample);
  const negative = evidence.signs.filter((s) => writesSpendNegative(s.read, s));
  let fitted = config;
  if (judged.notes.length > 0 || negative.length > 0) {
    const scoped = scopedDefaultConfig({
      balancingPostings: judged.balancingPostings,
      wholeCompany: judged.scope.wholeCompany ? { technologyAccounts: judged.scope.technologyAccounts } : undefined,
      expenseNegative: negative.map((s) => s.path),
    });
    fitted = { ...scoped, currency: config.currency, inputCurrency: config.inputCurrency, ...(config.basis === undefined ? {} : { basis: config.basis }) };
    notes.push(...judged.notes, ...negative.map((s) => spendNegativeNote(s.file)));
  }
  if (options.currencyGiven) return { config: fitted, notes };
  // no config and no rates: report in the currency the lines are in
  const choice = chooseReportingCurrency(evidence.currencies);
  if (choice.note !== undefined && choice.tell === true) notes.push(choice.note);
  return { config: { ...fitted, currency: choice.currency, inputCurrency: choice.inputCurrency }, notes, currencyNote: choice.note };
}
