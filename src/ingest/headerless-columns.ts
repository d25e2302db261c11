/**
 * A file with no header row: each column's role read from what it holds. The first row is data
 * (layout.ts `looksLikeData`), so nothing names the columns; their values still tell most of them
 * apart, as they do for a header recognition checks (column-profile.ts):
 *
 * - the date: the first column whose values read as dates;
 * - a money pair: two number columns never filled on the same row (money in / money out). A
 *   running balance beside them says which is which (it rises by money in); without one, which is
 *   spend cannot be read from the numbers, so the file is not read: the message names both and
 *   the `sources` entry that settles it (a wrong guess would flip the sign of every line);
 * - the amount: the first number column with cents, else the only number column (codes with a
 *   leading zero, such as a vendor id `000013`, are not amounts);
 * - the direction of an unsigned amount: a column holding only debit/credit words or +/- signs;
 * - the currency: a column holding only currency codes or symbols;
 * - the description: the text column that tells rows apart best (most distinct values, spaced).
 *
 * No vendor is guessed: a vendor and a category column both hold repeated names, and nothing but
 * a header tells them apart; the description stands for the vendor, as on a card statement.
 * Every choice is medium confidence and says why; `pinEntry` writes the `sources` entry that
 * pins the reading, for validate to show.
 */
import { type ColumnProfile, profileColumn, share } from './column-profile.js';
import { directionOf } from './direction.js';
import type { Field } from './presets.js';
import type { ColumnChoice } from './recognize.js';
import { printable } from '../diagnostic.js';
import { currencyOfSymbol, isKnownCurrency } from '../money/currency.js';
import { compare, sub, ZERO } from '../money/decimal.js';
import { parseAmount } from './amount.js';

export interface HeaderlessReading {
  columns: Partial<Record<Field, number>>;
  choices: Partial<Record<Field, ColumnChoice>>;
  /** why the file cannot be read as it is (a money pair with no side named) */
  problems: string[];
}

/** Column i's name in messages and in a `sources` entry: its 1-based position. */
const at = (i: number) => String(i + 1);

export function readHeaderlessColumns(width: number, samples: readonly (readonly string[])[], nulls: ReadonlySet<string>, dayFirst: boolean, fileName?: string): HeaderlessReading {
  const cells = (i: number) => samples.map((r) => r[i] ?? '').map((v) => (nulls.has(v.trim()) ? '' : v));
  const profiles: ColumnProfile[] = Array.from({ length: width }, (_, i) => profileColumn(cells(i), dayFirst));
  const rows = samples.length;
  const columns: Partial<Record<Field, number>> = {};
  const choices: Partial<Record<Field, ColumnChoice>> = {};
  const problems: string[] = [];
  const taken = new Set<number>();
  const take = (field: Field, i: number, reason: string) => {
    columns[field] = i;
    choices[field] = { column: i, confidence: 'medium', reason: `no header: ${reason}` };
    taken.add(i);
  };

  const dates = profiles.map((p, i) => ({ p, i })).filter(({ p }) => p.values > 0 && share(p.dates, p) >= 0.95);
  if (dates.length > 0) {
    const { p, i } = dates[0]!;
    const others = dates.slice(1).map((d) => at(d.i));
    take('date', i, `dates${p.dateFormat ? ` (${p.dateFormat})` : ''} on ${p.dates} of ${rows} rows${others.length > 0 ? `, the first of the date columns (${others.join(', ')} also hold dates)` : ''}`);
  }

  const numeric = profiles
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => !taken.has(i) && p.values > 0 && share(p.numbers, p) >= 0.98 && share(p.dates, p) < 0.5 && !cells(i).some((v) => /^0\d/.test(v.trim()) || hasWords(v)));
  const pair = moneyPair(numeric.map((n) => n.i), cells);
  const settled = pair === undefined ? undefined : sidesByBalance(pair, numeric.map((n) => n.i), cells);
  if (settled !== undefined) {
    take('credit', settled.moneyIn, `amounts on alternate rows with column ${at(settled.moneyOut)}; money in, as the running balance in column ${at(settled.balance)} rises by it`);
    take('debit', settled.moneyOut, `amounts on alternate rows with column ${at(settled.moneyIn)}; money out, as the running balance in column ${at(settled.balance)} falls by it`);
  } else if (pair !== undefined) {
    const [a, b] = pair;
    // the rest of the reading goes into the entry, so that it settles the file in one line
    const rest = { ...columns, ...textColumns(profiles, taken, pair) };
    const date = columns.date === undefined ? undefined : profiles[columns.date]!.dateFormat;
    problems.push(
      `columns ${at(a)} and ${at(b)} hold amounts on alternate rows (money in and money out), and with no header nothing says which one is spend; name them in a sources entry, such as ${pinEntry(fileName, { ...rest, debit: b, credit: a }, date)} if column ${at(b)} is money out (else swap debit and credit)`,
    );
  } else {
    const withCents = numeric.find(({ i }) => cells(i).some((v) => /[.,]\d{1,2}\D*$/.test(v.trim())));
    const amount = withCents ?? (numeric.length === 1 ? numeric[0] : undefined);
    if (amount !== undefined) {
      const others = numeric.filter((n) => n.i !== amount.i).map((n) => at(n.i));
      take('amount', amount.i, `numbers on ${amount.p.numbers} of ${rows} rows${withCents ? ', the first number column with cents' : ''}${others.length > 0 ? ` (${others.join(', ')} also hold numbers)` : ''}`);
    }
  }

  const direction = profiles.findIndex((p, i) => !taken.has(i) && p.values > 0 && isDirectionColumn(cells(i)));
  if (direction >= 0 && columns.amount !== undefined) take('direction', direction, `only debit/credit words or signs (${[...new Set(cells(direction).map((v) => v.trim()).filter((v) => v !== ''))].slice(0, 4).map((v) => `"${printable(v, 12)}"`).join(', ')})`);

  const currency = profiles.findIndex((p, i) => !taken.has(i) && p.values > 0 && cells(i).every((v) => v.trim() === '' || isKnownCurrency(v.trim().toUpperCase()) || currencyOfSymbol(v.trim()) !== undefined));
  if (currency >= 0) take('currency', currency, 'only currency codes or symbols');

  const text = textColumns(profiles, taken, []).description;
  if (text !== undefined) {
    const p = profiles[text]!;
    take('description', text, `text, ${p.distinct} distinct values in ${p.values} rows (the text column that tells rows apart best)`);
  }
  return { columns, choices, problems };
}

/** The description: the text column that tells rows apart best (distinct values, words with spaces, on most rows). */
function textColumns(profiles: readonly ColumnProfile[], taken: ReadonlySet<number>, skip: readonly number[]): { description?: number } {
  let best: { i: number; score: number } | undefined;
  const rows = Math.max(...profiles.map((p) => p.values), 1);
  profiles.forEach((p, i) => {
    if (taken.has(i) || skip.includes(i) || p.values === 0 || share(p.letters, p) < 0.5) return;
    const score = p.distinct / p.values + share(p.spaced, p) + p.values / rows;
    if (best === undefined || score > best.score) best = { i, score };
  });
  return best === undefined ? {} : { description: best.i };
}

/**
 * Two number columns, both used, never both filled on one row (a zero counts as empty): money in
 * and money out. Adjacent columns are checked first, as exports write the pair side by side.
 */
function moneyPair(candidates: readonly number[], cells: (i: number) => string[]): [number, number] | undefined {
  const filled = (v: string) => v.trim() !== '' && !/^[-+]?0*(?:[.,]0*)?$/.test(v.trim());
  const pairs: [number, number][] = [];
  for (let x = 0; x < candidates.length; x++) for (let y = x + 1; y < candidates.length; y++) pairs.push([candidates[x]!, candidates[y]!]);
  pairs.sort((p, q) => p[1] - p[0] - (q[1] - q[0]));
  for (const [a, b] of pairs) {
    const va = cells(a);
    const vb = cells(b);
    const both = va.some((v, r) => filled(v) && filled(vb[r] ?? ''));
    if (!both && va.some(filled) && vb.some(filled)) return [a, b];
  }
  return undefined;
}

/**
 * Which side of a money pair is money in: a running balance column says it, when from row to row
 * it moves by one side minus the other (rows oldest first or newest first), on at least two steps.
 */
function sidesByBalance(pair: readonly [number, number], numeric: readonly number[], cells: (i: number) => string[]): { moneyIn: number; moneyOut: number; balance: number } | undefined {
  const money = (v: string) => (v.trim() === '' ? ZERO : (parseAmount(v.trim()) ?? parseAmount(v.trim(), ',')));
  const [a, b] = [cells(pair[0]).map(money), cells(pair[1]).map(money)];
  for (const c of numeric) {
    if (c === pair[0] || c === pair[1]) continue;
    const balance = cells(c).map(money);
    for (const [inSide, outSide, moneyIn, moneyOut] of [[a, b, pair[0], pair[1]], [b, a, pair[1], pair[0]]] as const) {
      for (const newestFirst of [false, true]) {
        let steps = 0;
        let holds = true;
        for (let r = 1; r < balance.length && holds; r++) {
          const [before, after] = newestFirst ? [balance[r], balance[r - 1]] : [balance[r - 1], balance[r]];
          const row = newestFirst ? r - 1 : r;
          const net = inSide[row] !== undefined && outSide[row] !== undefined ? sub(inSide[row]!, outSide[row]!) : undefined;
          if (before === undefined || after === undefined || net === undefined) continue;
          holds = compare(sub(after, before), net) === 0;
          steps++;
        }
        if (holds && steps >= 2) return { moneyIn, moneyOut, balance: c };
      }
    }
  }
  return undefined;
}

/** Letters other than a currency code (`EUR 12.00` is an amount; `TX0001` is a reference). */
function hasWords(v: string): boolean {
  return /\p{L}/u.test(v.replace(/\b[A-Z]{3}\b/g, (m) => (isKnownCurrency(m) ? '' : m)));
}

/** Debit/credit words (`debit`, `DR`, `withdrawal`…), or both signs `+` and `-`: a lone `-` is an empty cell's dash. */
function isDirectionColumn(values: readonly string[]): boolean {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === 0 || present.some((v) => directionOf(v) === undefined)) return false;
  const signs = present.filter((v) => v === '+' || v === '-');
  return signs.length === 0 || (signs.includes('+') && signs.includes('-'));
}

/** The `sources` entry that pins a headerless reading, one line, for validate's notes. */
export function pinEntry(fileName: string | undefined, columns: Partial<Record<Field, number>>, dateFormat: string | undefined): string {
  const mapped = (Object.entries(columns) as [Field, number][]).sort((a, b) => a[1] - b[1]).map(([f, i]) => `${f}: "${at(i)}"`);
  const format = dateFormat !== undefined && dateFormat !== 'iso' ? `, dateFormat: "${printable(dateFormat, 20)}"` : '';
  return `{ files: "**/${printable(fileName ?? '*.csv', 60)}", header: false${format}, columns: { ${mapped.join(', ')} } }`;
}
