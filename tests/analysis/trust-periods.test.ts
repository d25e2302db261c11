/**
 * Issue 21: periods that know what they cover, variance causes over a lookback, forecasts that
 * respect cadence and what is booked, and signs; on fixtures/cases/trust-periods (register.csv
 * is made by generate.py: Telco 10.00 every 3 days from 2025-06-20 (the last on 2026-08-08), Acme 1,000.00
 * on the 3rd (5,000.00 in 2026-05: a 4,000.00 setup fee), Helpdesk 500.00 on the 12th (to
 * 2026-07), Oracle 6,000.00 on 2025-07-15, 2026-01-15, 2026-07-15). Telco lines per month
 * (counted independently): 2025-06 4, 07 10, 08 11, 09 10, 10 10, 11 10, 12 10, 2026-01 11,
 * 02 9, 03 10, 04 10, 05 11, 06 10, 07 10, 08 3. Expected figures worked out by hand first.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';

const cwd = join(process.cwd(), 'fixtures/cases/trust-periods');

async function csv(args: string[]) {
  const r = await runCli([...args, '--format', 'csv', '-q'], cwd);
  expect(r.code).toBe(0);
  return { rows: parse(r.stdout, { columns: true }) as Record<string, string>[], header: r.stdout.split('\n')[0] };
}
async function md(args: string[]) {
  const r = await runCli([...args, '--format', 'markdown', '-q'], cwd);
  expect(r.code).toBe(0);
  return r.stdout;
}
const row = (rows: Record<string, string>[], key: string) => rows.find((r) => r.category === key);

describe('a register ending part-way through a month (issue 21)', () => {
  it('never takes the partial last month as the latest complete one, and says so', async () => {
    // last date 2026-08-08 (Telco), lines every 3 days or less: 23 days short of the month end → August is partial
    const out = await md(['variance', 'register.csv']);
    expect(out).toContain('Variance by category: 2026-07 against 2026-06');
    expect(out).toContain('The data ends on 2026-08-08, part-way through 2026-08');
    expect(out).toContain('2026-08 is partial and left out; the latest complete month is 2026-07.');
  });

  it('does not call a semi-annual vendor new when it bills again', async () => {
    const { rows } = await csv(['variance', 'register.csv']);
    // June: Acme 1,000.00; July: Acme 1,000.00 + Oracle 6,000.00 (also billed 2026-01-15, within 12 months): expansion
    expect(row(rows, 'platform')).toMatchObject({ base: '1000.00', current: '7000.00', change: '6000.00', expansion: '6000.00', new_capability: '0.00', discontinued: '0.00' });
    // total 1,600.00 (1,000 + 500 + 10 × 10) → 7,600.00
    expect(await md(['variance', 'register.csv'])).toContain('Technology spend was £7.6k in 2026-07, up £6.0k (+375%) from £1.6k in 2026-06.');
  });

  it('does not call a semi-annual vendor discontinued between its payments', async () => {
    const { rows } = await csv(['variance', 'register.csv', '--to', '2026-02-28']);
    // January: Acme 1,000 + Oracle 6,000 = 7,000.00; February: 1,000.00; Oracle billed 2025-07 and 2026-01:
    // every 6 months, one month since: expansion -6,000.00; change % = -6,000 / 7,000 = -0.8571
    expect(row(rows, 'platform')).toMatchObject({ base: '7000.00', current: '1000.00', change: '-6000.00', change_pct: '-0.8571', expansion: '-6000.00', discontinued: '0.00' });
  });

  it('shows a one-off item as its own part of the change, inside its cause', async () => {
    const { rows, header } = await csv(['variance', 'register.csv', '--to', '2026-06-30']);
    expect(header).toBe('category,base,current,change,change_pct,expansion,new_capability,discontinued,one_off');
    // Acme May 5,000.00 against a median of 1,000.00 over Nov-Apr, back to 1,000.00 in June: 5,000 > 3 × 1,000
    // → one-off 5,000 − 1,000 = 4,000.00 in the base; June against May: change −4,000.00, all of it the one-off falling away
    expect(row(rows, 'platform')).toMatchObject({ base: '5000.00', current: '1000.00', change: '-4000.00', expansion: '-4000.00', one_off: '-4000.00' });
    // telecom: May 11 lines, June 10 lines: 110.00 → 100.00, no one-off
    expect(row(rows, 'telecom')).toMatchObject({ change: '-10.00', one_off: '0.00' });
  });

  it('a step up that stays is not a one-off', async () => {
    // May against April with nothing after May (--to): the 5,000.00 may be the new level, so no one-off column
    const { header } = await csv(['variance', 'register.csv', '--to', '2026-05-31']);
    expect(header).toBe('category,base,current,change,change_pct,expansion,new_capability,discontinued');
  });

  it('new capability looks back --lookback months', async () => {
    // with a 3-month lookback (Apr-Jun 2026), Oracle (last billed 2026-01) is new again in July
    const { rows } = await csv(['variance', 'register.csv', '--lookback', '3']);
    expect(row(rows, 'platform')).toMatchObject({ expansion: '0.00', new_capability: '6000.00' });
  });

  it('forecasts lumpy vendors from the trailing 12 months and leaves one-offs out', async () => {
    const { rows } = await csv(['forecast', 'register.csv']);
    // window May-Jul 2026 (August partial); FY2028.
    // platform: Acme (5,000 − 4,000 one-off) + 1,000 + 1,000 = 3,000 / 3 = 1,000.00 → 12,000.00;
    //           Oracle, billed every 6 months, is out of the run rate and its two bills due in FY2028
    //           (2027-07-15, 2028-01-15) are added once each: 12,000.00 → 24,000.00
    //           (a plain 3-month mean would be (5,000 + 1,000 + 7,000) / 3 = 4,333.33 → 52,000 a year)
    // support: 500.00 → 6,000.00; telecom: (11 + 10 + 10) × 10 / 3 = 103.33 → 1,239.96
    expect(row(rows, 'platform')).toMatchObject({ run_rate_monthly: '1000.00', annual_bills: '12000.00', forecast: '24000.00' });
    expect(row(rows, 'support')).toMatchObject({ run_rate_monthly: '500.00', forecast: '6000.00' });
    expect(row(rows, 'telecom')).toMatchObject({ run_rate_monthly: '103.33', forecast: '1239.96' });
    const notes = await md(['forecast', 'register.csv']);
    expect(notes).toContain('Billed in lumps (renewals from spend): Oracle is left out of the run rate');
    expect(notes).toContain('Oracle 6,000.00 due 2027-07-15, Oracle 6,000.00 due 2028-01-15');
    expect(notes).toContain('One-off items left out of the run rate (not annualized): Acme Cloud £4.0k in 2026-05.');
  });

  it('forecasts the current fiscal year as actuals to date + run rate for the months left', async () => {
    const { rows, header } = await csv(['forecast', 'register.csv', '--fiscal-year', 'FY2027']);
    expect(header).toBe('category,run_rate_monthly,growth,forecast,budget,gap,actuals,annual_bills');
    // FY2027 = Apr 2026-Mar 2027; booked Apr-Jul (4 months), 8 left.
    // platform: 1,000 + 5,000 + 1,000 + 7,000 = 14,000.00 + 1,000.00 × 8 + Oracle's bill due 2027-01-15, 6,000.00 = 28,000.00
    // support: 4 × 500 = 2,000.00 + 500 × 8 = 6,000.00; telecom: (10 + 11 + 10 + 10) × 10 = 410.00 + 103.33 × 8 = 1,236.64
    expect(row(rows, 'platform')).toMatchObject({ actuals: '14000.00', annual_bills: '6000.00', forecast: '28000.00' });
    expect(row(rows, 'support')).toMatchObject({ actuals: '2000.00', forecast: '6000.00' });
    expect(row(rows, 'telecom')).toMatchObject({ actuals: '410.00', forecast: '1236.64' });
  });
});

describe('data starting mid-year (issue 21)', () => {
  it('a run rate over months before the data rests on the months there are, and says so', async () => {
    // window Apr-Sep 2025; the data starts 2025-06-20 (June partial): Jul, Aug, Sep only
    expect(await md(['forecast', 'register.csv', '--to', '2025-09-30', '--run-rate-months', '6'])).toContain('the run rate rests on 3 months only (2025-07, 2025-08, 2025-09), not 6: the data starts on 2025-06-20');
    const { rows } = await csv(['forecast', 'register.csv', '--to', '2025-09-30', '--run-rate-months', '6']);
    // platform: Acme 3,000 / 3 = 1,000.00; Oracle billed once (2025-07) in the 12 months, not in the last: yearly, 6,000 / 12 = 500.00
    // support 500.00; telecom (10 + 11 + 10) × 10 / 3 = 103.33; FY2027 total 2,103.33 × 12 = 25,239.96
    expect(row(rows, 'platform')).toMatchObject({ run_rate_monthly: '1500.00', forecast: '18000.00' });
    expect(await md(['forecast', 'register.csv', '--to', '2025-09-30', '--run-rate-months', '6'])).toContain('| **Total** | **2,103.33** | **+0.0%** | **25,239.96** |');
  });

  it('"to date" starts where the data starts, and months before it are no data', async () => {
    const out = await md(['board', 'register.csv', '--to', '2025-09-30']);
    // FY2026 = Apr 2025-Mar 2026; the data starts 2025-06-20
    expect(out).toContain('FY2026 to date (20 June 2025 to September 2025)');
    expect(out).toContain('| 2025-05 |  | no data |');
    expect(out).toContain('Months before the data starts (2025-06-20) have no data: they are not zero spend.');
  });

  it('a comparison with a partial first month says so', async () => {
    const r = await runCli(['variance', 'register.csv', '--to', '2025-07-31', '--format', 'markdown'], cwd);
    expect(r.stderr + r.stdout).toContain('2025-06 is partial: the data starts on 2025-06-20: the comparison rests on it.');
  });
});

describe('a net-credit month (issue 21)', () => {
  it('keeps the sign in the headline', async () => {
    // January 1,000 + 500 = 1,500.00; February 1,000 − 5,095.41 = −4,095.41; change −5,595.41 = −373% of 1,500
    const out = await md(['variance', 'credit.csv', '--to', '2026-02-28']);
    expect(out).toContain('Technology spend was a net credit of £4.1k in 2026-02, down £5.6k (-373%) from £1.5k in 2026-01.');
  });

  it('describes a change on a negative base without a percentage', async () => {
    // March 1,000 + 500 + 500 = 2,000.00; change 2,000 − (−4,095.41) = +6,095.41 on a net credit
    const out = await md(['variance', 'credit.csv']);
    expect(out).toContain('Technology spend was £2.0k in 2026-03, up £6.1k (on a net credit) from a net credit of £4.1k in 2026-02.');
    const { rows } = await csv(['variance', 'credit.csv']);
    expect(row(rows, 'platform')).toMatchObject({ base: '-4095.41', current: '1000.00', change: '5095.41', change_pct: '' });
  });
});
