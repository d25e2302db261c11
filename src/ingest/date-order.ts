/**
 * Day or month first, when every sampled date fits both (`06/12/2021`): the evidence a file
 * carries, strongest first.
 *
 * 1. The file's other date columns, written the same way: a billing period end of `08/31/2023`
 *    reads only month-first, so the usage date `08/01/2023` beside it is month-first too.
 * 2. Billing periods: under one reading every date (of all those columns) is the first of its
 *    month (4/1/25, 5/1/25, 4/1/26).
 * 3. Order: exports are written in date order. When the dates run one way through the file
 *    under one reading (at least four changes of date, so a chance order of a few values does
 *    not count) and not under the other, that reading is the file's.
 * 4. Spread: a register's dates cluster. The reading under which they span fewer days wins
 *    (2-11 June, not the 6th of ten months).
 * 5. Locale: a file written the European way (decimal comma, `;` between fields) or in a
 *    currency whose home writes the day first (GBP, EUR, INR…) is read day-first. The dollar
 *    is no evidence of month-first: it is the currency of apps and firms everywhere (Monefy
 *    exports USD with day-first dates, Payoneer with month-first ones).
 *
 * With none of these (one date throughout, say), nothing in the file can tell: the first
 * reading tried is taken (month-first, as most such exports in the wild are written), and the
 * decision says it was assumed, so the run says so on stderr with the `sources` entry that
 * settles it, not only in validate.
 */
import { parseWithDateFormat } from './date.js';
import { printable } from '../diagnostic.js';

export interface DateOrderDecision {
  format: string;
  /** how it was chosen (validate's notes) */
  note: string;
  /** nothing in the file told: the run says so on stderr, with this sentence */
  assumed?: string | undefined;
}

/** Currencies whose home writes dates day first: their amounts are evidence of day-first dates. */
export const DAY_FIRST_CURRENCIES: ReadonlySet<string> = new Set(['GBP', 'EUR', 'INR', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'BRL', 'ARS', 'MXN', 'ZAR', 'ILS']);

/** Changes of date in file order that one reading must keep in one direction to count as evidence. */
const ORDER_CHANGES = 4;

export interface DateOrderInput {
  /** the sampled date cells, in file order */
  values: readonly string[];
  /** the formats that read every value, first the one tried first; they differ on some value */
  formats: readonly string[];
  /** the values of the file's other date columns (each read by one of the formats at least) */
  siblings?: readonly { column: string; values: readonly string[] }[] | undefined;
  /** why the file looks written day-first ("decimal comma", "amounts in GBP"), if it does */
  dayFirstBecause?: string | undefined;
  /** rows sampled, for the note */
  rows: number;
  /** the file's name as a `sources` entry would match it */
  fileName?: string | undefined;
}

export function settleDateOrder(input: DateOrderInput): DateOrderDecision {
  const { values, formats } = input;
  const readAll = (list: readonly string[], f: string) => list.map((v) => parseWithDateFormat(v.trim(), f)).filter((d): d is string => d !== undefined);
  const read = formats.map((f) => readAll(values, f));
  const chosen = (i: number, reason: string): DateOrderDecision => ({ format: formats[i]!, note: describe(input, i, reason) });

  for (const sibling of input.siblings ?? []) {
    const fits = formats.map((f) => sibling.values.every((v) => parseWithDateFormat(v.trim(), f) !== undefined));
    if (fits.filter(Boolean).length === 1) {
      const i = fits.indexOf(true);
      const only = sibling.values.find((v) => formats.some((f, j) => j !== i && parseWithDateFormat(v.trim(), f) === undefined))!;
      return chosen(i, `the file's other date column "${printable(sibling.column, 40)}" has "${printable(only.trim(), 20)}", which reads only so`);
    }
  }

  const pooled = formats.map((f, i) => [...read[i]!, ...(input.siblings ?? []).flatMap((s) => readAll(s.values, f))]);
  const firsts = pooled.map((dates) => new Set(dates).size > 1 && dates.every((d) => d.endsWith('-01')));
  if (firsts.filter(Boolean).length === 1) return chosen(firsts.indexOf(true), `every date${(input.siblings ?? []).length > 0 ? ' in the date columns' : ''} is the first of its month`);

  const ordered = read.map(runsOneWay);
  if (ordered.filter(Boolean).length === 1) return chosen(ordered.indexOf(true), 'they run in date order through the file');

  const spans = read.map(span);
  const least = Math.min(...spans);
  const narrowest = spans.flatMap((s, i) => (s === least ? [i] : []));
  if (narrowest.length === 1) return chosen(narrowest[0]!, 'they span the fewest days');

  if (input.dayFirstBecause !== undefined) {
    const dayFirst = narrowest.find((i) => isDayFirst(formats[i]!));
    if (dayFirst !== undefined) return chosen(dayFirst, `the file is written day-first (${input.dayFirstBecause})`);
  }
  const i = narrowest[0]!;
  return { format: formats[i]!, note: describe(input, i, 'nothing in the file tells the order: assumed'), assumed: assumption(input, i) };
}

/** Whether the day comes before the month in a format (`dd/MM/yyyy`, `dd.MM.yy`). */
export function isDayFirst(format: string): boolean {
  const d = format.indexOf('d');
  const m = format.indexOf('M');
  return d >= 0 && m >= 0 && d < m;
}

function runsOneWay(dates: readonly string[]): boolean {
  let previous: string | undefined;
  let direction = 0;
  let changes = 0;
  for (const d of dates) {
    if (previous !== undefined && d !== previous) {
      const step = d > previous ? 1 : -1;
      if (direction !== 0 && step !== direction) return false;
      direction = step;
      changes++;
    }
    previous = d;
  }
  return changes >= ORDER_CHANGES;
}

function span(dates: readonly string[]): number {
  if (dates.length === 0) return Infinity;
  let min = dates[0]!;
  let max = dates[0]!;
  for (const d of dates) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return (Date.parse(max) - Date.parse(min)) / 86_400_000;
}

function describe(input: DateOrderInput, i: number, reason: string): string {
  const format = input.formats[i]!;
  const others = input.formats.filter((_, j) => j !== i).join(', ');
  return i === 0
    ? `dates read as ${format} (from ${new Set(input.values.map((v) => v.trim())).size} distinct values in the first ${input.rows} rows; ${reason}); they also fit ${others} (set dateFormat to choose)`
    : `dates read as ${format}: the sampled dates fit ${others} too, but read as ${format} ${reason} (set dateFormat to choose)`;
}

function assumption(input: DateOrderInput, i: number): string {
  const format = input.formats[i]!;
  const others = input.formats.filter((_, j) => j !== i);
  const example = input.values.map((v) => v.trim()).find((v) => new Set(input.formats.map((f) => parseWithDateFormat(v, f))).size > 1) ?? input.values[0]!.trim();
  const files = `**/${printable(input.fileName ?? '*.csv', 60)}`;
  const other = isDayFirst(format) ? 'the month' : 'the day';
  return `dates such as "${printable(example, 20)}" fit both ${format} and ${others.join(', ')}, and nothing in the file tells which: read as ${format} (${parseWithDateFormat(example, format)}); if ${other} comes first, add a sources entry: { files: "${files}", dateFormat: "${others[0]}" }`;
}
