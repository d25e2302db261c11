#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

// Node >= 22.1 can keep compiled code between runs; Node 20 has no such API for ES modules.
module.enableCompileCache?.();

const bundle = fileURLToPath(new URL('../dist/cli/techspend.cjs', import.meta.url));
const cache = process.env.TECHSPEND_CODE_CACHE || bundle.replace(/\.cjs$/, '.cache');

/**
 * The bundled CLI (scripts/bundle.mjs), its compiled bytecode taken from the code cache the build
 * trained. A cache V8 rejects (another Node, other flags) only costs the compile it would have
 * saved. Without a bundle (a build without that step), the modules load one by one.
 */
function loadBundle() {
  let source;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch {
    return undefined;
  }
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    // no cache: compile
  }
  const script = new Script(module.wrap(source), { filename: bundle, cachedData });
  const exports = {};
  const cjs = { exports };
  script.runInThisContext()(exports, module.createRequire(bundle), cjs, bundle, dirname(bundle));
  // the build's training runs: keep what this run compiled, added to what the cache held
  if (process.env.TECHSPEND_CODE_CACHE_TRAIN) process.once('beforeExit', () => writeFileSync(cache, script.createCachedData()));
  return cjs.exports;
}

const { main } = loadBundle() ?? (await import('../dist/cli/main.js'));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
