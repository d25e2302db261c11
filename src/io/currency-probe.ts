/**
 * Before a run on the built-in default config: read the first rows of each input, as the scan
 * will, and count the currencies its lines name (config/reporting-currency.ts decides from that).
 * An input that cannot be read or mapped is left out here: the scan reports it with its reason.
 */
import { basename, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../config/config.js';
import type { CurrencyEvidence } from '../config/reporting-currency.js';
import { looksLikeData, resolveLayout } from '../ingest/layout.js';
import { createLineReader, isRejection } from '../ingest/read-line.js';
import { normalizeEncoding } from '../ingest/sniff.js';
import { openCsv, openInput } from './records.js';
import { isBlank, monthInName, type ScanOptions, sourceFor } from './scan.js';

/** Rows looked at per file: the layout's sample, enough to see a file's currency. */
const PROBE_ROWS = 500;

/** A currency no line can name: a line read with it as the default named none. */
const NONE = '';

export async function probeCurrencies(paths: readonly string[], config: Config, options: ScanOptions = {}): Promise<CurrencyEvidence[]> {
  const out: CurrencyEvidence[] = [];
  for (const path of paths) {
    const file = options.displayName ? options.displayName(path) : path;
    if (path === '-') {
      out.push({ file, stated: new Map(), unstated: 0, unread: true });
      continue;
    }
    const evidence = await probeFile(path === '-' || options.cwd === undefined ? path : resolve(options.cwd, path), path, file, config, options).catch(() => undefined);
    if (evidence !== undefined) out.push(evidence);
  }
  return out;
}

async function probeFile(location: string, path: string, file: string, config: Config, options: ScanOptions): Promise<CurrencyEvidence | undefined> {
  const source = sourceFor(config, path);
  let stream: Readable | undefined;
  try {
    stream = openInput(location);
    const opened = stream;
    const { sniffed, records } = await new Promise<Awaited<ReturnType<typeof openCsv>>>((ok, fail) => {
      opened.once('error', fail);
      openCsv(opened, { encoding: normalizeEncoding(source?.encoding), delimiter: source?.delimiter, skipRows: source?.skipRows }).then(ok, fail);
    });
    if (sniffed.empty) return undefined;
    let header: string[] | undefined;
    let headerless = false;
    const rows: string[][] = [];
    for await (const r of records) {
      if (r.error !== undefined || isBlank(r.fields)) continue;
      if (header === undefined) {
        if (source?.header === false || (source?.header !== true && looksLikeData(r.fields))) {
          headerless = true;
          header = r.fields.map((_, i) => String(i + 1));
          rows.push(r.fields);
        } else header = r.fields.map((h) => h.trim());
        continue;
      }
      rows.push(r.fields);
      if (rows.length >= PROBE_ROWS) break;
    }
    if (header === undefined) return undefined;
    // the layout as the scan resolves it, file name included: a register with no date column is
    // dated by the month its name gives, and its lines (and their currency) are read only so
    const fileName = basename(path);
    const { layout } = (options.resolveLayout ?? resolveLayout)(header, rows, { source, cost: options.cost, preset: options.preset, delimiter: sniffed.delimiter, headerless, fileName, monthFromName: monthInName(fileName) });
    if (layout === undefined) return undefined;
    const read = createLineReader(layout, file, NONE);
    const stated = new Map<string, number>();
    let unstated = 0;
    rows.forEach((fields, i) => {
      const line = read(fields, i + 2);
      if (!isRejection(line)) stated.set(line.currency, (stated.get(line.currency) ?? 0) + 1);
      else if (line.reason === 'unknown currency' && (line.text ?? '') === NONE) unstated++;
    });
    return { file, stated, unstated };
  } finally {
    stream?.destroy();
  }
}
