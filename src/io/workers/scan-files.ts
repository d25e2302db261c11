/**
 * Whole files scanned on a thread of their own (several inputs): each file is a one-file scan,
 * which keeps what the checks across files need, so that the main thread can run those checks
 * in file order afterwards, exactly as one thread reading the files in turn would: each used
 * line's identity fingerprint (the same line in two exports) and the file's vendor × month
 * totals (the same spend in two sources).
 */
import type { Ledger } from '../../analysis/ledger.js';
import { factsSink } from '../../analysis/pipeline.js';
import { type Reconciliation, lineIdentity } from '../../analysis/reconciliation.js';
import { createDoubleCountGuard, type GuardSide, type VendorKey } from '../../analysis/double-count.js';
import type { Config } from '../../config/config.js';
import { fingerprint } from '../duplicate-guard.js';
import { PartRecords } from './part-records.js';
import { scanInputs, type ScanOptions } from '../scan.js';

export interface FileScan {
  reconciliation: Reconciliation;
  /** per used line, in order: the identity fingerprint (two 32-bit hashes) and the line number */
  h1: Uint32Array;
  h2: Uint32Array;
  lines: Uint32Array;
  /** the file's vendor × month totals, for the double-count guard */
  sides: GuardSide[];
  /** with a records file (board, savings): where the file's savings lines were written */
  records?: string | undefined;
}

/** Scan one whole file into `ledger`; `path` as given (relative to `scan.cwd`), shown as `name`. */
export async function scanWholeFile(path: string, name: string, config: Config, ledger: Ledger, vendorKey: VendorKey, scan: ScanOptions, progress?: (rows: number) => void, recordsFile?: string): Promise<FileScan> {
  const guard = createDoubleCountGuard(vendorKey);
  const records = recordsFile === undefined ? undefined : new PartRecords(recordsFile);
  let h1: Uint32Array<ArrayBuffer> = new Uint32Array(1 << 12);
  let h2: Uint32Array<ArrayBuffer> = new Uint32Array(1 << 12);
  let lines: Uint32Array<ArrayBuffer> = new Uint32Array(1 << 12);
  let n = 0;
  let rows = 0;
  // the facts stage, as the one-thread scan runs it (analysis/pipeline.ts)
  const facts = factsSink(ledger, records);
  const { reconciliation } = await scanInputs(
    [path],
    config,
    {
      line: (l, booked, c) => {
        facts(l, booked, c);
        guard.add(l, booked);
        if (n === h1.length) {
          h1 = grow(h1);
          h2 = grow(h2);
          lines = grow(lines);
        }
        const [a, b] = fingerprint(lineIdentity(l));
        h1[n] = a;
        h2[n] = b;
        lines[n++] = l.line;
      },
    },
    {
      ...scan,
      displayName: () => name,
      progress: (r) => {
        progress?.(r - rows);
        rows = r;
      },
    },
  );
  return { reconciliation, h1: h1.slice(0, n), h2: h2.slice(0, n), lines: lines.slice(0, n), sides: guard.sides(), records: records?.close() };
}

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
