/**
 * With no config, which currency to report in, and what a line that names no currency is in.
 * The built-in default has no rates, so a report can only be in the currency of the lines
 * themselves: a GBP register is reported in GBP. A file with no currency column is never taken to
 * be USD in silence: it is taken to be the currency of the other files when they agree, else the
 * locale-free default, and the note says so and how to set it.
 */
import { groupDigits } from '../money/decimal.js';

/** What the first rows of one input said about its currency. */
export interface CurrencyEvidence {
  /** the file as shown to the user */
  file: string;
  /** lines that name their currency (a column, a fixed source currency, the amount cell), by currency */
  stated: ReadonlyMap<string, number>;
  /** lines that name none */
  unstated: number;
  /** the input could not be looked at before the run (stdin is read once) */
  unread?: boolean;
}

export interface CurrencyChoice {
  /** the reporting currency */
  currency: string;
  /** the currency of lines that name none */
  inputCurrency: string;
  /** shown in validate; undefined when there is nothing to say */
  note: string | undefined;
  /**
   * the note is also said once on stderr: only when it matters — something was assumed, the
   * currencies are mixed, or the report is not in the default the user would otherwise expect
   * (a USD file reported in USD is not news; a GBP register reported in GBP is)
   */
  tell?: boolean;
}

/** Used when nothing in the data names a currency: the same on every machine, whatever its locale. */
export const LOCALE_FREE_DEFAULT = 'USD';

export const HOW_TO_SET = 'set currency: in techspend.yaml or --currency, or give the file a sources entry with a fixed currency';

function list(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

const verb = (names: readonly string[], one: string, many: string) => (names.length === 1 ? one : many);

export function chooseReportingCurrency(evidence: readonly CurrencyEvidence[]): CurrencyChoice {
  const lines = new Map<string, number>();
  for (const e of evidence) for (const [c, n] of e.stated) lines.set(c, (lines.get(c) ?? 0) + n);
  const unstated = evidence.filter((e) => e.unstated > 0 && !e.unread).map((e) => e.file);
  // stdin is read once: its currency cannot be looked at first
  const unread = evidence.filter((e) => e.unread).map((e) => e.file);
  const choice = choose(evidence, lines, unstated);
  if (unread.length === 0) return choice;
  const said = `${list(unread)} ${verb(unread, 'is', 'are')} read once, so ${verb(unread, 'its', 'their')} currency is not checked first: lines that name none are taken to be ${choice.inputCurrency} (${HOW_TO_SET})`;
  return { ...choice, note: choice.note === undefined ? said : `${choice.note}; ${said}`, tell: true };
}

function choose(evidence: readonly CurrencyEvidence[], lines: ReadonlyMap<string, number>, unstated: readonly string[]): CurrencyChoice {
  // most lines first; a tie goes to the locale-free default, then to the code that sorts first
  const ranked = [...lines].sort((a, b) => b[1] - a[1] || (a[0] === LOCALE_FREE_DEFAULT ? -1 : b[0] === LOCALE_FREE_DEFAULT ? 1 : a[0] < b[0] ? -1 : 1));

  if (ranked.length === 0) {
    const c = LOCALE_FREE_DEFAULT;
    const note = unstated.length === 0 ? undefined : `${list(unstated)} ${verb(unstated, 'names', 'name')} no currency: amounts are taken to be ${c} (${HOW_TO_SET})`;
    return { currency: c, inputCurrency: c, note, tell: note !== undefined };
  }
  if (ranked.length === 1) {
    const c = ranked[0]![0];
    if (unstated.length === 0) return { currency: c, inputCurrency: c, note: `reporting in ${c}, the currency of every line`, tell: c !== LOCALE_FREE_DEFAULT };
    const stating = evidence.filter((e) => e.stated.size > 0).map((e) => e.file);
    return {
      currency: c,
      inputCurrency: c,
      note: `reporting in ${c}, the currency of ${list(stating)}; ${list(unstated)} ${verb(unstated, 'names', 'name')} no currency: ${verb(unstated, 'its', 'their')} amounts are taken to be ${c} too (${HOW_TO_SET})`,
      tell: true,
    };
  }
  // several currencies and no rates: report in the one most lines are in; the others are rejected
  // (and summed up in one error at the end); a file that names none cannot take "the" currency of the others
  const c = ranked[0]![0];
  const counts = ranked.map(([cur, n]) => `${cur} ${groupDigits(n)}`).join(', ');
  let note = `the first rows read are in ${ranked.length} currencies (${counts} lines) and there are no rates: reporting in ${c}, the currency of most lines (add rates: in techspend.yaml to convert the others)`;
  if (unstated.length > 0) note += `; ${list(unstated)} ${verb(unstated, 'names', 'name')} no currency: amounts are taken to be ${LOCALE_FREE_DEFAULT} (${HOW_TO_SET})`;
  return { currency: c, inputCurrency: LOCALE_FREE_DEFAULT, note, tell: true };
}
