/**
 * A block of rows published twice inside one file: Barnet's card file for 2014 lists its
 * November journal (420 rows, lines 2050-2469) a second time at lines 2470-2889, every cell the
 * same. Each copy looks like a charge made twice, but the data counts the block twice; it is a
 * data finding (reported with the rows published again in a second file), not charges to claim
 * back. Savings sees only the examined (categorized) lines of such a block, a few of its rows, so
 * a block is told by its shape rather than by being whole: at least `MIN_BLOCK` different lines
 * (vendor, amount, date, description...) each repeated exactly `offset` lines further down, every
 * copy after every original. Real repeated charges do not keep one distance; a few identical
 * invoices listed one after another (Lambeth's care-home invoices) are one line repeated, and
 * overlap their copies.
 */
import type { SourceRef } from '../../ingest/line.js';
import { refOf, type SpendRecord } from './spend-record.js';
import { amountKey, descriptionKey, groupBy, vendorGroups } from './series.js';
import type { RecordStore } from './record-store.js';

export const MIN_BLOCK = 5;

/** Everything the records keep of a line but its place: two lines with one key are copies. */
function copyKey(r: SpendRecord): string {
  return [r.vendorKey, r.date, descriptionKey(r.description), r.account.toLowerCase(), r.reference, r.split, r.currency, amountKey(r.sourceAmount)].join('\u0001');
}

interface Pair {
  original: SourceRef;
  key: string;
}

/** Copies seen store by store: per file and offset, the copy's line → the original and its key. */
export class RepeatedBlocks {
  private readonly pairs = new Map<string, Map<number, Map<number, Pair>>>();

  /** Pairs of identical lines of one vendor and amount in one file (a store keeps those groups whole). */
  visit(store: RecordStore): void {
    for (const group of vendorGroups(store, (i) => store.amount(i).units !== 0n, (i) => amountKey(store.amount(i)), 2)) {
      for (const [key, copies] of groupBy(group, (r) => `${r.source}\u0000${copyKey(r)}`, 2)) {
        const sorted = [...copies].sort((a, b) => a.line - b.line);
        for (let j = 1; j < sorted.length; j++)
          for (let i = 0; i < j; i++) {
            const a = sorted[i]!;
            const b = sorted[j]!;
            let byOffset = this.pairs.get(b.source);
            if (byOffset === undefined) this.pairs.set(b.source, (byOffset = new Map()));
            let lines = byOffset.get(b.line - a.line);
            if (lines === undefined) byOffset.set(b.line - a.line, (lines = new Map()));
            if (!lines.has(b.line)) lines.set(b.line, { original: refOf(a), key });
          }
      }
    }
  }

  /** The lines that repeat an earlier block, `source\0line` → the line they repeat. */
  copies(): Map<string, SourceRef> {
    const out = new Map<string, SourceRef>();
    for (const [source, byOffset] of [...this.pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      for (const [, lines] of [...byOffset].sort((a, b) => a[0] - b[0])) {
        const pairs = [...lines];
        if (new Set(pairs.map(([, p]) => p.key)).size < MIN_BLOCK) continue;
        // the copy comes after the whole original block: no copy line among the originals
        let lastOriginal = 0;
        let firstCopy = Number.POSITIVE_INFINITY;
        for (const [line, p] of pairs) {
          if (p.original.line > lastOriginal) lastOriginal = p.original.line;
          if (line < firstCopy) firstCopy = line;
        }
        if (lastOriginal >= firstCopy) continue;
        for (const [line, p] of pairs) {
          const key = `${source}\u0000${line}`;
          if (!out.has(key)) out.set(key, p.original);
        }
      }
    return out;
  }
}
