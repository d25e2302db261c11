/** What the main thread and the scan workers say to each other. */
import type { VendorDetail } from '../../cli/vendor-key.js';
import type { Fact } from '../../analysis/ledger.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import type { Layout } from '../../ingest/layout.js';
import type { ScanOptions } from '../scan.js';
import type { FilePart } from './split.js';

export interface PartTask {
  index: number;
  path: string;
  /** the file as named in output */
  name: string;
  part: FilePart;
  /** end of the header record (bytes) and its last physical line */
  headerEnd: number;
  headerLines: number;
  /** how the main thread loaded its config, to load the same one */
  config: { path: string | undefined; demo: boolean | undefined; cwd: string; currency: string | undefined };
  canonicalVendors: VendorDetail;
  scan: Pick<ScanOptions, 'cwd' | 'from' | 'to' | 'cost' | 'preset'>;
}

export type WorkerMessage =
  | { type: 'layout'; layout: Layout }
  | { type: 'progress'; rows: number }
  | { type: 'done'; facts: Fact[]; reconciliation: Reconciliation }
  | { type: 'error'; message: string; exitCode: number | undefined; diagnostics: unknown };
