/**
 * Generated expense CSVs for the fuzz campaign. A "shaped" file is written from rows whose
 * amounts the generator knows, so the campaign checks the money independently of techspend:
 * every amount written is either booked or in a rejected row, to the cent. A "hostile" file is
 * a shaped one damaged (garbage bytes, cut short, re-encoded): only techspend's own invariants
 * can be checked on it.
 */
import type { Prng } from './prng.js';

export interface ShapedCsv {
  bytes: Uint8Array;
  /** the sum of every readable amount written, in cents */
  writtenCents: bigint;
  rows: number;
}

const VENDORS = ['AWS', 'Amazon Web Services', 'Slack', 'Zoom Video', 'Zoë GmbH', 'Café Müller', 'A, B & C', 'say "hi"', 'multi\nline', '=SUM(A1)', '🎅 Santa', '  padded  ', 'x|y', 'semi;colon', 'tab\there', ''];
const DESCRIPTIONS = ['monthly', 'annual plan', 'seats', '', 'refund', 'on-call', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '"quoted"'];

function amountText(cents: bigint): string {
  const negative = cents < 0n;
  const a = negative ? -cents : cents;
  return `${negative ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

export function shapedCsv(r: Prng): ShapedCsv {
  const delimiter = r.pick([',', ',', ';', '\t', '|']);
  const eol = r.pick(['\n', '\r\n']);
  const quoting = r.pick(['minimal', 'all']);
  const withDescription = r.chance(0.6);
  const header = withDescription ? ['Date', 'Vendor', 'Description', 'Amount'] : ['Date', 'Vendor', 'Amount'];
  const cell = (c: string) => (quoting === 'all' || c.includes(delimiter) || c.includes('"') || c.includes('\n') || c.includes('\r') || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [header.map(cell).join(delimiter)];
  let writtenCents = 0n;
  const rows = r.int(0, 30);
  for (let i = 0; i < rows; i++) {
    const cents = BigInt(r.int(-50_000, 5_000_000));
    const day = r.int(1, 28);
    const month = r.int(1, 12);
    let date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let amount = amountText(cents);
    const fault = r.int(0, 19);
    if (fault === 0) date = r.pick(['not-a-date', '2026-13-45', '', '31/31/2026']);
    if (fault === 1) amount = r.pick(['abc', '', '1.2.3', '12..5', '--5']);
    if (fault !== 1) writtenCents += cents;
    const vendor = r.pick(VENDORS);
    // now and then a huge field: a description (or vendor) of up to 300 kB
    const description = r.chance(0.03) ? 'd'.repeat(r.int(10_000, 300_000)) : r.pick(DESCRIPTIONS);
    const fields = withDescription ? [date, vendor, description, amount] : [date, vendor, amount];
    lines.push(fields.map(cell).join(delimiter));
    if (r.chance(0.05)) lines.push('');
  }
  const text = lines.join(eol) + (r.chance(0.7) ? eol : '');
  const bom = r.chance(0.1) ? '\ufeff' : '';
  return { bytes: new Uint8Array(Buffer.from(bom + text, 'utf8')), writtenCents, rows };
}

/** A shaped file damaged: garbage bytes inserted, cut short, re-encoded, or nothing but garbage. */
export function hostileCsv(r: Prng): Uint8Array {
  if (r.chance(0.15)) return r.bytes(r.int(0, 2000));
  let bytes: Buffer = Buffer.from(shapedCsv(r).bytes);
  const damage = r.int(0, 4);
  if (damage === 0 || r.chance(0.3)) {
    const at = bytes.length === 0 ? 0 : r.int(0, bytes.length - 1);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(r.bytes(r.int(1, 64))), bytes.subarray(at)]);
  }
  if (damage === 1 && bytes.length > 0) bytes = bytes.subarray(0, r.int(0, bytes.length - 1));
  if (damage === 2) bytes = Buffer.from(bytes.toString('utf8'), 'latin1');
  if (damage === 3) bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
  if (damage === 4) bytes = Buffer.from(bytes.toString('utf8').replace(/"/g, () => (r.chance(0.5) ? '' : '""')), 'utf8');
  return new Uint8Array(bytes);
}
