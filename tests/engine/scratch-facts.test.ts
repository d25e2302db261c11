import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { it } from 'vitest';
import { loadConfigFile } from '../../src/io/load-config.js';
import { runFactsSql, writeLinesTable } from './facts-lines.js';
import { runCli } from '../cli/run-cli.js';
const root = resolve(import.meta.dirname, '../..');
it('scratch', async () => {
  const demoConfig = join(root, 'fixtures/demo/techspend.yaml');
  const config = loadConfigFile(demoConfig, 'demo/techspend.yaml');
  const data = join(root, 'fixtures/demo/data');
  const paths = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
  const lines = await writeLinesTable('/tmp/h2facts', paths, config, (p) => `demo/${basename(p)}`);
  const sql = (await runCli(['facts', '--sql', 'duckdb', '-c', demoConfig, '-q'], root)).stdout;
  await runFactsSql(sql, lines, ['/tmp/h2facts/facts.parquet', '/tmp/h2facts/facts.csv']);
}, 120000);
