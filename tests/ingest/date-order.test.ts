/**
 * Day or month first when every sampled date fits both (issue 19): the file's own evidence
 * decides (another date column, billing periods, date order, spread, a day-first locale), and
 * when nothing does the reading taken is said on stderr with the entry that settles it.
 */
import { describe, expect, it } from 'vitest';
import { isDayFirst, settleDateOrder } from '../../src/ingest/date-order.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { scanInputs } from '../../src/io/scan.js';
import { testConfig, writeFiles } from './helpers.js';

const US = 'MM/dd/yyyy';
const EU = 'dd/MM/yyyy';

async function read(name: string, content: string) {
  const f = writeFiles({ [name]: content });
  const lines: ExpenseLine[] = [];
  const { reconciliation } = await scanInputs([f.path(name)], testConfig({ rates: { EUR: 1, GBP: 1 } }), { line: (l) => lines.push(l), excluded: (l) => lines.push(l) }, { displayName: () => name });
  return { lines, rec: reconciliation, file: reconciliation.files[0]! };
}

describe('day or month first, from the file', () => {
  it('another date column that reads only one way settles it', () => {
    const d = settleDateOrder({ values: ['03/04/2026', '03/04/2026'], formats: [US, EU], siblings: [{ column: 'Period End', values: ['03/31/2026'] }], rows: 2 });
    expect(d.format).toBe(US);
    expect(d.note).toContain(`the file's other date column "Period End" has "03/31/2026", which reads only so`);
    expect(d.assumed).toBeUndefined();
  });
  it('billing periods: every date of the date columns is the first of its month under one reading', () => {
    const d = settleDateOrder({ values: ['4/1/25'], formats: ['MM/dd/yy', 'dd/MM/yy'], siblings: [{ column: 'BillingPeriodEnd', values: ['5/1/25'] }], rows: 1 });
    expect(d.format).toBe('MM/dd/yy');
    expect(d.note).toMatch(/every date in the date columns is the first of its month/);
  });
  it('date order: the dates run one way through the file under one reading only', () => {
    // day-first: 1, 2, 3, 5, 9 March, ascending; month-first: Jan 3, Feb 3, Mar 3, May 3, Sep 3 — ascending too, so this is not evidence
    expect(settleDateOrder({ values: ['01/03/2026', '02/03/2026', '03/03/2026', '05/03/2026', '09/03/2026'], formats: [US, EU], rows: 5 }).note).not.toMatch(/date order/);
    // month-first: Jan 2, Jan 5, Feb 1, Feb 3, Mar 1 (ascending); day-first: Feb 1, May 1, Jan 2, Mar 2, Jan 3 (not)
    const d = settleDateOrder({ values: ['01/02/2026', '01/05/2026', '02/01/2026', '02/03/2026', '03/01/2026'], formats: [EU, US], rows: 5 });
    expect(d.format).toBe(US);
    expect(d.note).toMatch(/they run in date order through the file/);
  });
  it('a few dates in a chance order are not evidence of order (fewer than four changes)', () => {
    const d = settleDateOrder({ values: ['01/02/2026', '02/01/2026', '03/01/2026'], formats: [US, EU], rows: 3 });
    expect(d.note).not.toMatch(/date order/);
  });
  it('spread: the reading under which the dates cluster', () => {
    const d = settleDateOrder({ values: ['02/06/2014', '11/06/2014', '05/06/2014'], formats: [US, EU], rows: 3 });
    expect(d.format).toBe(EU);
    expect(d.note).toMatch(/span the fewest days/);
  });
  it('a day-first locale settles a tie; the dollar does not', () => {
    const gbp = settleDateOrder({ values: ['06/12/2021'], formats: [US, EU], dayFirstBecause: 'amounts in GBP', rows: 1 });
    expect(gbp.format).toBe(EU);
    expect(gbp.note).toContain('the file is written day-first (amounts in GBP)');
    const none = settleDateOrder({ values: ['06/12/2021'], formats: [US, EU], rows: 1, fileName: 'app.csv' });
    expect(none.format).toBe(US);
    expect(none.assumed).toBe('dates such as "06/12/2021" fit both MM/dd/yyyy and dd/MM/yyyy, and nothing in the file tells which: read as MM/dd/yyyy (2021-06-12); if the day comes first, add a sources entry: { files: "**/app.csv", dateFormat: "dd/MM/yyyy" }');
  });
  it('isDayFirst', () => {
    expect([EU, US, 'dd.MM.yy', 'MM-dd-yyyy', 'dd/yyyy/MM'].map(isDayFirst)).toEqual([true, false, true, false, true]);
  });
});

describe('day or month first, through a whole read', () => {
  it('a GBP currency column reads a one-date file day-first', async () => {
    const { lines, rec } = await read('gbp.csv', 'Date,Supplier,Amount,Currency\n06/12/2021,Softcat,10.00,GBP\n06/12/2021,Bytes,5.00,GBP\n');
    expect(lines.map((l) => l.date)).toEqual(['2021-12-06', '2021-12-06']);
    expect(rec.notices).toEqual([]);
  });
  it('£ in the amounts is a day-first locale too', async () => {
    const { lines } = await read('pounds.csv', 'Date,Supplier,Amount\n06/12/2021,Softcat,£10.00\n');
    expect(lines.map((l) => l.date)).toEqual(['2021-12-06']);
  });
  it('a currency named in the amount header is a locale hint too', async () => {
    const { lines, rec } = await read('header.csv', 'Date,Supplier,Amount (£)\n06/12/2021,Softcat,10.00\n');
    expect(lines.map((l) => [l.date, l.currency])).toEqual([['2021-12-06', 'GBP']]);
    expect(rec.notices).toEqual([]);
  });
  it('nothing to tell by: read month-first, and said once as a notice (stderr), not only in validate', async () => {
    const { lines, rec } = await read('usd.csv', 'Date,Vendor,Amount,Currency\n06/12/2021,Zoom,10.00,USD\n06/12/2021,Slack,5.00,USD\n');
    expect(lines.map((l) => l.date)).toEqual(['2021-06-12', '2021-06-12']);
    expect(rec.notices).toEqual([
      'usd.csv: dates such as "06/12/2021" fit both MM/dd/yyyy and dd/MM/yyyy, and nothing in the file tells which: read as MM/dd/yyyy (2021-06-12); if the day comes first, add a sources entry: { files: "**/usd.csv", dateFormat: "dd/MM/yyyy" }',
    ]);
  });
  it('a billing period column beside the usage date settles it', async () => {
    const { lines, rec } = await read('cloud.csv', 'UsageDate,BillingPeriodEnd,Service,Cost\n08/01/2023,08/31/2023,Compute,1.00\n');
    expect(lines.map((l) => l.date)).toEqual(['2023-08-01']);
    expect(rec.notices).toEqual([]);
  });
});
