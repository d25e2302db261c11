// npm run bench [-- --sizes 10k,100k,1m --runs 5 --rules 50,500 --threads 1,auto]
//
// Times `techspend report <file> -c <rules> --by category --period month --format csv` end to end
// (process start to exit) against csv-parse's bare array parse of the same file, pair by pair in
// the same run (A B A B ...), so that the ratio holds while the machine's speed drifts. Prints the
// medians, rows/s, MB/s, the median of the pair ratios and the peak RSS. Method: docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesYaml, writeLines } from './generate.mjs';

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
function runOnce(argv) {
  const command = timeV ? ['/usr/bin/time', '-v', ...argv] : [process.execPath, join(here, 'rss-wrapper.mjs'), ...argv.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const err = r.stderr.toString();
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${err.slice(-2000)}`);
  const m = timeV ? /Maximum resident set size \(kbytes\): (\d+)/.exec(err) : /maxRSS (\d+)/.exec(err);
  return { wall, rssMiB: m ? Number(m[1]) / 1024 : NaN };
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
const rows = [];
console.log(`techspend report vs csv-parse bare parse · ${runs} pairs each · node ${process.version} · peak RSS via ${timeV ? '/usr/bin/time -v' : 'process.resourceUsage()'}`);
console.log('size   rules threads  techspend s  csv-parse s  ratio   rows/s      MB/s   peak MiB (csv-parse)');
for (const size of sizes) {
  const file = join(out, `lines-${size}.csv`);
  const mb = statSync(file).size / 1e6;
  for (const n of ruleCounts) {
    for (const t of threads) {
      const cmd = [process.execPath, bin, 'report', file, '-c', join(out, `rules-${n}.yaml`), '--by', 'category', '--period', 'month', '--format', 'csv', '-q'];
      if (t !== 'auto') cmd.push('--threads', t);
      const a = [];
      const b = [];
      runOnce(cmd); // warm the page cache and the compile cache
      for (let i = 0; i < runs; i++) {
        a.push(runOnce(cmd));
        b.push(runOnce([process.execPath, baseline, file]));
      }
      const ta = median(a.map((x) => x.wall));
      const tb = median(b.map((x) => x.wall));
      const ratio = median(a.map((x, i) => x.wall / b[i].wall));
      const row = { size, rules: n, threads: t, techspend: ta, csvParse: tb, ratio, rowsPerS: SIZES[size] / ta, mbPerS: mb / ta, peakMiB: median(a.map((x) => x.rssMiB)), baselinePeakMiB: median(b.map((x) => x.rssMiB)) };
      rows.push(row);
      console.log(
        `${size.padEnd(6)} ${String(n).padStart(5)} ${t.padStart(7)} ${ta.toFixed(2).padStart(12)} ${tb.toFixed(2).padStart(12)} ${ratio.toFixed(2).padStart(6)} ${Math.round(row.rowsPerS).toLocaleString('en-US').padStart(10)} ${row.mbPerS.toFixed(1).padStart(8)} ${row.peakMiB.toFixed(0).padStart(9)} (${row.baselinePeakMiB.toFixed(0)})`,
      );
    }
  }
}
writeFileSync(join(out, 'results.json'), JSON.stringify({ node: process.version, runs, rows }, null, 2));
