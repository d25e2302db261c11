import { describe, expect, it } from 'vitest';
import { createDateReader, detectDateFormat, parseIsoDate, parseWithDateFormat } from '../../src/ingest/date.js';
import fc from 'fast-check';

describe('dates', () => {
  it.each([
    ['10/2009/09', 'dd/yyyy/MM', '2009-09-10'],
    ['23-Jan-15', 'dd-MMM-yy', '2015-01-23'],
    ['06 May 2020', 'dd MMM yyyy', '2020-05-06'],
    ['29.12.24, 13:56', 'dd.MM.yy', '2024-12-29'],
    ['01/10/2019 06:50 PM', 'MM/dd/yyyy', '2019-01-10'],
    ['4/1/25', 'MM/dd/yy', '2025-04-01'],
    ['1658912400000', 'epoch', '2022-07-27'],
    ['1658912400', 'epoch', '2022-07-27'],
    ['20240131', 'yyyyMMdd', '2024-01-31'],
    // beyond y/M/d tokens: date-fns, loaded on first use
    ['31st January 2024', 'do MMMM yyyy', '2024-01-31'],
    ['Wed, 31 Jan 2024 10:00', 'EEE, dd MMM yyyy', '2024-01-31'],
  ])('%s with %s is %s', (text, format, date) => {
    expect(parseWithDateFormat(text, format)).toBe(date);
  });
  it.each([
    ['2/8/15', 'MM/dd/yyyy'],
    ['31/12/2024', 'MM/dd/yyyy'],
    ['2024-02-30', 'iso'],
    ['12/2024/31x', 'dd/yyyy/MM'],
  ])('%s does not read with %s', (text, format) => {
    expect(parseWithDateFormat(text, format)).toBeUndefined();
  });
  it('takes the whole column: one day above 12 settles day-first', () => {
    expect(detectDateFormat(['08/04/2022', '24/03/2022', '01/02/2022'])).toEqual({ format: 'dd/MM/yyyy', alsoFits: [] });
  });
  it('chooses month-first when every value fits both, and says so', () => {
    const c = detectDateFormat(['05/03/2021', '06/03/2021']);
    expect(c?.format).toBe('MM/dd/yyyy');
    expect(c?.alsoFits).toContain('dd/MM/yyyy');
  });
  it('chooses day-first first for European files', () => {
    expect(detectDateFormat(['05/03/2021'], true)?.format).toBe('dd/MM/yyyy');
  });
  it('two-digit years are not four-digit years', () => {
    expect(detectDateFormat(['2/8/15', '12/31/15'])?.format).toBe('MM/dd/yy');
  });
  it('a few unreadable values do not hide the format of the rest', () => {
    expect(detectDateFormat(['31.01.2024', '01.02.2024', 'pending'])?.format).toBe('dd.MM.yyyy');
  });
});

describe('date reader', () => {
  it('property: reads a column as parseIsoDate does, whatever the shape, twice (memo)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const text = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.constantFrom(' 2026-01-05', '2026-01-05 ', '2026/01/05', '2026-1-05', '2026-01-05T23:30:00-05:00', '', 'x026-01-05', '2026-01-0x'),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
        const read = createDateReader(undefined);
        for (const t of [...texts, ...texts]) expect(read(t)).toBe(parseIsoDate(t.trim()));
      }),
    );
  });
});
