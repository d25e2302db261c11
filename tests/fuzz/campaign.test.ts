/**
 * The fuzz campaign (issue 15): generated CSVs and configs, seeded and bounded in time, run
 * through the pure scan and the CLI's own `run()` in-process. Counted, and required to be zero:
 *
 * - internal errors: exit 70, an exception that is not an ExitError, or a stack trace;
 * - hangs: a case past CASE_BOUND_MS, or an accepted /regex/ rule slow on adversarial text;
 * - wrong exits: an exit code the case does not allow (0 ok, 1 bad data, 2 config, 3 tripped);
 * - lost cents: a shaped file whose written amounts are not booked + rejected to the cent, or a
 *   reconciliation whose input total is not its report total (input total = output + rejected);
 * - silent 1:1 conversions: an amount cell naming a currency (`JPY 500`, `£5`) booked other than
 *   at the rate, or booked when there is none (class cases, class-cases.ts);
 * - injection escapes: a vendor or file name that leaves its cell in any format (CSV formula or
 *   bare CR, Markdown/Mermaid HTML, fences or headings, terminal escapes on stdout/stderr);
 * - class cases also cover CR in cells, Mermaid labels, escapes in file names and repeated paths.
 *
 * `npm test` runs FUZZ_CASES (default 60) in a few seconds; `npm run fuzz` runs 10,000.
 * FUZZ_SEED picks another campaign; a failure prints its case number and seed to replay it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import type { Config } from '../../src/config/config.js';
import { fastYaml } from '../../src/config/fast-yaml.js';
import { ExitError, formatDiagnostic } from '../../src/diagnostic.js';
import { scanInputs } from '../../src/io/scan.js';
import { describeBinary } from '../../src/ingest/content-kind.js';
import { compare, type Decimal } from '../../src/money/decimal.js';
import type { Condition } from '../../src/config/condition.js';
import { runCli } from '../cli/run-cli.js';
import { testConfig, writeFiles } from '../ingest/helpers.js';
import { configCase } from './config-cases.js';
import { hostileCsv, shapedCsv } from './csv-cases.js';
import { CLASS_CONFIG, classCase, injectionIn } from './class-cases.js';
import { Prng } from './prng.js';

const CASES = Number(process.env.FUZZ_CASES ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 15_2026);
/** one case's bound: far above any case's time on a busy machine, far below a hang */
const CASE_BOUND_MS = 10_000;

const dir = writeFiles({ 'clean.csv': 'Date,Vendor,Description,Amount\n2026-01-05,AWS,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!,10.00\n2026-02-05,Slack,seats,20.00\n' }).dir;
const CONFIG_YAML = 'currency: USD\ncategories:\n  - { id: cloud, name: Cloud, function: Product }\nrules:\n  - { id: aws, category: cloud, match: { vendor: "*amazon*" } }\n  - { id: aws2, category: cloud, match: { vendor: "/^aws/i" } }\n';
writeFileSync(join(dir, 'techspend.yaml'), CONFIG_YAML);
const scanConfig: Config = testConfig({ rules: [{ id: 'aws', category: 'cloud', match: { vendor: '*Amazon*' } }, { id: 'aws2', category: 'cloud', match: { vendor: '/^aws/i' } }] });

interface Tally {
  cases: number;
  byKind: Map<string, number>;
  internalErrors: string[];
  hangs: string[];
  wrongExits: string[];
  lostCents: string[];
  /** a line whose amount names a currency booked as if it were the reporting currency */
  silentOneToOne: string[];
  /** a vendor or file name that escaped its output format (formula, CR, HTML, fence, terminal escape) */
  injections: string[];
  parserDisagreements: string[];
  slowest: number;
}

const tally: Tally = { cases: 0, byKind: new Map(), internalErrors: [], hangs: [], wrongExits: [], lostCents: [], silentOneToOne: [], injections: [], parserDisagreements: [], slowest: 0 };

const cents = (d: Decimal): bigint => (d.scale <= 2 ? d.units * 10n ** BigInt(2 - d.scale) : d.units / 10n ** BigInt(d.scale - 2));
const exact = (d: Decimal): boolean => d.scale <= 2 || d.units % 10n ** BigInt(d.scale - 2) === 0n;

function stackOrInternal(stderr: string): boolean {
  return /internal error|\n\s+at /.test(stderr);
}

/** One scan of `path` through the pure core: the reconciliation, or the ExitError's messages. */
async function scan(path: string, label: string) {
  try {
    const { reconciliation: r } = await scanInputs([path], scanConfig, { line: () => {} });
    // the rows of a file not read (its header damaged beyond recognition) are counted as read and named (issue 19.2)
    const notRead = r.filesNotRead.reduce((n, f) => n + f.rows, 0);
    if (r.rowsRead !== r.rowsUsed + r.rowsRejected + r.rowsOutOfRange + r.rowsDeduplicated + notRead || compare(r.inputTotal, r.reportTotal) !== 0) {
      tally.lostCents.push(`${label}: rows ${r.rowsRead} ≠ used + rejected, or input total ≠ report total`);
    }
    return r;
  } catch (e) {
    if (!(e instanceof ExitError)) {
      tally.internalErrors.push(`${label}: scan threw ${(e as Error).message}`);
      return undefined;
    }
    for (const d of e.diagnostics) if (/[\n\r]/.test(formatDiagnostic(d))) tally.wrongExits.push(`${label}: a message of several lines`);
    return undefined;
  }
}

async function csvCase(r: Prng, label: string, shaped: boolean): Promise<void> {
  const made = shaped ? shapedCsv(r) : { bytes: hostileCsv(r), writtenCents: undefined };
  const path = join(dir, 'case.csv');
  writeFileSync(path, made.bytes);
  const rec = await scan(path, label);
  if (shaped && made.writtenCents !== undefined) {
    if (rec === undefined) tally.wrongExits.push(`${label}: a well-formed file could not be read`);
    else {
      let accounted = cents(rec.inputTotal);
      let exactly = exact(rec.inputTotal);
      for (const [, amount] of rec.rejectedAmounts) {
        accounted += cents(amount);
        exactly &&= exact(amount);
      }
      if (!exactly || accounted !== made.writtenCents) tally.lostCents.push(`${label}: written ${made.writtenCents} cents, booked + rejected ${accounted}`);
    }
  }
  const strict = r.chance(0.25);
  const failOnRejected = !strict && r.chance(0.25);
  const args = ['report', 'case.csv', '-q', '--format', r.pick(['json', 'csv', 'markdown']), ...(strict ? ['--strict'] : []), ...(failOnRejected ? ['--fail-on', 'rejected>0'] : [])];
  const out = await runCli(args, dir);
  if (out.code === 70 || stackOrInternal(out.stderr)) tally.internalErrors.push(`${label}: ${args.join(' ')}: ${out.stderr.split('\n')[0]}`);
  else {
    let allowed: number[];
    if (rec === undefined) allowed = [1];
    // a file whose layout cannot be recognized is named and counted, and the run exits 1 (issue 19.2)
    else if (rec.filesNotRead.length > 0) allowed = [1];
    // garbage bytes with a zero byte (or a flood of control bytes): the file is named as binary, not read
    else if (describeBinary(made.bytes.subarray(0, 65536)) !== undefined) allowed = [1];
    else if (strict) allowed = rec.rowsRejected > 0 || rec.uncategorizedLines > 0 ? [3] : [0];
    else if (failOnRejected) allowed = rec.rowsRejected > 0 ? [3] : [0];
    else allowed = [0];
    if (!allowed.includes(out.code)) tally.wrongExits.push(`${label}: ${args.join(' ')} exited ${out.code}, expected ${allowed.join(' or ')}: ${out.stderr.split('\n')[0]}`);
  }
}

/** The regex patterns of a config's rules. */
function regexesOf(c: Condition, into: RegExp[]): RegExp[] {
  if (c.kind === 'text' && c.pattern.kind === 'regex') into.push(new RegExp(c.pattern.source, c.pattern.flags));
  if (c.kind === 'all' || c.kind === 'any') for (const o of c.of) regexesOf(o, into);
  if (c.kind === 'not') regexesOf(c.of, into);
  return into;
}

/**
 * Texts that make a backtracking pattern blow up exponentially. They are a few thousand
 * characters at most: on a field of megabytes even a plain /[a-z]+x$/ search is quadratic, which
 * no pattern check can rule out (see the note in rules/safe-regex.ts).
 */
const ADVERSARIAL = ['a'.repeat(40) + '!', 'ab'.repeat(30) + 'c', ' '.repeat(2000) + 'x', 'x'.repeat(2000), '1'.repeat(64) + 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'];

async function configCaseRun(r: Prng, label: string): Promise<void> {
  const c = configCase(r);
  tally.byKind.set(`config: ${c.kind}`, (tally.byKind.get(`config: ${c.kind}`) ?? 0) + 1);
  const where = `${label} (${c.kind})`;
  // the pure passes first: they must return diagnostics, never throw
  let accepted: Config | undefined;
  try {
    const parsed = parseConfigText(c.yaml, 'fuzz.yaml');
    if (parsed.diagnostics.length === 0) accepted = buildConfig(parsed.value, { path: 'fuzz.yaml', dir, readRelative: () => ({ error: 'no files here' }) }).config;
  } catch (e) {
    tally.internalErrors.push(`${where}: config passes threw ${(e as Error).message}`);
    return;
  }
  // an accepted regex runs on adversarial text under a time limit (a hang is interrupted here)
  for (const rule of accepted?.rules ?? []) {
    for (const re of rule.condition ? regexesOf(rule.condition, []) : []) {
      try {
        runInNewContext('for (const s of texts) re.test(s)', { re, texts: ADVERSARIAL }, { timeout: 2_000 });
      } catch {
        tally.hangs.push(`${where}: rule ${rule.id} /${re.source}/ runs past 2 s on adversarial text`);
        return;
      }
    }
  }
  // the fast YAML reader agrees with the full parser whenever it answers
  if (c.yaml.length < 20_000) {
    const fast = fastYaml(c.yaml);
    if (fast !== undefined) {
      const doc = parseDocument(c.yaml, { uniqueKeys: true });
      if (doc.errors.length > 0 || JSON.stringify(doc.toJS()) !== JSON.stringify(fast.value)) tally.parserDisagreements.push(where);
    }
  }
  writeFileSync(join(dir, 'fuzz.yaml'), c.yaml);
  const out = await runCli(['validate', 'clean.csv', '-c', 'fuzz.yaml', '-q'], dir);
  if (out.code === 70 || stackOrInternal(out.stderr)) {
    tally.internalErrors.push(`${where}: ${out.stderr.split('\n')[0]}`);
    return;
  }
  const allowed = c.expect === 'ok' ? [0] : c.expect === 'refused' ? [2] : [0, 2];
  if (!allowed.includes(out.code)) tally.wrongExits.push(`${where}: validate exited ${out.code}, expected ${allowed.join(' or ')}: ${out.stderr.split('\n')[0]?.slice(0, 200)}`);
  if (out.code === 2 && !/^fuzz\.yaml/.test(out.stderr)) tally.wrongExits.push(`${where}: the config error does not name the config: ${out.stderr.slice(0, 200)}`);
  if ((out.code === 0) !== (accepted !== undefined)) tally.wrongExits.push(`${where}: validate and the config passes disagree`);
}

const classRoot = mkdtempSync(join(tmpdir(), 'techspend-fuzz-class-'));
const moneyCents = (text: string): bigint => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (m === null) throw new Error(`not a money text: ${text}`);
  return (m[1] === '-' ? -1n : 1n) * (BigInt(m[2]!) * 100n + BigInt(m[3]!));
};

/** Issue 18's classes: currency in amounts, CR in cells, Mermaid labels, escapes in file names, repeated paths. */
async function classCaseRun(r: Prng, label: string, i: number): Promise<void> {
  const c = classCase(r);
  tally.byKind.set(`class: ${c.kind}`, (tally.byKind.get(`class: ${c.kind}`) ?? 0) + 1);
  const where = `${label} (${c.kind})`;
  const caseDir = join(classRoot, `c${i}`);
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'techspend.yaml'), CLASS_CONFIG);
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(caseDir, name)), { recursive: true });
    writeFileSync(join(caseDir, name), text);
  }
  const format = r.pick(['csv', 'markdown', 'table', 'html', 'json']);
  const by = c.kind === 'mermaid-labels' || r.chance(0.5) ? ['--by', 'vendor'] : [];
  const command = c.kind === 'mermaid-labels' ? r.pick(['report', 'board', 'variance']) : r.pick(['report', 'report', 'categorize', 'validate']);
  const args = [command, ...c.inputs, '--format', format, ...(command === 'report' || command === 'variance' ? by : [])];
  const out = await runCli(args, caseDir);
  if (out.code === 70 || stackOrInternal(out.stderr)) {
    tally.internalErrors.push(`${where}: ${JSON.stringify(args)}: ${out.stderr.split('\n')[0]}`);
    return;
  }
  // validate exits 1 when it finds problem rows (the rows with no rate)
  const allowed = command === 'validate' && c.rejected > 0 ? [1] : [0];
  if (!allowed.includes(out.code)) tally.wrongExits.push(`${where}: ${JSON.stringify(args)} exited ${out.code}: ${JSON.stringify(out.stderr.split('\n')[0]?.slice(0, 200))}`);
  const escaped = injectionIn(format, out.stdout, out.stderr);
  if (escaped !== undefined) tally.injections.push(`${where}: ${JSON.stringify(args)}: ${escaped}`);
  // the money, from the JSON report: booked as the oracle converts, the rest rejected; never 1:1
  const json = await runCli(['report', ...c.inputs, '--format', 'json', '-q'], caseDir);
  let rec: Record<string, string | number>;
  try {
    rec = JSON.parse(json.stdout).reconciliation;
  } catch {
    tally.wrongExits.push(`${where}: report --format json gave no report (exit ${json.code})`);
    return;
  }
  const input = moneyCents(String(rec.inputTotal));
  if (input !== c.bookedCents || rec.rowsRejected !== c.rejected) {
    const list = c.kind === 'currency-in-amount' ? tally.silentOneToOne : tally.lostCents;
    list.push(`${where}: booked ${input} cents and ${rec.rowsRejected} rejected, the oracle ${c.bookedCents} and ${c.rejected}`);
  }
  if (input !== moneyCents(String(rec.technologyTotal)) + moneyCents(String(rec.excludedTotal))) tally.lostCents.push(`${where}: input total ≠ technology + excluded`);
}

async function runCase(i: number): Promise<void> {
  const r = new Prng(SEED * 100_003 + i);
  const label = `case ${i} (FUZZ_SEED=${SEED})`;
  const started = Date.now();
  const kind = r.int(0, 11);
  if (kind >= 10) await classCaseRun(r, label, i);
  else if (kind < 4) {
    tally.byKind.set('csv: shaped', (tally.byKind.get('csv: shaped') ?? 0) + 1);
    await csvCase(r, label, true);
  } else if (kind < 7) {
    tally.byKind.set('csv: hostile', (tally.byKind.get('csv: hostile') ?? 0) + 1);
    await csvCase(r, label, false);
  } else await configCaseRun(r, label);
  const took = Date.now() - started;
  tally.slowest = Math.max(tally.slowest, took);
  if (took > CASE_BOUND_MS) tally.hangs.push(`${label}: took ${took} ms`);
  tally.cases++;
}

describe('fuzz campaign', () => {
  it(
    `${CASES} generated CSVs and configs: no internal error, hang, wrong exit or lost cent`,
    async () => {
      // module loading is not a case: warm the CLI up first
      await runCli(['validate', 'clean.csv', '-q'], dir);
      await runCli(['report', 'clean.csv', '-q', '--format', 'json'], dir);
      for (let i = 0; i < CASES; i++) await runCase(i);
      const kinds = [...tally.byKind].sort().map(([k, n]) => `${k} ${n}`).join(', ');
      console.log(
        `fuzz: ${tally.cases} cases, seed ${SEED} (${kinds}): ${tally.internalErrors.length} internal errors, ${tally.hangs.length} hangs, ${tally.wrongExits.length} wrong exits, ${tally.lostCents.length} lost cents (input total ≠ output + rejected), ${tally.silentOneToOne.length} silent 1:1 conversions, ${tally.injections.length} injection escapes, ${tally.parserDisagreements.length} YAML parser disagreements; slowest case ${tally.slowest} ms`,
      );
      for (const [name, list] of Object.entries({ internalErrors: tally.internalErrors, hangs: tally.hangs, wrongExits: tally.wrongExits, lostCents: tally.lostCents, silentOneToOne: tally.silentOneToOne, injections: tally.injections, parserDisagreements: tally.parserDisagreements })) {
        for (const problem of list.slice(0, 5)) console.log(`fuzz: ${name}: ${problem}`);
      }
      expect(tally.internalErrors.slice(0, 5)).toEqual([]);
      expect(tally.hangs.slice(0, 5)).toEqual([]);
      expect(tally.wrongExits.slice(0, 5)).toEqual([]);
      expect(tally.lostCents.slice(0, 5)).toEqual([]);
      expect(tally.silentOneToOne.slice(0, 5)).toEqual([]);
      expect(tally.injections.slice(0, 5)).toEqual([]);
      expect(tally.parserDisagreements.slice(0, 5)).toEqual([]);
    },
    // a few seconds at the default size; the 10,000-case run has room for a slow machine
    60_000 + CASES * 1_000,
  );
});
