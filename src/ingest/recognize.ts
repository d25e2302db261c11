/**
 * Find each field's column in a file nobody described: score every header against the field's
 * words (vocabulary.ts) and its qualifiers, check the column's sampled values (a date column reads
 * as dates, an amount column as numbers, a vendor column as text), and take the best candidate per
 * field, one column per field. Each choice says how sure it is and why; two candidates that
 * nothing tells apart are an ambiguity, settled by a `sources` entry.
 */
import { type ColumnProfile, profileColumn, share } from './column-profile.js';
import { headerWords } from './header-words.js';
import { GENERIC_COLUMNS, type Field } from './presets.js';
import { COST_CENTRE, INCL_WORDS, NET_WORDS, REFERENCE_DOCUMENTS, REFERENCE_NUMBERS, TAX_WORDS, VOCABULARY } from './vocabulary.js';
import { canonicalWords } from './header-synonyms.js';
import { descriptionNamesMerchant, merchantReason } from './merchant-description.js';
import { namesDirection, namesOriginal, namesOtherThanCounterparty, namesUsageQuantity } from './header-meaning.js';

export type Confidence = 'high' | 'medium';

export interface ColumnChoice {
  column: number;
  confidence: Confidence;
  /** why this column, in a few words (validate shows it) */
  reason: string;
}

export interface Ambiguity {
  field: Field;
  /** the candidate headers, best first */
  candidates: string[];
}

export interface Recognition {
  columns: Partial<Record<Field, number>>;
  choices: Partial<Record<Field, ColumnChoice>>;
  ambiguities: Ambiguity[];
}

export interface RecognizeOptions {
  /** the fields to find, in this order (earlier fields take their column first) */
  fields: readonly Field[];
  /** columns already mapped (by a sources entry or a preset) */
  taken: ReadonlySet<number>;
  /** the file is written the European way (`;` delimiter): day-first dates first */
  dayFirst: boolean;
}

interface Candidate {
  column: number;
  score: number;
  label: string;
  /** header matched a field's words (else: found by content alone) */
  byHeader: boolean;
}

/** The order fields take their columns in: the ones a line cannot do without first. */
export const RECOGNITION_ORDER: readonly Field[] = ['date', 'amount', 'debit', 'credit', 'vendor', 'currency', 'reference', 'account', 'department', 'costCenter', 'description', 'quantity', 'unitPrice', 'usage', 'direction'];


const DEBIT = ['debit', 'debits', 'withdrawal', 'withdrawals', 'outflow', 'soll', 'ausgang', 'ausgehend', 'out'];
const CREDIT = ['credit', 'credits', 'deposit', 'deposits', 'inflow', 'haben', 'eingang', 'eingehend', 'in'];
const NUMERIC_FIELDS: ReadonlySet<Field> = new Set(['amount', 'debit', 'credit', 'quantity', 'unitPrice', 'usage']);

/** The vendor's head nouns other than the bare `name`: `Service Provider Name` names a counterparty, `ServiceName` does not. */
const COUNTERPARTY_NOUNS = Object.keys(VOCABULARY.vendor?.nouns ?? {}).filter((w) => w !== 'name');

/** Fields that label a line (an empty one labels nothing). */
const TEXT_FIELDS: ReadonlySet<Field> = new Set(['vendor', 'description', 'account', 'department', 'costCenter', 'reference']);

/** Every word recognition knows: these are never rewritten as an abbreviation or a plural. */
const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(VOCABULARY).flatMap((v) => [...Object.keys(v.nouns), ...v.qualifiers.flatMap((q) => q.words), ...(v.never ?? [])]),
  ...REFERENCE_DOCUMENTS,
  ...REFERENCE_NUMBERS,
  ...DEBIT,
  ...CREDIT,
  ...TAX_WORDS,
  ...NET_WORDS,
  ...INCL_WORDS,
]);

/** The names techspend has long known for each field, compared as canonical words (`Trans. Date` is `Transaction Date`). */
const legacyKeys = new Map<Field, string[]>(Object.entries(GENERIC_COLUMNS).map(([f, names]) => [f as Field, names.map((n) => canonicalWords(headerWords(n), KNOWN_WORDS).join(' '))]));

export function recognizeColumns(header: readonly string[], samples: readonly (readonly string[])[], options: RecognizeOptions): Recognition {
  // abbreviations spelled out, plurals singular, a known word split in two joined
  const words = header.map((h) => canonicalWords(headerWords(h), KNOWN_WORDS));
  const keys = words.map((w) => w.join(' '));
  const profiles = new Map<number, ColumnProfile>();
  const profile = (i: number): ColumnProfile => {
    let p = profiles.get(i);
    if (p === undefined) {
      p = profileColumn(
        samples.map((r) => r[i] ?? ''),
        options.dayFirst,
      );
      profiles.set(i, p);
    }
    return p;
  };
  const taken = new Set(options.taken);
  const out: Recognition = { columns: {}, choices: {}, ambiguities: [] };
  for (const field of options.fields) {
    const candidates: Candidate[] = [];
    for (let i = 0; i < header.length; i++) {
      if (taken.has(i)) continue;
      // the currency before conversion is not the currency of the amount read (unless that amount is the original one)
      if (field === 'currency' && namesOriginal(words[i]!) && out.columns.amount !== undefined && !namesOriginal(words[out.columns.amount]!)) continue;
      const c = scoreColumn(field, words[i]!, keys[i]!, i, profile, samples.length);
      if (c !== undefined) candidates.push(c);
    }
    // no header names a date, or an amount (and no debit and credit pair either): the values may
    if (candidates.length === 0 && field === 'date') candidates.push(...byContent(field, header.length, taken, profile));
    if (candidates.length === 0 && field === 'amount' && !hasMoneyPair(header.length, words, keys, taken, profile, samples.length)) candidates.push(...byContent(field, header.length, taken, profile));
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.score - a.score || a.column - b.column);
    const [best, next] = [candidates[0]!, candidates[1]];
    if (next !== undefined && Math.abs(best.score - next.score) < 1e-6 && differ(samples, best.column, next.column) && isEssential(field)) {
      out.ambiguities.push({ field, candidates: candidates.filter((c) => Math.abs(c.score - best.score) < 1e-6).map((c) => header[c.column]!.trim()) });
      continue;
    }
    taken.add(best.column);
    out.columns[field] = best.column;
    // the runners-up worth naming: those whose values agree with the header
    out.choices[field] = explain(field, best, candidates.slice(1).filter((c) => c.score > 0).slice(0, 2), header, profile(best.column));
  }
  // a card or bank export: no counterparty column, the merchant is the description
  const description = out.columns.description;
  if (options.fields.includes('vendor') && out.columns.vendor === undefined && description !== undefined && descriptionNamesMerchant(words[description]!, profile(description))) {
    out.columns.vendor = description;
    out.choices.vendor = { column: description, confidence: 'medium', reason: merchantReason(profile(description)) };
  }
  return out;
}

/** Whether a debit and a credit column are there (then no amount column is looked for by content). */
function hasMoneyPair(width: number, words: readonly string[][], keys: readonly string[], taken: ReadonlySet<number>, profile: (i: number) => ColumnProfile, samples: number): boolean {
  const found = (field: Field) => {
    for (let i = 0; i < width; i++) if (!taken.has(i) && scoreColumn(field, words[i]!, keys[i]!, i, profile, samples) !== undefined) return true;
    return false;
  };
  return found('debit') && found('credit');
}

/** A field whose wrong column would change the figures: two equal candidates are asked about, not guessed. */
function isEssential(field: Field): boolean {
  return field === 'date' || field === 'amount' || field === 'debit' || field === 'credit';
}

function differ(samples: readonly (readonly string[])[], a: number, b: number): boolean {
  return samples.some((r) => (r[a] ?? '').trim() !== (r[b] ?? '').trim());
}

function scoreColumn(field: Field, words: readonly string[], key: string, column: number, profile: (i: number) => ColumnProfile, samples: number): Candidate | undefined {
  const legacy = legacyKeys.get(field)?.indexOf(key) ?? -1;
  // a name techspend has long known for the field counts a little more than a word match
  let score = legacy >= 0 ? 35 - legacy * 0.001 : 0;
  let label = '';
  const vocabulary = VOCABULARY[field];
  if (vocabulary !== undefined) {
    let noun = 0;
    for (const w of words) noun = Math.max(noun, vocabulary.nouns[w] ?? (field === 'date' && /.(datum|date)$/.test(w) ? 25 : 0));
    if (legacy < 0) {
      if (noun === 0) return undefined;
      if (vocabulary.never?.some((n) => words.includes(n))) return undefined;
      score = noun;
    }
    if (field === 'amount' && words.some((w) => TAX_WORDS.includes(w)) && !words.some((w) => NET_WORDS.includes(w) || INCL_WORDS.includes(w))) return undefined;
    if (field === 'amount' && namesUsageQuantity(words)) return undefined;
    if (field === 'vendor' && namesOtherThanCounterparty(words, COUNTERPARTY_NOUNS)) return undefined;
    const found = vocabulary.qualifiers.filter((q) => q.words.some((w) => words.includes(w)));
    // each word the vocabulary does not know narrows the name (`amount refunded`, `converted amount`): the plainest name wins
    if (legacy < 0) score -= words.filter((w) => vocabulary.nouns[w] === undefined && !vocabulary.qualifiers.some((q) => q.words.includes(w))).length;
    const applied = vocabulary.additive ? found : found.slice(0, 1);
    if (applied.length === 0) {
      score += vocabulary.plain.weight;
      label = vocabulary.plain.label;
    } else {
      for (const q of applied) score += q.weight;
      label = applied.map((q) => q.label).join(', ');
    }
  } else if (field === 'costCenter' && COST_CENTRE.test(key)) {
    score = Math.max(score, 30) + (words.includes('name') ? 5 : words.some((w) => ['code', 'id', 'number', 'no'].includes(w)) ? -5 : 0);
    label = 'the cost centre';
  } else if (field === 'reference' && legacy < 0) {
    const document = words.some((w) => REFERENCE_DOCUMENTS.includes(w));
    const number = words.some((w) => REFERENCE_NUMBERS.includes(w));
    if (!number || words.some((w) => ['vendor', 'supplier', 'vat', 'reg', 'account', 'card', 'partner', 'customer', 'line', 'radek', 'dodavatele'].includes(w))) return undefined;
    score = document ? 25 : words.includes('reference') || words.includes('ref') ? 15 : 0;
    if (score === 0) return undefined;
    label = 'a document or transaction number';
  } else if (field === 'direction' && legacy < 0) {
    if (!namesDirection(words)) return undefined;
    score = 25;
    label = 'says debit or credit';
  } else if ((field === 'debit' || field === 'credit') && legacy < 0) {
    if (namesDirection(words)) return undefined;
    const side = field === 'debit' ? DEBIT : CREDIT;
    if (!words.some((w) => side.includes(w)) || words.some((w) => ['card', 'note', 'account', 'date', 'number', 'limit', 'creditor', 'debitor'].includes(w))) return undefined;
    if (words.length === 1 && (words[0] === 'in' || words[0] === 'out')) return undefined;
    score = 25;
  }
  if (score <= 0) return undefined;
  label ||= `the ${field}`;
  const p = profile(column);
  // the values must agree with the header (most of them: a pending row may say "pending"). A
  // column named for a date or an amount whose values disagree is taken only when nothing else
  // is there: its rows are then rejected one by one, with their text, rather than lost
  let disagrees = false;
  if (field === 'date' && share(p.dates, p) < 0.5) disagrees = true;
  if (NUMERIC_FIELDS.has(field) && share(p.numbers, p) < 0.5) disagrees = true;
  if (disagrees && !isEssential(field)) return undefined;
  if (disagrees) score -= 100;
  // a column empty on every sampled row loses to one with values, and an amount must have some;
  // but a column headed just "Amount" is the amount even when empty: its rows are then rejected
  // one by one ("no amount"), never the whole file unread
  if (p.values === 0 && field === 'amount' && samples > 0 && !(words.length === 1 && words[0] === 'amount')) return undefined;
  if (p.values === 0) score -= 20;
  // a text column empty on every sampled row tells nothing about the lines: not taken at all
  if (p.values === 0 && samples > 0 && TEXT_FIELDS.has(field)) return undefined;
  if (field === 'vendor' && share(p.letters, p) < 0.5) return undefined;
  if (field === 'currency' && share(p.short, p) < 0.9) return undefined;
  if (field === 'reference' && share(p.spaced, p) > 0.2) return undefined;
  if (field === 'account' || field === 'department' || field === 'costCenter' || field === 'description') {
    // names over codes; a column with one value throughout tells nothing apart
    if (share(p.digitsOnly, p) > 0.8) score -= 10;
    if (p.values > 1 && p.distinct === 1) score -= 15;
  }
  if (field === 'vendor' && p.values > 1 && p.distinct === 1) score -= 15;
  // a description tells lines apart: the more distinct its values, the likelier it is the one
  if (field === 'description' && p.values > 0) score += (5 * p.distinct) / p.values;
  // a label whose values say nothing its header promised (one bank account number on every row
  // of a check register) is not taken: no column is better than a wrong one
  if (TEXT_FIELDS.has(field) && score <= 0) return undefined;
  return { column, score, label: disagrees ? `${label}, though its values mostly do not read as ${field === 'date' ? 'dates' : 'numbers'}` : label, byHeader: true };
}

/** No header names a date or an amount: the one column whose values all read as such. */
function byContent(field: 'date' | 'amount', width: number, taken: ReadonlySet<number>, profile: (i: number) => ColumnProfile): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < width; i++) {
    if (taken.has(i)) continue;
    const p = profile(i);
    if (p.values === 0) continue;
    if (field === 'date' && share(p.dates, p) >= 0.95) out.push({ column: i, score: 1, label: 'dates by content', byHeader: false });
    if (field === 'amount' && share(p.numbers, p) >= 0.98 && share(p.digitsOnly, p) < 0.5 && share(p.dates, p) < 0.5) out.push({ column: i, score: 1, label: 'amounts by content', byHeader: false });
  }
  // several look alike: nothing to choose by, so none is taken
  return out.length === 1 ? out : out.map((c) => ({ ...c, score: 1 }));
}

function explain(field: Field, best: Candidate, others: readonly Candidate[], header: readonly string[], p: ColumnProfile): ColumnChoice {
  const content =
    p.values === 0
      ? 'no values sampled'
      : field === 'date'
        ? `dates on ${p.dates} of ${p.values} sampled rows`
        : NUMERIC_FIELDS.has(field)
          ? `numbers on ${p.numbers} of ${p.values} sampled rows`
          : `${p.distinct} distinct values in ${p.values} sampled rows`;
  if (!best.byHeader) return { column: best.column, confidence: 'medium', reason: `no header names it, the only column of ${best.label} (${content})` };
  const next = others[0];
  const clear = next === undefined || best.score - next.score >= 5;
  const strongContent = p.values > 0 && (field !== 'date' || share(p.dates, p) >= 0.95) && (!NUMERIC_FIELDS.has(field) || share(p.numbers, p) >= 0.95);
  const over = others.length === 0 ? '' : ` preferred over ${others.map((o) => `"${header[o.column]!.trim()}" (${o.label})`).join(' and ')},`;
  return { column: best.column, confidence: clear && strongContent ? 'high' : 'medium', reason: `${best.label},${over} ${content}` };
}
