import { it } from 'vitest';
import { join } from 'node:path';
import { scanInputs } from '../src/io/scan.js';
import { CORPUS, corpusConfig } from './corpus/harness.js';
const FILES = (process.env.DBG ?? '').split(',');
it('debug', async () => {
  for (const file of FILES) {
    const { reconciliation } = await scanInputs([join(CORPUS, file)], corpusConfig(undefined, file), { line: () => {} }, {});
    const s = reconciliation.files[0]!;
    console.log(file, '|', s.format, '|', s.mapping, '\n   ', s.notes.join('\n    '), '\n   rej', reconciliation.rejections.slice(0, 3).map((r) => `${r.line} ${r.reason} ${r.column} ${r.text}`));
  }
});
