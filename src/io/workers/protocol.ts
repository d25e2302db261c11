/** What the main thread and the scan workers say to each other. */
import type { VendorDetail } from '../../analysis/vendor-key.js';
import type { ConfigData } from '../../config/config-data.js';
import type { Fact } from '../../analysis/ledger.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import type { Layout } from '../../ingest/layout.js';
import type { ScanOptions } from '../scan.js';
import type { FilePart } from './split.js';
import type { FileScan } from './scan-files.js';

export interface PartTask {
  index: number;
  path: string;
  /** the file as named in output */
  name: string;
  part: FilePart;
  /** end of the header record (bytes) and its last physical line */
  headerEnd: number;
  headerLines: number;
  /** the run's config as the main thread normalized it (with --currency applied) */
  config: ConfigData;
  canonicalVendors: VendorDetail;
  /** the ledger keeps priced lines apart per item (variance) */
  itemized?: boolean | undefined;
  /** also keep the savings records (board, savings), written to this file (part-records.ts) */
  recordsFile?: string | undefined;
  /** categorize: write the part's rows as CSV records to this file, and keep no facts */
  csvOut?: string | undefined;
  scan: Pick<ScanOptions, 'cwd' | 'from' | 'to' | 'cost' | 'preset' | 'optional'>;
}

/** Whole files for one thread (several inputs): each scanned on its own, in this order. */
export interface FilesTask {
  files: { path: string; name: string; index: number }[];
  config: PartTask['config'];
  canonicalVendors: VendorDetail;
  itemized?: boolean | undefined;
  /** keep the savings records, each file's in `<recordsDir>/file-<index>.bin` */
  recordsDir?: string | undefined;
  scan: PartTask['scan'];
}

export type WorkerTask = PartTask | FilesTask;

export function isFilesTask(t: WorkerTask): t is FilesTask {
  return (t as FilesTask).files !== undefined;
}

export type WorkerMessage =
  | { type: 'layout'; layout: Layout }
  | { type: 'progress'; rows: number }
  /** `unreadRecords`: records of the part the CSV parser could not read (then one thread reads the file) */
  | { type: 'done'; facts: Fact[]; reconciliation: Reconciliation; records?: string | undefined; unreadRecords?: number | undefined }
  | { type: 'file'; index: number; scan: FileScan }
  | { type: 'files-done'; facts: Fact[] }
  | { type: 'error'; message: string; exitCode: number | undefined; diagnostics: unknown };
