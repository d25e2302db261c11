/**
 * A worker thread's share of a large file: it reads the file's header bytes and then its own
 * byte range as one stream, runs the ordinary scan over it (same reader, same rules, same
 * booking) into a Ledger, and posts back the facts and the reconciliation. Parts after the
 * first take the layout the first part found, so every part reads the columns the same way;
 * line numbers are shifted back to the whole file's.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { Ledger } from '../../analysis/ledger.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import { vendorDisplayKey, vendorScope } from '../../cli/vendor-key.js';
import { defaultConfig } from '../../config/default-config.js';
import type { Layout } from '../../ingest/layout.js';
import { loadConfig } from '../load-config.js';
import { scanInputs } from '../scan.js';
import type { PartTask, WorkerMessage } from './protocol.js';

const task = workerData as PartTask;
const port = parentPort!;

async function layoutFromFirstPart(): Promise<Layout> {
  return new Promise((resolve) => {
    port.on('message', (m: { layout: Layout }) => resolve(m.layout));
  });
}

async function* concat(ranges: { start: number; end: number }[], path: string): AsyncGenerator<Buffer> {
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    for await (const chunk of createReadStream(path, { start: r.start, end: r.end - 1, highWaterMark: 1 << 16 })) yield chunk as Buffer;
  }
}

async function run(): Promise<void> {
  let config = loadConfig({ config: task.config.path, demo: task.config.demo, cwd: task.config.cwd }, defaultConfig).config;
  if (task.config.currency !== undefined) config = { ...config, currency: task.config.currency };
  const ledger = new Ledger(vendorDisplayKey(config, task.canonicalVendors), false, vendorScope(config, task.canonicalVendors));
  const first = task.index === 0;
  const layout = first ? undefined : await layoutFromFirstPart();
  const ranges = first ? [{ start: 0, end: task.part.end }] : [{ start: 0, end: task.headerEnd }, task.part];
  let rows = 0;
  const { reconciliation } = await scanInputs(
    [task.path],
    config,
    {
      line: (l, _b, c) => ledger.addLine(l, c),
      file: (_summary, found) => {
        if (first && found !== undefined) post({ type: 'layout', layout: found });
      },
    },
    {
      ...task.scan,
      displayName: () => task.name,
      open: (p) => Readable.from(concat(ranges, p)),
      resolveLayout: layout === undefined ? undefined : () => ({ layout, problems: [] }),
      progress: (n) => {
        post({ type: 'progress', rows: n - rows });
        rows = n;
      },
    },
  );
  // the header came from the file's head: the part's own lines start at `firstLine`
  const shift = first ? 0 : task.part.firstLine - (task.headerLines + 1);
  if (shift !== 0) shiftLines(reconciliation, shift);
  post({ type: 'done', facts: ledger.all(), reconciliation });
}

function shiftLines(rec: Reconciliation, shift: number): void {
  for (const r of rec.rejections) r.line += shift;
  for (const d of rec.duplicates) {
    d.first.line += shift;
    d.second.line += shift;
  }
}

function post(m: WorkerMessage): void {
  port.postMessage(m);
}

run().catch((e: unknown) => {
  const err = e as Error & { exitCode?: number; diagnostics?: unknown };
  post({ type: 'error', message: err.message ?? String(e), exitCode: err.exitCode, diagnostics: err.diagnostics });
});
