/** `init`: a working config in one command, that `validate` accepts and that categorizes >= 90% of the spend. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const ROOT = process.cwd();
const DEMO = join(ROOT, 'fixtures/demo/data');
const CORPUS_FILE = resolve(ROOT, '../shared/corpus/focus-sample-data/focus_sample_1.0.csv');

const temp = () => mkdtempSync(join(tmpdir(), 'techspend-init-'));

/** validate with the drafted config: exit code and the share of spend categorized by a rule */
async function validateWith(dir: string, inputs: string[]): Promise<{ code: number; spendPct: number; stdout: string }> {
  const r = await runCli(['validate', '-c', join(dir, 'techspend.yaml'), ...inputs, '--format', 'markdown'], dir);
  const m = /Rule coverage: [\d.]+% of technology lines and ([\d.]+)% of technology spend/.exec(r.stdout);
  return { code: r.code, spendPct: m ? Number(m[1]) : NaN, stdout: r.stdout + r.stderr };
}

describe('init --from', () => {
  it('drafts a config from the demo exports that validate accepts and that covers >= 90% of spend', async () => {
    const dir = temp();
    const inputs = readdirSync(DEMO).filter((f) => f.endsWith('.csv')).sort().map((f) => join(DEMO, f));
    const r = await runCli(['init', '--from', ...inputs], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote techspend\.yaml: \d+ categories, \d+ rules\.\nSpend found: [\d,.]+ USD \(the input total report shows\) = technology [\d,.]+ \+ excluded 0\.00 \+ rejected [\d,.]+\.\nThe drafted rules categorize [\d.]+% of the technology spend/);
    expect(r.stdout).toContain('Amazon Web Services');
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    expect(text).toContain('sign: expense-negative'); // the EU card writes spend as negative amounts
    // keyed on the header, not the file name: next month's export matches
    expect(text).toContain('- headerIncludes: ["Txn Date", "Amount", "Name", "Memo", "Account", "Department"]');
    expect(text).toMatch(/rates: \{ EUR: 1\.0, GBP: 1\.0 \}/); // placeholders, under a SET THE RATES comment
    expect(r.stderr).toContain('placeholder rates');
    const v = await validateWith(dir, inputs);
    expect(v.code, v.stdout).toBe(0);
    expect(v.spendPct).toBeGreaterThanOrEqual(90);
  });

  it('drafts a config from a register it recognizes by header words (camelCase, no catalog vendor): the columns in a sources entry, an empty rule list', async () => {
    const dir = temp();
    const file = join(ROOT, 'fixtures/recognition/camel-case.csv');
    const r = await runCli(['init', '--from', file, '-q'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    expect(text).toContain('rules: []');
    expect(text).toMatch(/columns: \{ date: "PaymentDate", amount: "PaymentAmount", vendor: "BeneficiaryName", account: "AccountName"/);
    expect((await validateWith(dir, [file])).code).toBe(0);
  });

  it('never takes a file with no currency column for USD in silence: the draft and stderr say it was assumed and how to set it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'register.csv'), 'Date,Supplier Name,Amount\n05/06/2014,Computacenter (UK) Ltd,1200.00\n06/06/2014,Acme Cleaning,800.00\n');
    const r = await runCli(['init', '--from', 'register.csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    expect(text).toContain('# CHECK THE CURRENCY: register.csv names no currency (no currency column, no symbol or code in the amounts or the header),');
    expect(text).toMatch(/^currency: USD +# reporting currency \(assumed: check it\)$/m);
    expect(r.stderr).toContain(
      'techspend: warning: register.csv names no currency (no currency column, no symbol or code in the amounts or the header): techspend.yaml assumes USD, and the figures below are in the currency of the file, whatever it is; if that is wrong, set currency: in techspend.yaml (or run init --currency <code>)',
    );
    // the figures are not labelled as dollars: the file does not say they are
    expect(r.stdout).toContain('Spend found (in the currency of the file, which does not name it; techspend.yaml assumes USD): 2,000.00 (the input total report shows)');
    expect(r.stdout).not.toMatch(/\d USD/);
    // the currency named once in the amount's header is not assumed
    const header = temp();
    writeFileSync(join(header, 'register.csv'), 'Date,Supplier Name,Amount (£)\n05/06/2014,Computacenter (UK) Ltd,1200.00\n');
    const h = await runCli(['init', '--from', 'register.csv'], header);
    expect(h.code, h.stderr).toBe(0);
    expect(readFileSync(join(header, 'techspend.yaml'), 'utf8')).toMatch(/^currency: GBP +# reporting currency$/m);
    expect(h.stderr).not.toContain('names no currency');
    // a pound sign in the amounts names the currency: nothing assumed
    const gbp = temp();
    writeFileSync(join(gbp, 'register.csv'), 'Date,Supplier Name,Amount\n05/06/2014,Computacenter (UK) Ltd,"£1,200.00"\n06/06/2014,Acme Cleaning,£800.00\n');
    const g = await runCli(['init', '--from', 'register.csv'], gbp);
    expect(g.code, g.stderr).toBe(0);
    expect(readFileSync(join(gbp, 'techspend.yaml'), 'utf8')).toMatch(/^currency: GBP +# reporting currency$/m);
    expect(g.stderr).not.toContain('currency');
    // --currency settles it
    const set = temp();
    writeFileSync(join(set, 'register.csv'), 'Date,Supplier Name,Amount\n05/06/2014,Computacenter (UK) Ltd,1200.00\n');
    const s = await runCli(['init', '--from', 'register.csv', '--currency', 'GBP'], set);
    expect(readFileSync(join(set, 'techspend.yaml'), 'utf8')).toMatch(/^currency: GBP +# reporting currency$/m);
    expect(s.stderr).not.toContain('names no currency');
  });

  it('refuses to overwrite without --force (exit 2), and overwrites with it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'techspend.yaml'), 'keep me\n');
    const r = await runCli(['init', '--from', join(DEMO, 'gl-detail.csv')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('techspend.yaml already exists (use --force to overwrite it, or -o to write elsewhere)');
    expect(readFileSync(join(dir, 'techspend.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await runCli(['init', '--from', join(DEMO, 'gl-detail.csv'), '--force', '-q'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('');
    expect(readFileSync(join(dir, 'techspend.yaml'), 'utf8')).toContain('rules:');
  });

  it('writes to -o and takes the fiscal year start', async () => {
    const dir = temp();
    const r = await runCli(['init', '--from', join(DEMO, 'cloud-focus.csv'), '-o', 'my.yaml', '--fiscal-year-start', '2'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'techspend.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'my.yaml'), 'utf8')).toMatch(/^fiscalYearStart: 2 /m);
  });

  it('without --from writes a starter with example categories that validate accepts', async () => {
    const dir = temp();
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'techspend.yaml'), 'utf8')).toContain('categories:');
    const v = await runCli(['validate', '--format', 'csv'], dir);
    expect(v.code, v.stderr).toBe(0);
  });

  const corpus = existsSync(CORPUS_FILE);
  if (!corpus) console.warn(`init corpus test skipped: ${CORPUS_FILE} is absent`);
  it.skipIf(!corpus)('drafts a working config from a real FOCUS export of the shared corpus', async () => {
    const dir = temp();
    const r = await runCli(['init', '--from', CORPUS_FILE], dir);
    expect(r.code, r.stderr).toBe(0);
    const v = await validateWith(dir, [CORPUS_FILE]);
    expect(v.code, v.stdout).toBe(0);
    expect(v.spendPct).toBeGreaterThanOrEqual(90);
  });
});
