/**
 * Issue 18, the output side: each reproduction of the hostile-input campaign, pinned.
 * #2 CR in CSV cells, #3 Markdown/Mermaid breakout, #4 terminal escapes from the data,
 * #5 a lost write exits 0, #6 -o replacing what it should write through.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../ingest/helpers.js';
import { escapeMarkdown, escapeMermaid } from '../../src/render/escape/markdown.js';
import { printable, terminalText } from '../../src/terminal-text.js';

const BIN = resolve(import.meta.dirname, '../../bin/techspend.js');
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const CONFIG = 'currency: USD\ncategories:\n  - { id: saas, name: SaaS }\nrules:\n  - { id: okta, category: saas, match: { vendor: "Okta" } }\n';
// anything a terminal acts on: C0/C1 controls (but \n), ESC, bidi controls, zero-width characters
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/;

describe('issue 18 #2: CSV cells holding CR', () => {
  it('categorize and report quote a CR cell: a reader that ends rows at CR never starts one with =1+2', async () => {
    const f = writeFiles({ 'x.csv': `Date,Vendor,Description,Amount,Currency\n2026-01-05,${q('Acme\r=1+2')},${q('a\r@SUM(A1:A9)')},10.00,USD\n`, 'techspend.yaml': CONFIG });
    for (const args of [
      ['categorize', '-q', '--format', 'csv', 'x.csv'],
      ['report', '-q', '--by', 'vendor', '--format', 'csv', 'x.csv'],
      ['explain', '-q', '--vendor', 'acme*', '--format', 'csv', 'x.csv'],
    ]) {
      const r = await runCli(args, f.dir);
      expect(r.code, r.stderr).toBe(0);
      // split as a CR-terminating reader would: no record may begin with a formula character
      const unquoted = r.stdout.replace(/"(?:[^"]|"")*"/g, '""');
      expect(unquoted).not.toContain('\r');
      for (const rec of unquoted.split(/\r|\n/)) expect(rec).not.toMatch(/^[=+@]/);
      if (args[0] === 'categorize') expect(r.stdout).toContain('"Acme\r=1+2"');
    }
  });
});

describe('issue 18 #3: Markdown and Mermaid breakout', () => {
  const crafted = 'x"]\n```\n<img src=x onerror=alert(1)>\n# hi |a|b|';
  it('variance --by vendor --format markdown: the crafted vendor stays inside its label and its cell', async () => {
    const f = writeFiles({
      'v.csv': `Date,Vendor,Amount,Currency\n2026-01-05,Okta,100.00,USD\n2026-02-05,Okta,120.00,USD\n2026-02-06,${q(crafted)},50.00,USD\n`,
      'techspend.yaml': CONFIG,
    });
    const r = await runCli(['variance', '-q', '--by', 'vendor', '--format', 'markdown', 'v.csv'], f.dir);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    // exactly one fence opened and closed: the chart's
    expect(lines.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    expect(r.stdout).not.toMatch(/<img/i);
    expect(lines.some((l) => /^#\s*hi/.test(l))).toBe(false);
    // every table row has its table's column count
    const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const rows = lines.filter((l) => l.startsWith('|'));
    expect(new Set(rows.map(pipes)).size).toBe(1);
  });

  it('property: escaped text is one line; no bare pipe, no HTML, no link; a Mermaid label cannot close its string', () => {
    const unit = fc.constantFrom('a', ' ', '|', '\\', '\n', '\r', '\u2028', '\u0085', '\v', '\f', '<', '>', '[', ']', '(', ')', '!', '`', '"', '#', ';', '&');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
        const md = escapeMarkdown(s);
        expect(md).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029<>]/);
        // a pipe only as \| (after taking out every backslash escape)
        expect(md.replace(/\\[\s\S]/g, '')).not.toContain('|');
        expect(md).not.toMatch(/\]\(/);
        const label = escapeMermaid(s);
        expect(label).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029"`<>]/);
        expect(label).not.toMatch(/#\w*;/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('issue 18 #4: terminal escapes from the data', () => {
  const OSC_TITLE = '\u001b]0;pwned\u0007';
  const OSC_LINK = '\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\';
  const BIDI = 'abc\u202edcba\u2066x\u2069';
  const ZW = 'Ok\u200bta\u2060';

  it('sanitiser: no escape sequence, control, bidi or zero-width character survives', () => {
    for (const s of [OSC_TITLE, OSC_LINK, BIDI, ZW, '\u009b31mC1 CSI', '\u009d0;t\u009c', '\u001bP+q\u001b\\', 'a\u001b[2J\u001b[Hb', 'unterminated \u001b]0;title']) {
      expect(terminalText(s)).not.toMatch(UNSAFE);
      expect(printable(s)).not.toMatch(UNSAFE);
    }
    expect(terminalText('Okta\nline 2')).toBe('Okta\nline 2');
    expect(terminalText(ZW)).toBe('Okta');
    expect(printable('a\tb\nc')).toBe('a\\tb\\nc');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\u001b', '[', ']', '0', ';', 'm', '\u0007', '\\', '\u009b', '\u009d', '\u009c', '\u202e', '\u200b', '\r', '\n', 'P'), maxLength: 24 }), (s) => {
        expect(terminalText(s)).not.toMatch(UNSAFE);
      }),
      { numRuns: 2000 },
    );
  });

  it('the double-count warning, file:line prefixes, rejected raw cells and the table carry no escape', async () => {
    const vendor = `Okta${OSC_TITLE}${BIDI}`;
    const badName = `bad${OSC_TITLE}\u202e.csv`;
    const f = writeFiles({
      'gl.csv': `Date,Vendor,Amount,Currency\n2026-01-05,${q(vendor)},100.00,USD\n2026-01-06,${q(ZW)},7.00,USD\n`,
      'card.csv': `Date,Vendor,Amount,Currency\n2026-01-07,${q(vendor)},100.00,USD\n`,
      [badName]: `Date,Vendor,Amount,Currency\n2026-01-08,x,${q(`12${OSC_TITLE}`)},USD\n`,
      'techspend.yaml': CONFIG,
    });
    const r = await runCli(['report', '--by', 'vendor', '--format', 'table', 'gl.csv', 'card.csv', badName], f.dir);
    expect(r.stderr).toContain('double count');
    expect(r.stderr).toContain('rejected');
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).toContain('Okta');

    const e = await runCli(['explain', badName, '--line', `${badName}:2`], f.dir);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('rejected');
    expect(e.stderr).not.toMatch(UNSAFE);
  });

  it("init's vendor list on stdout carries no escape", async () => {
    const f = writeFiles({ 'gl.csv': `Date,Vendor,Amount,Currency\n2026-01-05,${q(`Evil${OSC_LINK}${BIDI}`)},900.00,USD\n2026-01-06,Okta,100.00,USD\n` });
    const r = await runCli(['init', '--from', 'gl.csv'], f.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Top vendors');
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stderr).not.toMatch(UNSAFE);
  });
});

describe('init: a file name from the exports cannot write config of its own', () => {
  it('a newline in a file name stays inside the comment of the drafted techspend.yaml', async () => {
    const name = 'gl\ncurrency: JPY\nrates: { USD: 9 }\n#.csv';
    const f = writeFiles({ [name]: 'Date,Vendor,Amount,Currency\n2026-01-05,Okta,100.00,USD\n' });
    const r = await runCli(['init', '-q', '--from', name], f.dir);
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(f.dir, 'techspend.yaml'), 'utf8');
    expect(yaml.split('\n').filter((l) => /^(currency|rates):/.test(l))).toEqual(['currency: USD              # reporting currency']);
  });
});

function cli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const canSpawn = existsSync(resolve(import.meta.dirname, '../../dist/cli/main.js'));

describe.skipIf(!canSpawn || process.platform === 'win32')('issue 18 #5 and #6: checked writes', () => {
  const f = writeFiles({ 'a.csv': 'Date,Vendor,Amount,Currency\n2026-01-05,Okta,100.00,USD\n', 'techspend.yaml': CONFIG });

  it('#5: report > /dev/full exits 1 with one line on stderr (and so do categorize --format csv, schema, rules)', () => {
    if (!existsSync('/dev/full')) return;
    for (const args of [['report', '-q', '--format', 'csv', 'a.csv'], ['categorize', '-q', '--format', 'csv', 'a.csv'], ['schema'], ['rules', '-q', '--sql', 'duckdb']]) {
      const full = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} > /dev/full`], { cwd: f.dir, encoding: 'utf8' });
      expect(full.status).toBe(1);
      expect(full.stderr.trim().split('\n')).toHaveLength(1);
      expect(full.stderr).toMatch(/cannot write output: no space left/);
    }
    const o = cli(['report', '-q', '--format', 'csv', '-o', '/dev/full', 'a.csv'], f.dir);
    expect(o.status).toBe(1);
    expect(o.stderr).toBe('techspend: cannot write /dev/full: no space left on the device\n');
  });

  it('#6: -o writes through a symlink, keeping the link', () => {
    const dir = join(f.dir, 'link');
    mkdirSync(dir);
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync('real.csv', join(dir, 'out.csv'));
    const r = cli(['report', '-q', '--format', 'csv', '-o', join(dir, 'out.csv'), 'a.csv'], f.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'out.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'out.csv'))).toBe('real.csv');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^category,period,amount,share\n/);
  });

  it('#6: -o /dev/null stays a device; -o to a FIFO writes into the pipe', () => {
    const r = cli(['report', '-q', '--format', 'csv', '-o', '/dev/null', 'a.csv'], f.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const fifo = join(f.dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    // a reader on the FIFO, then the writer
    const reader = spawnSync('sh', ['-c', `cat "${fifo}" > "${fifo}.got" & "${process.execPath}" "${BIN}" report -q --format csv -o "${fifo}" a.csv; echo $? > "${fifo}.rc"; wait`], { cwd: f.dir, encoding: 'utf8', timeout: 20_000 });
    expect(reader.status).toBe(0);
    expect(readFileSync(`${fifo}.rc`, 'utf8').trim()).toBe('0');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(`${fifo}.got`, 'utf8')).toMatch(/^category,period,amount,share\n/);
  });

  it('#6: a read-only -o target is refused with exit 1 and left as it was', () => {
    const target = join(f.dir, 'ro.csv');
    writeFileSync(target, 'keep\n');
    chmodSync(target, 0o444);
    const r = cli(['report', '-q', '--format', 'csv', '-o', target, 'a.csv'], f.dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot write .*ro\.csv: the file is read-only/);
    expect(readFileSync(target, 'utf8')).toBe('keep\n');
  });

  it('#6: a regular -o target keeps being replaced atomically, with its permissions', () => {
    const target = join(f.dir, 'plain.csv');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const r = cli(['report', '-q', '--format', 'csv', '-o', target, 'a.csv'], f.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^category,period,amount,share\n/);
    expect(lstatSync(target).mode & 0o777).toBe(0o640);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('#6: %s during categorize -o leaves no temp file behind', async (signal) => {
    const dir = join(f.dir, `sig-${signal}`);
    mkdirSync(dir);
    // stdin that never ends keeps the run (and its temp file) open until the signal
    const child = spawn(process.execPath, [BIN, 'categorize', '-q', '--format', 'csv', '-c', join(f.dir, 'techspend.yaml'), '-o', join(dir, 'out.csv'), '-'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.write('Date,Vendor,Amount,Currency\n');
    for (let i = 0; i < 200; i++) child.stdin.write(`2026-01-05,Okta,${i}.00,USD\n`);
    const deadline = Date.now() + 15_000;
    while (!readdirSync(dir).some((n) => n.endsWith('.tmp')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(true);
    const ended = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_c, s) => r(s)));
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});
