/**
 * One part of a large file, scanned into a Ledger: the file's header bytes and then the part's
 * own byte range read as one stream, through the ordinary scan (same reader, same rules, same
 * booking). Parts after the first take the layout the first part found, so every part reads the
 * columns the same way; line numbers are shifted back to the whole file's. Run by the worker
 * threads, and by the main thread for the first part.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Ledger } from '../../analysis/ledger.js';
import { factsSink } from '../../analysis/pipeline.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import { vendorDisplayKey, vendorScope } from '../../analysis/vendor-key.js';
import type { Config } from '../../config/config.js';
import type { Layout } from '../../ingest/layout.js';
import { scanInputs, type ScanSink } from '../scan.js';
import type { PartTask } from './protocol.js';

async function* concat(ranges: { start: number; end: number }[], path: string): AsyncGenerator<Buffer> {
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    for await (const chunk of createReadStream(path, { start: r.start, end: r.end - 1, highWaterMark: 1 << 16 })) yield chunk as Buffer;
  }
}

export interface PartHooks {
  /** the first part found the file's layout */
  layout?(layout: Layout): void;
  /** rows read since the last call */
  progress?(rows: number): void;
  /** a record the CSV parser could not read */
  unreadRecord?(): void;
}

/** The ledger for a part: keyed as the main thread's is. */
export function partLedger(config: Config, task: Pick<PartTask, 'canonicalVendors' | 'itemized'>): Ledger {
  return new Ledger(vendorDisplayKey(config, task.canonicalVendors), task.itemized === true, vendorScope(config, task.canonicalVendors));
}

/**
 * Scan one part into `ledger` (none: `extra` alone sees the lines); `layout` is the first part's
 * (undefined for the first part itself).
 */
export async function scanPart(
  task: PartTask,
  config: Config,
  ledger: Ledger | undefined,
  layout: Layout | undefined,
  hooks: PartHooks = {},
  extra?: ScanSink['line'],
  /** excluded lines (categorize's rows); technology lines go to the ledger and `extra` */
  excluded?: ScanSink['line'],
): Promise<Reconciliation> {
  const first = task.index === 0;
  const ranges = first ? [{ start: 0, end: task.part.end }] : [{ start: 0, end: task.headerEnd }, task.part];
  // the header came from the file's head: the part's own lines start at `firstLine`
  const shift = first ? 0 : task.part.firstLine - (task.headerLines + 1);
  let rows = 0;
  // the facts stage, as the one-thread scan runs it (analysis/pipeline.ts)
  // `extra` takes every technology line (categorize's rows); a savings sink filters for itself (factsSink)
  const facts: ScanSink['line'] = extra === undefined ? factsSink(ledger) : (l, b, c) => {
    ledger?.addLine(l, c);
    extra(l, b, c);
  };
  const { reconciliation } = await scanInputs(
    [task.path],
    config,
    {
      line: (l, b, c) => {
        // kept lines (savings evidence, categorize rows) carry the whole file's line numbers
        if (shift !== 0) l.line += shift;
        facts(l, b, c);
      },
      excluded: (l, b, c) => {
        if (shift !== 0) l.line += shift;
        excluded?.(l, b, c);
      },
      unreadRecord: () => hooks.unreadRecord?.(),
      file: (_summary, found) => {
        // a head that cannot be mapped leaves the workers nothing to read by: one thread reads the file
        if (first && found === undefined) throw new Error('layout not recognized');
        if (first) hooks.layout?.(found!);
      },
    },
    {
      ...task.scan,
      displayName: () => task.name,
      partOfFile: !first,
      open: (p) => Readable.from(concat(ranges, p)),
      resolveLayout: layout === undefined ? undefined : () => ({ layout, problems: [] }),
      progress: (n) => {
        hooks.progress?.(n - rows);
        rows = n;
      },
    },
  );
  if (shift !== 0) shiftLines(reconciliation, shift);
  return reconciliation;
}

function shiftLines(rec: Reconciliation, shift: number): void {
  for (const r of rec.rejections) r.line += shift;
  for (const d of rec.duplicates) {
    d.first.line += shift;
    d.second.line += shift;
  }
}
