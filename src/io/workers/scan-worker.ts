/**
 * A worker thread's share of the input: a part of a large file after the first (the main thread
 * scans the first: scan-part.ts), or whole files of several (scan-files.ts). It runs on the main
 * thread's config, received as data, scans, and posts back the facts and what the main thread merges.
 */
import { CentCarry } from '../../money/apportion.js';
import { parentPort, workerData } from 'node:worker_threads';
import { loadVendorKey } from '../../analysis/double-count.js';
import { factsSink } from '../../analysis/pipeline.js';
import { configFromData } from '../../config/config-data.js';
import type { Layout } from '../../ingest/layout.js';
import { PartRecords } from './part-records.js';
import { join } from 'node:path';
import { type FilesTask, isFilesTask, type PartTask, type WorkerMessage, type WorkerTask } from './protocol.js';
import { scanWholeFile } from './scan-files.js';
import { categorizedCsv } from '../../render/categorized-csv.js';
import { openOutput } from '../output-stream.js';
import { partLedger, scanPart } from './scan-part.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';

const task = workerData as WorkerTask;
const port = parentPort!;

// listen at once: the layout may arrive while the config is still loading
const layout = new Promise<Layout>((resolve) => {
  port.on('message', (m: { layout: Layout }) => resolve(m.layout));
});

// the main thread's config, as data: never rebuilt here from the options
const configOf = (t: WorkerTask) => configFromData(t.config);

async function runPart(t: PartTask): Promise<void> {
  const config = configOf(t);
  // records the parser could not read: the main thread then reads the file on one thread
  let unreadRecords = 0;
  const unreadRecord = () => {
    unreadRecords++;
  };
  if (t.csvOut !== undefined) {
    const out = openOutput(t.csvOut, process.stdout);
    // each part carries its own fractions of a cent (see build-categorize.ts): a split file's
    // parts round lines that carry fractional cents on their own
    const carry = new CentCarry();
    const write = (l: ExpenseLine, _b: unknown, c: Categorization) => out.write(categorizedCsv(l, c, config, carry));
    const reconciliation = await scanPart(t, config, undefined, t.index === 0 ? undefined : await layout, { progress: (rows) => post({ type: 'progress', rows }), unreadRecord }, write, write);
    await out.close();
    post({ type: 'done', facts: [], reconciliation, unreadRecords });
    return;
  }
  const ledger = partLedger(config, t);
  const records = t.recordsFile === undefined ? undefined : new PartRecords(t.recordsFile);
  const reconciliation = await scanPart(
    t,
    config,
    ledger,
    t.index === 0 ? undefined : await layout,
    {
      layout: (found) => post({ type: 'layout', layout: found }),
      progress: (rows) => post({ type: 'progress', rows }),
      unreadRecord,
    },
    records && factsSink(undefined, records),
  );
  post({ type: 'done', facts: ledger.capexFacts(), reconciliation, records: records?.close(), unreadRecords });
}

async function runFiles(t: FilesTask): Promise<void> {
  const config = configOf(t);
  const ledger = partLedger(config, t);
  const vendorKey = await loadVendorKey();
  for (const f of t.files) {
    const scan = await scanWholeFile(f.path, f.name, config, ledger, vendorKey, t.scan, (rows) => post({ type: 'progress', rows }), t.recordsDir === undefined ? undefined : join(t.recordsDir, `file-${f.index}.bin`));
    post({ type: 'file', index: f.index, scan });
  }
  post({ type: 'files-done', facts: ledger.capexFacts() });
}

function post(m: WorkerMessage): void {
  port.postMessage(m);
}

(isFilesTask(task) ? runFiles(task) : runPart(task)).catch((e: unknown) => {
  const err = e as Error & { exitCode?: number; diagnostics?: unknown };
  post({ type: 'error', message: err.message ?? String(e), exitCode: err.exitCode, diagnostics: err.diagnostics });
});
