import { it } from 'vitest';
import { scanInputs } from '../../src/io/scan.js';
import { corpusConfig, CORPUS } from './harness.js';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
function walk(d: string): string[] { return readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.csv')||p.endsWith('.tsv')||p.endsWith('.ssv') ? [p] : []; }); }
it('formats', async () => {
  for (const f of walk(CORPUS)) {
    const rel = relative(CORPUS, f);
    try {
      const { reconciliation: r } = await scanInputs([f], corpusConfig(undefined, rel), { line: () => {} });
      const s = r.files[0]!;
      console.log(`${rel} | ${s.format} | ${s.rows}/${s.used}/${s.rejected} | ${s.mapping} | ${s.notes.join('; ')} | ${r.rejections.slice(0,2).map(x=>x.line+':'+x.reason+' '+(x.text??'')).join('; ')}`);
    } catch (e) { console.log(`${rel} | ERROR ${(e as Error).message.split('\n')[0]}`); }
  }
}, 60000);
