/**
 * The delimiter from a head cut inside a long record (fuzz case 7288, seed 152026, and the
 * `|` file with a 277 kB field of issue 15): the partial last line of the 64 KiB head used to
 * outvote the whole ones, so a `|` file whose vendor holds a comma was read as comma-separated,
 * its header taken for a preamble and the file left unread.
 */
import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/ingest/sniff.js';

const HEAD = 64 * 1024;

describe('sniffing the delimiter', () => {
  it('a `|` file whose vendor holds a comma, its head cut inside a 277 kB description', () => {
    const rows = ['Date|Vendor|Description|Amount', '2026-10-23|A, B & C|seats|32612.13', '', `2026-07-07|A, B & C|${'d'.repeat(277_000)}|10.00`, '2026-07-08|A, B & C|seats|5.00'];
    const bytes = new TextEncoder().encode(rows.join('\r\n') + '\r\n');
    const s = sniff(bytes.subarray(0, HEAD));
    expect(s.delimiter).toBe('|');
    expect(s.skipRows).toBe(0);
  });

  it('a whole file without a final line break keeps its last line as a sample', () => {
    const s = sniff(new TextEncoder().encode('Date;Vendor;Amount\n2026-01-05;AWS;10,00'));
    expect(s.delimiter).toBe(';');
  });

  it('among equally regular delimiters, the one the header agrees with', () => {
    // every data row has one comma (inside the vendor) and three `|`: the header has three `|` and no comma
    const text = ['Date|Vendor|Description|Amount', ...Array.from({ length: 5 }, (_, i) => `2026-01-0${i + 1}|Smith, J|fees|1${i}.00`)].join('\n') + '\n';
    expect(sniff(new TextEncoder().encode(text)).delimiter).toBe('|');
  });
});
