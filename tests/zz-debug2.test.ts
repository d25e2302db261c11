import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { recognizeColumns } from '../src/ingest/recognize.js';
import { profileColumn } from '../src/ingest/column-profile.js';
it('p', () => {
  const rows: string[][] = parse(readFileSync(process.env.F!, 'utf8'), { relax_column_count: true });
  const [h, ...rest] = rows;
  for (let i = 0; i < h!.length; i++) if (/date|amount|time/i.test(h![i]!)) console.log(h![i], JSON.stringify(profileColumn(rest.map((r) => r[i] ?? ''), false)));
  console.log(JSON.stringify(recognizeColumns(h!, rest, { fields: ['date', 'amount', 'vendor'], taken: new Set(), dayFirst: false })));
});
