/**
 * A worker thread's share of a large file (a part after the first: the main thread scans the
 * first): it loads the config as the main thread did, waits for the layout the first part found,
 * scans its part (scan-part.ts) and posts back the facts and the reconciliation.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultConfig } from '../../config/default-config.js';
import type { Layout } from '../../ingest/layout.js';
import { loadConfig } from '../load-config.js';
import type { PartTask, WorkerMessage } from './protocol.js';
import { partLedger, scanPart } from './scan-part.js';

const task = workerData as PartTask;
const port = parentPort!;

// listen at once: the layout may arrive while the config is still loading
const layout = new Promise<Layout>((resolve) => {
  port.on('message', (m: { layout: Layout }) => resolve(m.layout));
});

async function run(): Promise<void> {
  let config = loadConfig({ config: task.config.path, demo: task.config.demo, cwd: task.config.cwd }, defaultConfig).config;
  if (task.config.currency !== undefined) config = { ...config, currency: task.config.currency };
  const ledger = partLedger(config, task);
  const reconciliation = await scanPart(task, config, ledger, task.index === 0 ? undefined : await layout, {
    layout: (found) => post({ type: 'layout', layout: found }),
    progress: (rows) => post({ type: 'progress', rows }),
  });
  post({ type: 'done', facts: ledger.all(), reconciliation });
}

function post(m: WorkerMessage): void {
  port.postMessage(m);
}

run().catch((e: unknown) => {
  const err = e as Error & { exitCode?: number; diagnostics?: unknown };
  post({ type: 'error', message: err.message ?? String(e), exitCode: err.exitCode, diagnostics: err.diagnostics });
});
