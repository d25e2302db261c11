// Build step after tsc: bundle the CLI into one CommonJS file and train a V8 code cache for it.
// Node 20 has no compile cache for ES modules: loading ~190 modules (zod alone is 95) and
// compiling them is most of a short run's start-up. One bundled script loads with one read, and
// V8 takes its compiled bytecode from the cache instead of compiling again (bin/techspend.js).
import { build } from 'esbuild-wasm';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/techspend.cjs`;
const cache = `${root}dist/cli/techspend.cache`;

await build({
  entryPoints: [`${root}dist/cli/main.js`],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // DuckDB's native binding stays a package of its own, required only when a run picks the
  // duckdb engine (src/io/engine/duckdb.ts imports it lazily): node-engine runs never load it
  external: ['@duckdb/node-api'],
  // the modules find the package (demo data, schema, worker) from their own place: the bundle
  // sits in dist/cli/, where main.js does
  define: { 'import.meta.url': '__techspendModuleUrl' },
  banner: { js: "const __techspendModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Train the cache on the demo company: the runs compile what a report, and a board talk, run.
rmSync(cache, { force: true });
for (const args of [['report', '--demo'], ['board', '--demo']]) {
  execFileSync(process.execPath, [`${root}bin/techspend.js`, ...args], {
    env: { ...process.env, NO_COLOR: '1', TECHSPEND_CODE_CACHE_TRAIN: '1' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
}
