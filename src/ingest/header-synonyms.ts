/**
 * Header words as recognition compares them: the short forms registers abbreviate to (`chk_date`,
 * `inv_date`, `pmt amt`, `acct`, `Amount Exc VAT`) and plurals (`Expenses type`, `Payments date`)
 * read as the word they stand for. Applied after `headerWords`, so case, punctuation and camelCase
 * are already gone.
 */

/**
 * Abbreviations seen in payment registers, checkbooks and ledgers, by what they mean. Each is
 * short for one word only; an ambiguous one (`st`, `pd`) is left out rather than guessed.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  chk: 'check',
  chq: 'cheque',
  inv: 'invoice',
  invc: 'invoice',
  pmt: 'payment',
  pymt: 'payment',
  paymt: 'payment',
  trx: 'transaction',
  trans: 'transaction',
  tran: 'transaction',
  txn: 'transaction',
  tx: 'transaction',
  acct: 'account',
  acc: 'account',
  vend: 'vendor',
  vndr: 'vendor',
  supp: 'supplier',
  org: 'organisation',
  orgn: 'organisation',
  exc: 'excl',
  excluding: 'excl',
  exclusive: 'excl',
  inc: 'incl',
  including: 'incl',
  inclusive: 'incl',
};

/** Phrases that stand for one word: the trading name a merchant does business under is the counterparty. */
const PHRASES: readonly { words: readonly string[]; word: string }[] = [
  { words: ['doing', 'business', 'as'], word: 'dba' },
  { words: ['trading', 'as'], word: 'dba' },
];

/**
 * A header that names both directions of a payment (`To/From`, `From/To`, `Payee/Payer`) names
 * the other party, whichever way the money went: the counterparty.
 */
const BOTH_DIRECTIONS: readonly (readonly string[])[] = [
  ['to', 'from'],
  ['from', 'to'],
  ['payee', 'payer'],
  ['payer', 'payee'],
  ['sender', 'recipient'],
  ['recipient', 'sender'],
];

/** The singular of a plural that is not itself a known word (`expenses` → `expense`). */
function singular(word: string, known: ReadonlySet<string>): string {
  if (known.has(word) || word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return word;
  const stem = word.slice(0, -1);
  return known.has(stem) ? stem : word;
}

/**
 * The words recognition scores, given the words the vocabulary knows: abbreviations spelled out
 * (`Trans. Date` is `transaction date`, as `Transaction Date` is), a known word split in two
 * joined (`Counter Party` is `counterparty`), plurals made singular unless the plural is known.
 */
export function canonicalWords(words: readonly string[], known: ReadonlySet<string>): string[] {
  if (BOTH_DIRECTIONS.some((b) => b.length === words.length && b.every((w, i) => words[i] === w))) return ['counterparty'];
  let spelled = words.map((w) => ABBREVIATIONS[w] ?? w);
  for (const p of PHRASES) {
    const at = spelled.findIndex((_, i) => p.words.every((w, k) => spelled[i + k] === w));
    if (at >= 0) spelled = [...spelled.slice(0, at), p.word, ...spelled.slice(at + p.words.length)];
  }
  const out: string[] = [];
  for (let i = 0; i < spelled.length; i++) {
    const w = spelled[i]!;
    const next = spelled[i + 1];
    if (next !== undefined && !known.has(w) && known.has(w + next)) {
      out.push(w + next);
      i++;
      continue;
    }
    out.push(singular(w, known));
  }
  return out;
}
