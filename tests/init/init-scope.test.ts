/**
 * `init` on a whole-company ledger: it never dead-ends (column flags, -c, header-keyed sources),
 * drafts technology from the account column and the catalog, excludes the rest, and its
 * "spend found" is report's input total.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'techspend-init-scope-'));

// a council-style card file: the account column says what is technology (the flags name its
// columns; recognition finds them too since issue 19)
const LEDGER = [
  'Service Area,Account Description,Creditor,Transaction Date,JV Value',
  'Children,IT Services,123-REG.CO.UK,23/04/2026,143.81',
  'Children,Other Services,ACCESS EXPEDITIONS,03/04/2026,"6,000.00"',
  'Adults,Software Licences & Support,DATAHARVEST,05/04/2026,189.00',
  'Adults,Telephones Calls,VODAFONE,06/04/2026,260.40',
  'Adults,Food Costs,TESCO STORES 2041,07/04/2026,55.20',
  'Adults,Equipment and Materials Purcha,LINKEDIN 9982,08/04/2026,120.00',
  'Adults,Training,LINKEDIN 1207,09/05/2026,80.00',
  'Adults,Rents,LANDLORD LTD,10/05/2026,"2,500.00"',
  'Adults,Food Costs,,11/05/2026,-12.50',
  'Adults,Office Equipment,OFFICE WORLD,12/05/2026,300.00',
  'Adults,IT Services,ADOBE SYSTEMS SOFTW,13/05/2026,99.99',
  'Adults,Rents,BROKEN ROW,bad date,40.00',
].join('\n') + '\n';

function setup(): string {
  const dir = temp();
  writeFileSync(join(dir, 'card 2026-04.csv'), LEDGER);
  return dir;
}

describe('init on a whole-company ledger', () => {
  it('names a file whose columns it cannot find, with the flags that settle them (exit 1, nothing written)', async () => {
    // "JV Value" is recognized now (issue 19): two unnamed money columns are what detection cannot settle
    const dir = temp();
    writeFileSync(join(dir, 'card 2026-04.csv'), 'Service Area,Creditor,Transaction Date,Figure A,Figure B\nChildren,123-REG.CO.UK,23/04/2026,143.81,12.50\nAdults,VODAFONE,06/04/2026,260.40,0.75\n');
    const r = await runCli(['init', '--from', 'card 2026-04.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('card 2026-04.csv: not read: 2 columns could be the amount ("Figure A", "Figure B")');
    expect(r.stderr).toContain('--date "<column>" --amount "<column>"');
    expect(r.stderr).toContain('nothing written');
  });

  it('with --amount: drafts technology from the account column and the catalog, excludes the rest; validate and board accept it', async () => {
    const dir = setup();
    const r = await runCli(['init', '--from', '.', '--amount', 'JV Value', '--vendor', 'Creditor', '--account', 'Account Description', '--currency', 'GBP'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    // technology: IT Services 143.81 + 99.99, Software 189.00, Telephones 260.40, LinkedIn (catalog) 120 + 80 = 893.20
    // excluded: 6,000 + 55.20 + 2,500 - 12.50 + 300 = 8,842.70; rejected: 40.00 (bad date) → input 9,775.90
    expect(r.stdout).toContain('Spend found: 9,775.90 GBP (the input total report shows) = technology 893.20 + excluded 8,842.70 + rejected 40.00.');
    expect(text).toContain('unmatched: excluded');
    expect(text).toMatch(/- id: not-technology[^\n]*\n {4}name: "Not technology"\n {4}function: "Not technology"\n {4}scope: excluded/);
    // one wildcard rule from the catalog's form, not one raw descriptor per line
    expect(text).toContain('match: { vendor: ["LINKEDIN*"] }');
    expect(text).toContain('match: { account: ["Telephones Calls"] }');
    // every drafted category carries its guesses, visible and commented
    expect(text).toMatch(/function: "Technology" +# guess: the business function it serves\n {4}investment: run +# guess: run \| grow \| transform\n {4}pool: outside-services +# guess: finance cost pool/);
    // unsure accounts listed
    expect(text).toContain('#   account "Office Equipment": 300.00 GBP');
    expect(r.stdout).toContain('Unsure (left out; review, and add to a rule if it is technology):');
    // keyed on the header: next month's file, named otherwise, is read the same way
    // recognition adds the department (Service Area) to the columns the flags name
    expect(text).toContain('- headerIncludes: ["Transaction Date", "JV Value", "Creditor", "Account Description", "Service Area"]');
    copyFileSync(join(dir, 'card 2026-04.csv'), join(dir, 'May export.csv'));
    const v = await runCli(['validate', 'May export.csv', '--format', 'json'], dir);
    const files = JSON.parse(v.stdout).sections.find((s: { id: string }) => s.id === 'files').rows;
    expect(files[0].format).toBe('sources[0]');
    const report = await runCli(['report', 'card 2026-04.csv', '--format', 'json'], dir);
    const rec = JSON.parse(report.stdout).reconciliation;
    expect([rec.inputTotal, rec.technologyTotal, rec.excludedTotal, rec.rejectedTotal]).toEqual(['9775.90', '893.20', '8842.70', '40.00']);
    const board = await runCli(['board', 'card 2026-04.csv', '--format', 'markdown'], dir);
    expect(board.code, board.stderr).toBe(0);
    // the data ends on 2026-05-13: May is partial (issue 21), so the board's month is April
    expect(board.stdout).toContain('Technology spend in April 2026 was £713');
    expect(board.stdout).toContain('Out of scope: £8.8k on 5 lines is not technology spend');
    expect(board.stdout).toContain('Input total GBP 9,775.90 = technology GBP 893.20 + excluded GBP 8,842.70 + rejected GBP 40.00.');
    expect(board.stdout).not.toMatch(/LANDLORD|ACCESS EXPEDITIONS|TESCO/);
  });

  it('takes its exports as arguments, as every other command does; each category carries what report will show, largest first', async () => {
    const dir = setup();
    const r = await runCli(['init', 'card 2026-04.csv', '--amount', 'JV Value', '--vendor', 'Creditor', '--account', 'Account Description', '--currency', 'GBP'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    // first match wins: Vodafone (catalog telecom) 260.40, and "Telephones Calls" books into the same
    // category, not a second one; LinkedIn (catalog) 120 + 80 = 200.00; software 189.00; IT services
    // 143.81 (Adobe's 99.99 on an "IT Services" line is the catalog's design category's)
    const categories = [...text.matchAll(/^ {2}- id: ([\w-]+) +# ([\d,.]+) GBP/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(categories).toEqual(['telecom 260.40', 'people-systems 200.00', 'software-licences 189.00', 'it-services 143.81', 'design 99.99']);
    expect(text).toMatch(/- id: telecom-accounts\n {4}category: telecom\n/);
    const report = await runCli(['report', 'card 2026-04.csv', '--format', 'csv', '--period', 'year'], dir);
    expect(report.stdout).toContain('telecom,2026,260.40');
  });

  it('-c takes the columns from an existing config holding only sources (itself valid)', async () => {
    const dir = setup();
    writeFileSync(join(dir, 'columns.yaml'), 'sources:\n  - headerIncludes: ["JV Value"]\n    columns: { amount: "JV Value", vendor: "Creditor", account: "Account Description" }\n');
    const valid = await runCli(['validate', '-c', 'columns.yaml', 'card 2026-04.csv', '--format', 'json'], dir);
    expect(valid.stdout).toContain('"problem": "cannot read date"');
    const r = await runCli(['init', '--from', 'card 2026-04.csv', '-c', 'columns.yaml', '--currency', 'GBP', '-o', 'drafted.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('= technology 893.20 + excluded 8,842.70 + rejected 40.00.');
    const v = await runCli(['validate', '-c', 'drafted.yaml', 'card 2026-04.csv', '--format', 'markdown'], dir);
    expect(v.stdout).toContain('Config drafted.yaml: valid');
  });

  it("spend found is report's input total on an expense-negative card file with a rejected row and an empty vendor", async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'card.csv'),
      ['Date,Merchant,Amount', '2026-03-01,SLACK T0123,-80.00', '2026-03-02,LUNCH PLACE,-25.50', '2026-03-03,,-4.50', '2026-03-04,REFUND SHOP,10.00', 'not a date,BROKEN,-7.25', '2026-03-05,ZOOM.US 888,-15.99'].join('\n') + '\n',
    );
    const r = await runCli(['init', '--from', 'card.csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    const found = /Spend found[^:]*: ([\d,.-]+)/.exec(r.stdout)![1]!.replace(/,/g, '');
    // spend is negative in the file: 80 + 25.50 + 4.50 - 10 + 15.99 = 115.99, and the rejected row's 7.25
    expect(found).toBe('123.24');
    const report = await runCli(['report', 'card.csv', '--format', 'json'], dir);
    expect(JSON.parse(report.stdout).reconciliation.inputTotal).toBe(found);
  });
});
