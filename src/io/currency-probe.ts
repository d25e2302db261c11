/**
 * Before a run on the built-in default config: read the first rows of each input, as the scan
 * will, and count the currencies its lines name (config/reporting-currency.ts decides from that),
 * the signs of its amounts (ingest/spend-sign.ts) and a sample of its spend (config/ledger-scope.ts);
 * config/fitted-default.ts fits the default to them. An input that cannot be read or mapped is
 * left out here: the scan reports it with its reason.
 */
import { basename, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../config/config.js';
import type { InputEvidence, SignEvidence } from '../config/fitted-default.js';
import type { CurrencyEvidence } from '../config/reporting-currency.js';
import type { ExpenseLine } from '../ingest/line.js';
import { looksLikeData, resolveLayout } from '../ingest/layout.js';
import { createLineReader, isRejection } from '../ingest/read-line.js';
import { countSign } from '../ingest/spend-sign.js';
import { normalizeEncoding } from '../ingest/sniff.js';
import { openCsv, openInput } from './records.js';
import { isBlank, monthInName, type ScanOptions, sourceFor } from './scan.js';

/** Rows looked at per file: the layout's sample, enough to see a file's currency. */
const PROBE_ROWS = 500;

/** A currency no line can name: a line read with it as the default named none. */
const NONE = '';

export async function probeCurrencies(paths: readonly string[], config: Config, options: ScanOptions = {}): Promise<CurrencyEvidence[]> {
  return (await probeInputs(paths, config, options)).currencies;
}

/** What the first rows of the inputs say: the currencies their lines name, the signs of their amounts, and a sample of their spend. */
export type InputProbe = InputEvidence;

export async function probeInputs(paths: readonly string[], config: Config, options: ScanOptions = {}): Promise<InputProbe> {
  const currencies: CurrencyEvidence[] = [];
  const sample: InputProbe['sample'] = [];
  const signs: SignEvidence[] = [];
  for (const path of paths) {
    const file = options.displayName ? options.displayName(path) : path;
    if (path === '-') {
      currencies.push({ file, stated: new Map(), unstated: 0, unread: true });
      continue;
    }
    const probed = await probeFile(path === '-' || options.cwd === undefined ? path : resolve(options.cwd, path), path, file, config, options).catch(() => undefined);
    if (probed === undefined) continue;
    currencies.push(probed.evidence);
    const count = { negative: 0, positive: 0 };
    for (const l of probed.lines) {
      sample.push({ vendor: l.vendor, account: l.account, amount: l.amount });
      countSign(count, l.amount);
    }
    signs.push({ path, file, read: probed.read, ...count });
  }
  return { currencies, sample, signs };
}

async function probeFile(location: string, path: string, file: string, config: Config, options: ScanOptions): Promise<{ evidence: CurrencyEvidence; lines: ExpenseLine[]; read: SignEvidence['read'] } | undefined> {
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
    // the sample's spend, whatever its currency: only its shares are judged
    const readAny = createLineReader(layout, file, 'USD');
    const stated = new Map<string, number>();
    const lines: ExpenseLine[] = [];
    let unstated = 0;
    rows.forEach((fields, i) => {
      const line = read(fields, i + 2);
      if (!isRejection(line)) stated.set(line.currency, (stated.get(line.currency) ?? 0) + 1);
      else if (line.reason === 'unknown currency' && (line.text ?? '') === NONE) unstated++;
      const any = isRejection(line) ? readAny(fields, i + 2) : line;
      if (!isRejection(any)) lines.push(any);
    });
    return { evidence: { file, stated, unstated }, lines, read: { format: layout.format, sign: layout.sign } };
  } finally {
    stream?.destroy();
  }
}
