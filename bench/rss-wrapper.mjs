// Runs a Node script in this process and reports this process's peak RSS on stderr at exit
// (the fallback when /usr/bin/time -v is not available): node bench/rss-wrapper.mjs script.js args...
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
