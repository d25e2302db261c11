#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.1 can keep compiled code between runs (faster start-up); Node 20 has no such API.
module.enableCompileCache?.();

const { main } = await import('../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
