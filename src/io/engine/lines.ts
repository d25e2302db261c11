/**
 * Line by line with an engine: the commands that look at lines rather than sums (explain) read
 * CSV with the node engine and Parquet through DuckDB, each Parquet row then taken through the
 * node engine's own row pipeline, so a line is named `file.parquet:<row>` (its row index + 1)
 * as a CSV line is named by its line number.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { dataError, EXIT, ExitError, printable } from '../../diagnostic.js';
import { resolveLayout, describeLayout, describeChoices } from '../../ingest/layout.js';
import { createLineReader } from '../../ingest/read-line.js';
import { createCategorizer } from '../../rules/engine.js';
import { emptyReconciliation, type Reconciliation } from '../../analysis/reconciliation.js';
import { isBlank, monthInName, scanInputs, type ScanOptions, type ScanSink, sourceFor } from '../scan.js';
import { mergeReconciliations } from '../workers/parallel.js';
import { checkEngine, chooseEngine, isParquet } from './choose.js';
import { openDuckDb } from './duckdb.js';
import { NodeRows } from './row-pipeline.js';
import { parquetSource } from './source-text.js';

export async function scanLines(paths: readonly string[], config: Config, sink: ScanSink, scan: ScanOptions, engine: string | undefined, note: (m: string) => void): Promise<{ reconciliation: Reconciliation }> {
  const choice = chooseEngine(checkEngine(engine), paths, paths.map(() => undefined));
  if (engine !== undefined || choice.engine === 'duckdb') note(choice.why);
  if (!paths.some(isParquet)) return scanInputs(paths, config, sink, scan);
  const recs: Reconciliation[] = [];
  const csv = paths.filter((p) => !isParquet(p));
  if (csv.length > 0) recs.push((await scanInputs(csv, config, sink, scan)).reconciliation);
  const duck = await openDuckDb();
  const categorizer = createCategorizer(config);
  try {
    for (const path of paths.filter(isParquet)) {
      const name = scan.displayName ? scan.displayName(path) : path;
      const location = scan.cwd === undefined ? path : resolve(scan.cwd, path);
      if ((await stat(location).catch(() => undefined)) === undefined) throw dataError(name, 'no such file');
      const rec = emptyReconciliation();
      recs.push(rec);
      let source;
      try {
        source = await parquetSource(duck.conn, location);
      } catch (e) {
        throw dataError(name, `cannot read as Parquet: ${printable((e as Error).message.split('\n')[0] ?? '', 160)}`, 'export it again, or check it is a Parquet file');
      }
      const cells = source.header.map((_, i) => `c${i + 1}`).join(', ');
      const samples = (await duck.conn.runAndReadAll(`SELECT ${cells} FROM ${source.relation} ORDER BY ts_row LIMIT 500`)).getRows().map((r) => r.map((v) => (v === null ? '' : String(v))));
      const fileName = basename(path);
      const result = resolveLayout(source.header, samples, { source: sourceFor(config, path, source.header) ?? sourceFor(config, path), cost: scan.cost, preset: scan.preset, fileName, monthFromName: monthInName(fileName) });
      if (result.layout === undefined) throw new ExitError(EXIT.data, result.problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, where: name, message: p })));
      const layout = result.layout;
      const summary = { source: name, format: layout.format, mapping: describeLayout(layout), encoding: 'parquet', delimiter: '', skipRows: 0, rows: 0, used: 0, rejected: 0, notes: describeChoices(layout) };
      rec.files.push(summary);
      const rows = new NodeRows(layout, name, config, createLineReader(layout, name, config.inputCurrency ?? config.currency), categorizer, rec, summary, scan, sink);
      const stream = await duck.conn.stream(`SELECT ts_row, ${cells} FROM ${source.relation} ORDER BY ts_row`);
      for (;;) {
        const chunk = await stream.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        for (const r of chunk.getRows()) {
          const fields = r.slice(1).map((v) => (v === null ? '' : String(v)));
          if (isBlank(fields)) {
            rec.blankRecords++;
            continue;
          }
          rec.rowsRead++;
          summary.rows++;
          rows.row(fields, Number(r[0]) + 1);
        }
      }
      rows.finish();
    }
  } finally {
    duck.close();
  }
  return { reconciliation: mergeReconciliations(recs, 'files') };
}
