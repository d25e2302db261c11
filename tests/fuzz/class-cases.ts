/**
 * The classes the first fuzz campaign missed (issue 18), as campaign cases with their own
 * oracle: currency in the amount cell, CR/LF and formula prefixes in cells, Mermaid labels,
 * terminal escapes in file names, repeated paths. Each case writes a folder of inputs and says
 * what the run must show, computed here from the rows written (never from techspend's output).
 */
import { parse } from 'csv-parse/sync';
import type { Prng } from './prng.js';

/** USD report; rates to USD in ten-thousandths (the oracle converts with them, half-up to cents) */
export const CLASS_CONFIG = 'currency: USD\nrates: { EUR: 1.08, GBP: 1.27, JPY: 0.0067 }\ncategories:\n  - { id: saas, name: SaaS }\nrules:\n  - { id: all, category: saas, match: { vendor: "*" } }\n';
const RATE: Record<string, bigint> = { USD: 10000n, EUR: 10800n, GBP: 12700n, JPY: 67n };

export type ClassKind = 'currency-in-amount' | 'cr-in-cells' | 'mermaid-labels' | 'escapes-in-file-names' | 'repeated-paths';
export const CLASS_KINDS: readonly ClassKind[] = ['currency-in-amount', 'cr-in-cells', 'mermaid-labels', 'escapes-in-file-names', 'repeated-paths'];

export interface ClassCase {
  kind: ClassKind;
  files: Record<string, string>;
  /** the inputs as given on the command line (may repeat a file) */
  inputs: string[];
  /** what the booked total must be, in cents (rows with no rate are rejected, never booked 1:1) */
  bookedCents: bigint;
  /** rows that must be rejected (no rate / unreadable mark) */
  rejected: number;
  /** the vendor texts written, for the injection checks */
  vendors: string[];
}

const MARKS: { mark: (a: string) => string; currency: string | 'KRW' }[] = [
  { mark: (a) => `JPY ${a}`, currency: 'JPY' },
  { mark: (a) => `${a} EUR`, currency: 'EUR' },
  { mark: (a) => `€${a}`, currency: 'EUR' },
  { mark: (a) => `£${a}`, currency: 'GBP' },
  { mark: (a) => `US$ ${a}`, currency: 'USD' },
  { mark: (a) => `₩ ${a}`, currency: 'KRW' },
  { mark: (a) => a, currency: 'USD' },
];

// vendor texts that attack one output format each
const HOSTILE_VENDORS = [
  'Evil\r=1+2',
  'Bad\r\n@SUM(A1:A9)',
  'x\r+cmd|calc',
  '"]\n```\n<img src=x onerror=alert(1)>\n# Owned',
  'a"b`c` <script>x</script> | col | ',
  '```mermaid\npie\n```',
  'Acme \u001b]0;pwned\u0007 Ltd',
  '\u001b]8;;https://evil/\u001b\\link\u001b]8;;\u001b\\',
  'bidi \u202eevil\u202c zero\u200bwidth',
  '-2+3',
  '\t=HYPERLINK("x")',
];

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

function money(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** the oracle's conversion: amount × rate, half-up to the cent */
function convert(cents: bigint, currency: string): bigint {
  return (cents * RATE[currency]! + 5000n) / 10000n;
}

export function classCase(r: Prng): ClassCase {
  const kind = r.pick(CLASS_KINDS);
  const rows = r.int(1, 12);
  const lines = ['Date,Vendor,Amount'];
  let bookedCents = 0n;
  let rejected = 0;
  const vendors: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cents = BigInt(r.int(1, 2_000_000));
    const date = `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const vendor = kind === 'currency-in-amount' || kind === 'repeated-paths' ? r.pick(['AWS', 'Slack', 'Zoom']) : r.pick(HOSTILE_VENDORS);
    vendors.push(vendor);
    let amount = money(cents);
    if (kind === 'currency-in-amount') {
      const m = r.pick(MARKS);
      amount = m.mark(amount);
      if (RATE[m.currency] === undefined) rejected++;
      else bookedCents += convert(cents, m.currency);
    } else bookedCents += cents;
    lines.push([date, q(vendor), q(amount)].join(','));
  }
  const text = lines.join(r.pick(['\n', '\r\n'])) + '\n';
  if (kind === 'escapes-in-file-names') {
    const name = r.pick(['a\u001b]0;pwned\u0007.csv', 'b\u001b[2J.csv', 'c\u009b31m.csv', 'd\u202egpj.csv', 'e\u001b]8;;http://x\u001b\\.csv']);
    return { kind, files: { [name]: text }, inputs: [name], bookedCents, rejected, vendors };
  }
  if (kind === 'repeated-paths') {
    // the same file reached as itself, through its folder, through ./, and by a glob: read once
    const inputs = r.pick([['in/a.csv', 'in/a.csv'], ['in', 'in/a.csv'], ['./in/a.csv', 'in/a.csv', 'in/*.csv'], ['in/', 'in']]);
    return { kind, files: { 'in/a.csv': text }, inputs, bookedCents, rejected, vendors };
  }
  return { kind, files: { 'case.csv': text }, inputs: ['case.csv'], bookedCents, rejected, vendors };
}

// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060]/;

/** An injection that escaped into one output format, or undefined when the output is safe. */
export function injectionIn(format: string, stdout: string, stderr: string): string | undefined {
  if (TERMINAL_UNSAFE.test(stderr.replace(/\n/g, ''))) return 'a control or bidi character on stderr';
  if (format === 'table' && TERMINAL_UNSAFE.test(stdout.replace(/\n/g, ''))) return 'a control or bidi character in the table';
  if (format === 'csv') {
    // no CR outside quotes (a reader that ends a row at CR would start a new one there)
    let quoted = false;
    for (let i = 0; i < stdout.length; i++) {
      const c = stdout[i]!;
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === '\r' && stdout[i + 1] !== '\n') return 'a bare CR outside quotes in CSV';
    }
    // no cell a spreadsheet would run as a formula
    let records: string[][];
    try {
      records = parse(stdout, { relax_column_count: true }) as string[][];
    } catch (e) {
      return `CSV output that does not parse: ${(e as Error).message}`;
    }
    for (const rec of records) for (const cell of rec) if (/^[=+@\t\r]/.test(cell) || /^-[^\d.]/.test(cell) || /^-[\d.]+[^\d.%]/.test(cell)) return `a CSV cell a spreadsheet runs as a formula: ${JSON.stringify(cell.slice(0, 40))}`;
  }
  if (format === 'markdown') {
    if (/<(img|script|iframe|svg)\b/i.test(stdout)) return 'raw HTML in Markdown';
    if ((stdout.match(/^```/gm) ?? []).length % 2 !== 0) return 'an unbalanced code fence in Markdown';
    if (/^# Owned/m.test(stdout)) return 'a heading injected into Markdown';
  }
  if (format === 'html' && /<(img|script)\b/i.test(stdout)) return 'raw HTML in HTML';
  return undefined;
}
