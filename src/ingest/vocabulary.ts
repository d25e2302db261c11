/**
 * The words that name each field in payment registers, card files, ledgers and bank exports, in
 * English and the other languages techspend meets most (German, French, Spanish, Czech), and
 * the qualifiers that rank several candidates for one field: a payment date over a document date,
 * a billed or line amount over an original-currency amount or a document total, a name over a code.
 * Words are compared after `headerWords` (lower case, no diacritics, camelCase split).
 */
import type { Field } from './presets.js';

/** A qualifier: words that move a candidate up or down, and how the choice is explained. */
export interface Qualifier {
  words: readonly string[];
  weight: number;
  /** how a column with this qualifier is described in validate ("a payment date") */
  label: string;
}

export interface FieldWords {
  /** head words: a header with one of them is a candidate, scored by the weight */
  nouns: Readonly<Record<string, number>>;
  /** the first qualifier found applies (most specific first), or every one found when `additive`; none: `plain` */
  qualifiers: readonly Qualifier[];
  additive?: boolean;
  plain: { weight: number; label: string };
  /** words that rule a header out for this field (an id, a tax amount, a type) */
  never?: readonly string[];
}

const CODE = ['id', 'number', 'no', 'nr', 'num', 'code', 'kod', 'cislo', 'ref', 'reference', 'key'];
const NAME = ['name', 'description', 'desc', 'title', 'label', 'text', 'type', 'nazev', 'popis'];
/** words saying a tax word means "without tax" (a net amount), not a tax amount */
export const NET_WORDS = ['net', 'nett', 'bez', 'excl', 'excluding', 'ex', 'without', 'before', 'pre', 'ohne', 'hors', 'sin'];
/** words saying a tax word means "with tax" (a gross amount: `Amount Inc VAT`), not a tax amount */
export const INCL_WORDS = ['incl', 'gross', 'brutto'];
export const TAX_WORDS = ['vat', 'tax', 'dph', 'gst', 'hst', 'mwst', 'tva', 'iva', 'ust'];

export const VOCABULARY: Partial<Record<Field, FieldWords>> = {
  date: {
    nouns: { date: 30, datum: 30, fecha: 30, datetime: 30, timestamp: 25, time: 10, created: 15, posted: 15, day: 10, dt: 10 },
    qualifiers: [
      // a date something was reported, filed or delivered is not when the money moved
      { words: ['due', 'splatnosti', 'faelligkeit', 'expiry', 'expiration', 'birth', 'modified', 'updated', 'entered', 'export', 'end', 'to', 'filed', 'filing', 'submitted', 'submission', 'reported', 'delivery', 'delivered'], weight: -10, label: 'a due or other date' },
      // a period's start dates it (a usage or service period), its end does not: start over end
      { words: ['start', 'from'], weight: -5, label: 'a period start date' },
      { words: ['payment', 'paid', 'pay', 'uhrady', 'uhrada', 'platby', 'clearing', 'cleared', 'settlement', 'settled', 'zahlung', 'paiement', 'pago', 'betaling', 'disbursement', 'cheque', 'check'], weight: 30, label: 'a payment date' },
      { words: ['transaction', 'trans', 'txn', 'tran', 'purchase', 'operation', 'charge', 'spend', 'spent', 'expenditure', 'expense', 'started', 'initiated'], weight: 22, label: 'a transaction date' },
      { words: ['posting', 'post', 'booking', 'buchung', 'buchungs', 'booked', 'completed'], weight: 20, label: 'a posting date' },
      { words: ['value', 'valuta', 'wertstellung'], weight: 18, label: 'a value date' },
      { words: ['invoice', 'bill', 'document', 'doc', 'effective', 'journal', 'jv', 'gl', 'creation', 'create', 'issue', 'issued', 'vystaveni', 'receipt', 'received', 'prijeti', 'entry', 'approval', 'approved', 'order', 'accounting', 'period', 'statement'], weight: 0, label: 'a document, journal or effective date' },
    ],
    plain: { weight: 15, label: 'the date' },
  },
  amount: {
    nouns: { amount: 30, amt: 30, total: 25, value: 20, cost: 20, net: 15, nett: 15, gross: 15, castka: 30, betrag: 30, montant: 30, importe: 30, umsatz: 25, sum: 15, payment: 8, charge: 10, paid: 10 },
    qualifiers: [
      { words: ['original', 'orig', 'foreign', 'cizi', 'source', 'fremdwahrung'], weight: -15, label: 'an original-currency amount' },
      { words: ['billing', 'billed', 'reporting', 'posted', 'settlement', 'settled'], weight: 10, label: 'the billed amount' },
      { words: ['line', 'radek', 'item', 'zeile', 'ligne'], weight: 10, label: 'a line amount' },
      { words: ['gross', 'brutto', 'incl'], weight: 3, label: 'a gross amount' },
      { words: NET_WORDS, weight: -3, label: 'a net amount' },
      // a change to an amount, or what is left of it, is not the amount itself (`amendment_value` beside `contract_value`)
      { words: ['amendment', 'amended', 'adjustment', 'change', 'remaining', 'outstanding', 'variance', 'difference'], weight: -10, label: 'a change to or remainder of an amount' },
    ],
    plain: { weight: 0, label: 'the amount' },
    additive: true,
    never: ['centre', 'center', 'debit', 'credit', 'withdrawal', 'deposit', 'inflow', 'outflow', 'refund', 'refunded', 'refunds', 'disputed', 'dispute', 'fee', 'fees', 'commission', 'discount', 'balance', 'irrecoverable', 'rate', 'unit', 'price', 'quantity', 'qty', 'number', 'no', 'nr', 'id', 'code', 'year', 'period', 'percent', 'pct', 'count', 'ref', 'reference', 'cislo', 'date', 'datum', 'limit', 'budget'],
  },
  vendor: {
    nouns: { vendor: 30, supplier: 30, merchant: 30, payee: 30, beneficiary: 30, creditor: 25, dodavatel: 30, counterparty: 25, provider: 15, partner: 15, recipient: 20, empfanger: 25, zahlungsempfanger: 25, lieferant: 30, fournisseur: 30, proveedor: 30, beneficiaire: 30, dba: 25, name: 10 },
    qualifiers: [{ words: ['name', 'nazev'], weight: 5, label: 'a name' }],
    plain: { weight: 0, label: 'the counterparty' },
    never: [...CODE, 'centre', 'center', 'cost', 'department', 'area', 'type', 'group', 'category', 'vat', 'reg', 'address', 'postcode', 'city', 'country', 'account', 'iban', 'bank', 'site', 'sort', 'status', 'card', 'member', 'holder', 'cardholder', 'employee'],
  },
  description: {
    nouns: { description: 30, desc: 25, memo: 30, details: 25, detail: 25, narrative: 30, notes: 20, note: 20, purpose: 25, ucel: 25, comment: 15, comments: 15, text: 15, remarks: 15, particulars: 20, item: 15, items: 15, product: 15, reference: 10, verwendungszweck: 30, libelle: 30, concepto: 30, bezeichnung: 25, buchungstext: 25, remarque: 20 },
    qualifiers: [
      { words: ['account', 'expense', 'category', 'subj', 'subjective'], weight: -10, label: 'an account name' },
      { words: ['line', 'transaction', 'trans'], weight: 2, label: 'a line description' },
    ],
    plain: { weight: 0, label: 'the description' },
    never: ['id', 'number', 'no', 'nr', 'code', ...TAX_WORDS],
  },
  account: {
    nouns: { account: 25, gl: 20, ledger: 20, nominal: 25, subjective: 25, subj: 25, expense: 20, expenditure: 20, category: 20, object: 15 },
    qualifiers: [
      { words: ['area', 'centre', 'center', 'department', 'family'], weight: -30, label: 'an area' },
      { words: NAME, weight: 5, label: 'an account or expense type name' },
      { words: CODE, weight: -10, label: 'an account code' },
    ],
    plain: { weight: 0, label: 'the account' },
    never: ['holder', 'iban', 'bank', 'balance', 'amount', 'date', 'payee', 'beneficiary', 'payer', 'sender', 'recipient', 'card', 'routing', 'sort'],
  },
  department: {
    nouns: { department: 30, dept: 30, directorate: 30, division: 25, agency: 25, area: 20, unit: 15, team: 20, organisation: 10, organization: 10, entity: 10, body: 5, function: 10, service: 10 },
    qualifiers: [
      { words: NAME, weight: 5, label: 'a name' },
      { words: CODE, weight: -10, label: 'a code' },
    ],
    plain: { weight: 0, label: 'the department' },
    never: ['uri', 'url', 'amount', 'date'],
  },
  currency: {
    nouns: { currency: 30, cur: 25, ccy: 30, curr: 25, wahrung: 30, waehrung: 30, devise: 30, moneda: 30, monnaie: 30, monn: 25 },
    qualifiers: [
      { words: ['original', 'orig', 'foreign', 'cizi', 'source'], weight: -15, label: 'the original currency' },
      { words: ['billing', 'billed', 'reporting'], weight: 10, label: 'the billing currency' },
    ],
    plain: { weight: 0, label: 'the currency' },
    never: ['rate', 'amount', 'castka', 'exchange', 'fee', 'fees', 'commission'],
  },
};

/** Cost centre: a two-word name more often than not (`Cost Centre`, `CostCenter`), matched on the joined words. */
export const COST_CENTRE = /\b(cost ?cent(re|er)|cost ?centres|kostenstelle|centre de cout|centro de coste)\b/;

/** Reference (invoice, document, transaction number): a document word with a number word, or `reference`. */
export const REFERENCE_DOCUMENTS = ['invoice', 'transaction', 'trans', 'txn', 'document', 'doc', 'voucher', 'journal', 'jv', 'payment', 'order', 'receipt', 'cheque', 'check', 'faktury', 'dokladu', 'bill'];
export const REFERENCE_NUMBERS = ['number', 'no', 'nr', 'num', 'id', 'ref', 'reference', 'cislo'];
