/**
 * Expand command-line inputs: files, directories (their delimited-text files), globs, and `-` for
 * stdin. Each file is read once: a file reached twice (`ex/ ex/a.csv`, overlapping globs, the same
 * path given twice, a link to a file also given) is kept at its first mention, by real path, with
 * a note — counting it twice would double its spend with no warning.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { dataError, usageError } from '../diagnostic.js';
import { globToRegExp, hasGlob } from './glob.js';

/**
 * What a folder or a glob picks up: the delimited-text files the reader handles, by extension.
 * A gzip of them too, as cloud consoles deliver exports (export.csv.gz). Not `.txt`: an export folder's README.txt or notes.txt is not data, and would fail the run.
 * A file named on the command line is read whatever its name.
 */
export const DATA_FILE = /\.(csv|tsv)(\.gz)?$/i;

// a file name that is not valid UTF-8 cannot be opened by its (lossily decoded) string: the
// string is the name shown, these are the bytes opened
const byteNames = new Map<string, Buffer>();

/** The path to give the file system for a path from expandInputs (its bytes for a non-UTF-8 name). */
export function fsPath(path: string): string | Buffer {
  return byteNames.get(path) ?? path;
}

function walk(dir: string | Buffer, shown: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent<Buffer>[];
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    const bytes = typeof dir === 'string' && Buffer.from(name).equals(entry.name) ? undefined : Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from('/'), entry.name]);
    const p = join(shown, name);
    if (bytes !== undefined) byteNames.set(p, bytes);
    if (entry.isDirectory()) out.push(...walk(bytes ?? p, p));
    else if (DATA_FILE.test(name)) out.push(p);
  }
  return out;
}

export function expandInputs(inputs: readonly string[], cwd: string, note: (message: string) => void = () => {}): string[] {
  return expandInputsFound(inputs, cwd, note).paths;
}

export interface FoundInputs {
  /** every file to read, once */
  paths: string[];
  /**
   * the files only a folder or a glob found (none named on the command line): one that cannot be
   * read (not text, not an expense export, empty, unreadable) is reported as not read and the run
   * goes on with the others — a stray file in an export folder must not fail the month's report
   */
  optional: string[];
}

export function expandInputsFound(inputs: readonly string[], cwd: string, note: (message: string) => void = () => {}): FoundInputs {
  const out: string[] = [];
  // out[i] came from a folder or a glob
  const walked: boolean[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      walked.push(false);
      continue;
    }
    if (hasGlob(input)) {
      const base = input.slice(0, input.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(input.replace(/^\.\//, ''));
      let files: string[] = [];
      try {
        const root = resolve(cwd, base);
        files = walk(root, root)
          .map((f) => shownAs(f, input, cwd))
          .filter((f) => re.test(f));
      } catch {
        files = [];
      }
      if (files.length === 0) throw dataError(input, 'no files match this pattern');
      for (const f of files) {
        out.push(f);
        walked.push(true);
      }
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(resolve(cwd, input)).isDirectory();
    } catch {
      // a missing file is reported when it is read, with its name
    }
    if (isDir) {
      const root = resolve(cwd, input);
      const files = walk(root, root).map((f) => shownAs(f, input, cwd));
      if (files.length === 0) throw dataError(input, 'directory holds no CSV files');
      for (const f of files) {
        out.push(f);
        walked.push(true);
      }
    } else {
      out.push(input);
      walked.push(false);
    }
  }
  const stdin = out.filter((p) => p === '-').length;
  if (stdin > 1) throw usageError('stdin (-) can be read only once');
  return readOnce(out, walked, cwd, note);
}

/** A walked file as the user would name it: relative to cwd unless the input was absolute. */
function shownAs(file: string, input: string, cwd: string): string {
  const shown = isAbsolute(input) ? file : relative(cwd, file);
  const bytes = byteNames.get(file);
  if (bytes !== undefined && shown !== file) byteNames.set(shown, bytes);
  return shown;
}

/** Each file once, at its first mention, by real path (a missing file by its resolved path). */
function readOnce(paths: readonly string[], walked: readonly boolean[], cwd: string, note: (message: string) => void): FoundInputs {
  const first = new Map<string, string>();
  const named = new Set<string>();
  const out: string[] = [];
  const keys = new Map<string, string>();
  for (const [i, p] of paths.entries()) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const given = fsPath(p);
    let key: string;
    try {
      key = realpathSync.native(typeof given === 'string' ? resolve(cwd, given) : given, { encoding: 'buffer' }).toString('latin1');
    } catch {
      key = Buffer.from(resolve(cwd, p)).toString('latin1');
    }
    if (!walked[i]) named.add(key);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, p);
      keys.set(p, key);
      out.push(p);
    } else note(seen === p ? `${p} is given more than once: read once` : `${p} is the same file as ${seen}: read once`);
  }
  return { paths: out, optional: out.filter((p) => p !== '-' && !named.has(keys.get(p)!)) };
}
