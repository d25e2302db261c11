// npm run bench [-- --sizes 10k,100k,1m --runs 5 --rules 50,500 --threads 1,auto --no-engines --engine-sizes 1m,10m]
//
// Times `techspend report <file> -c <rules> --by category --period month --format csv` end to end
// (process start to exit) against csv-parse's bare array parse of the same file, pair by pair in
// the same run (A B A B ...), so that the ratio holds while the machine's speed drifts. Rows with
// `--threads auto` also time DuckDB with 2 threads categorizing and summing the same file with the
// SQL of `techspend rules --sql duckdb` (A B C A B C ...; bench/duckdb-baseline.mjs), when
// @duckdb/node-api (a dependency) resolves. Prints the medians, rows/s, MB/s, the medians
// of the per-run ratios and the peak RSS. Method: docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesYaml, writeLines } from './generate.mjs';
import { duckdbEntry } from './duckdb-baseline.mjs';
import { lineCount, runEngineCases } from './engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };
const sizes = opt('sizes', '10k,100k,1m').split(',');
const ruleCounts = opt('rules', '50,500').split(',').map(Number);
const threads = opt('threads', '1,auto').split(',');
const runs = Number(opt('runs', '5'));

const timeV = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Run a command once: wall seconds, and peak RSS in MiB (from /usr/bin/time -v, else the wrapper's own report). */
function runOnce(argv, { stdout = false } = {}) {
  const command = timeV ? ['/usr/bin/time', '-v', ...argv] : [process.execPath, join(here, 'rss-wrapper.mjs'), ...argv.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { cwd: root, stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const err = r.stderr.toString();
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${err.slice(-2000)}`);
  const m = timeV ? /Maximum resident set size \(kbytes\): (\d+)/.exec(err) : /maxRSS (\d+)/.exec(err);
  return { wall, rssMiB: m ? Number(m[1]) / 1024 : NaN, stdout: stdout ? r.stdout.toString() : undefined };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function ensureData() {
  for (const size of sizes) {
    const file = join(out, `lines-${size}.csv`);
    if (!existsSync(file)) {
      process.stderr.write(`generating ${file}…\n`);
      await writeLines(SIZES[size], file);
    }
  }
  for (const n of ruleCounts) {
    const file = join(out, `rules-${n}.yaml`);
    if (!existsSync(file)) writeFileSync(file, rulesYaml(n));
  }
}

await ensureData();
const bin = join(root, 'bin', 'techspend.js');
const baseline = join(here, 'csv-parse-baseline.mjs');
const duckBaseline = join(here, 'duckdb-baseline.mjs');

// DuckDB (2 threads) runs beside the `auto` rows only, with the SQL generated once per rule set.
const wantDuck = threads.includes('auto');
const duckAvailable = wantDuck && duckdbEntry() !== undefined;
const duckSql = new Map();
if (wantDuck && !duckAvailable) {
  console.log('DuckDB: @duckdb/node-api does not resolve (npm ci installs it), so the duckdb columns are n/a');
}
if (duckAvailable) {
  for (const n of ruleCounts) {
    const sqlFile = join(out, `rules-${n}.duckdb.sql`);
    const r = spawnSync(process.execPath, [bin, 'rules', '--sql', 'duckdb', '-c', join(out, `rules-${n}.yaml`)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`techspend rules --sql duckdb -c rules-${n}.yaml exited ${r.status}:\n${r.stderr.slice(-2000)}`);
    if (r.stderr.trim()) process.stderr.write(r.stderr);
    writeFileSync(sqlFile, r.stdout);
    duckSql.set(n, sqlFile);
  }
}
const duckVersion = duckAvailable ? JSON.parse(readFileSync(join(dirname(duckdbEntry()), '..', 'package.json'), 'utf8')).version : undefined;

const rows = [];
console.log(
  `techspend report vs csv-parse bare parse${duckAvailable ? ` and DuckDB ${duckVersion} (2 threads, auto rows)` : ''} · ${runs} runs each · node ${process.version} · peak RSS via ${timeV ? '/usr/bin/time -v' : 'process.resourceUsage()'}`,
);
console.log('size   rules threads  techspend s  csv-parse s  ratio   duckdb s  vs duckdb   rows/s      MB/s   peak MiB (csv-parse, duckdb)');
for (const size of sizes) {
  const file = join(out, `lines-${size}.csv`);
  const mb = statSync(file).size / 1e6;
  for (const n of ruleCounts) {
    for (const t of threads) {
      const cmd = [process.execPath, bin, 'report', file, '-c', join(out, `rules-${n}.yaml`), '--by', 'category', '--period', 'month', '--format', 'csv', '-q'];
      if (t !== 'auto') cmd.push('--threads', t);
      const duckCmd = t === 'auto' && duckAvailable ? [process.execPath, duckBaseline, file, duckSql.get(n)] : undefined;
      const a = [];
      const b = [];
      const c = [];
      runOnce(cmd); // warm the page cache and the compile cache
      if (duckCmd) {
        // warm DuckDB too, and check that it produced the report's rows
        const w = runOnce(duckCmd, { stdout: true });
        if (!(Number(w.stdout) > 0)) throw new Error(`${duckCmd.join(' ')} printed ${JSON.stringify(w.stdout)}, expected a row count`);
      }
      for (let i = 0; i < runs; i++) {
        a.push(runOnce(cmd));
        b.push(runOnce([process.execPath, baseline, file]));
        if (duckCmd) c.push(runOnce(duckCmd));
      }
      const ta = median(a.map((x) => x.wall));
      const tb = median(b.map((x) => x.wall));
      const ratio = median(a.map((x, i) => x.wall / b[i].wall));
      const tc = duckCmd ? median(c.map((x) => x.wall)) : null;
      const vsDuckdb = duckCmd ? median(a.map((x, i) => x.wall / c[i].wall)) : null;
      const row = {
        size, rules: n, threads: t, techspend: ta, csvParse: tb, ratio,
        duckdb: tc, vsDuckdb, duckdbThreads: duckCmd ? 2 : null,
        rowsPerS: SIZES[size] / ta, mbPerS: mb / ta, peakMiB: median(a.map((x) => x.rssMiB)), baselinePeakMiB: median(b.map((x) => x.rssMiB)),
        duckdbPeakMiB: duckCmd ? median(c.map((x) => x.rssMiB)) : null,
      };
      rows.push(row);
      // `-`: DuckDB is timed beside the `auto` rows only; `n/a`: not installed
      const none = t === 'auto' ? 'n/a' : '-';
      console.log(
        `${size.padEnd(6)} ${String(n).padStart(5)} ${t.padStart(7)} ${ta.toFixed(2).padStart(12)} ${tb.toFixed(2).padStart(12)} ${ratio.toFixed(2).padStart(6)} ${(tc === null ? none : tc.toFixed(2)).padStart(10)} ${(vsDuckdb === null ? none : vsDuckdb.toFixed(2)).padStart(10)} ${Math.round(row.rowsPerS).toLocaleString('en-US').padStart(8)} ${row.mbPerS.toFixed(1).padStart(9)} ${row.peakMiB.toFixed(0).padStart(9)} (${row.baselinePeakMiB.toFixed(0)}, ${row.duckdbPeakMiB === null ? none : row.duckdbPeakMiB.toFixed(0)})`,
      );
    }
  }
}
writeFileSync(join(out, 'results.json'), JSON.stringify({ node: process.version, runs, duckdb: duckAvailable ? { version: duckVersion, threads: 2 } : null, rows }, null, 2));

// the engine cases (issue 17): board on Parquet (`--engine-sizes`, default 1m; 10m for the issue's
// target) vs DuckDB's own aggregate, node vs duckdb on 1M CSV lines (bench/engine.mjs)
if (!args.includes('--no-engines') && duckAvailable) {
  const engines = await runEngineCases({ parquetSizes: opt('engine-sizes', '1m').split(',').map(lineCount), runs: 1 });
  writeFileSync(join(out, 'engines.json'), JSON.stringify(engines, null, 2));
}
