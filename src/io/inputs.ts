/** Expand command-line inputs: files, directories (their CSV files), globs, and `-` for stdin. */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { dataError, usageError } from '../diagnostic.js';
import { globToRegExp, hasGlob } from './glob.js';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    // a gzip of any delimited text too, as cloud consoles deliver exports (export.csv.gz)
    else if (/\.(csv|tsv|ssv|txt)(\.gz)?$/i.test(entry.name)) out.push(p);
  }
  return out;
}

export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    if (hasGlob(input)) {
      const base = input.slice(0, input.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(input.replace(/^\.\//, ''));
      let files: string[] = [];
      try {
        files = walk(resolve(cwd, base)).map((f) => (isAbsolute(input) ? f : relative(cwd, f))).filter((f) => re.test(f));
      } catch {
        files = [];
      }
      if (files.length === 0) throw dataError(input, 'no files match this pattern');
      out.push(...files);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(resolve(cwd, input)).isDirectory();
    } catch {
      // a missing file is reported when it is read, with its name
    }
    if (isDir) {
      const files = walk(resolve(cwd, input)).map((f) => (isAbsolute(input) ? f : relative(cwd, f)));
      if (files.length === 0) throw dataError(input, 'directory holds no CSV files');
      out.push(...files);
    } else out.push(input);
  }
  const stdin = out.filter((p) => p === '-').length;
  if (stdin > 1) throw usageError('stdin (-) can be read only once');
  return out;
}
