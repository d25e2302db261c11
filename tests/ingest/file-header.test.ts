/** A file's header and layout from its first records, without the disk (ingest/file-header.ts). */
import { describe, expect, it } from 'vitest';
import { FileHeader, mapFile, SAMPLE_ROWS } from '../../src/ingest/file-header.js';

describe('FileHeader', () => {
  it('skips blank records, then takes the header (trimmed) and its line', () => {
    const f = new FileHeader();
    expect(f.take(['', ''], 1, undefined)).toBe(false);
    expect(f.take([',,', '†'], 2, undefined)).toBe(false);
    expect(f.take([' Date', 'Vendor ', 'Amount'], 3, undefined)).toBe(false);
    expect(f.header).toEqual(['Date', 'Vendor', 'Amount']);
    expect(f.line).toBe(3);
    expect(f.headerless).toBe(false);
    expect(f.sample).toEqual([]);
  });

  it('a first record that is data: no header, columns by position, the record in the sample', () => {
    const f = new FileHeader();
    f.take(['2026-01-05', 'Slack', '120.00'], 1, undefined);
    expect(f.headerless).toBe(true);
    expect(f.header).toEqual(['1', '2', '3']);
    expect(f.sample).toEqual([{ fields: ['2026-01-05', 'Slack', '120.00'], line: 1 }]);
  });

  it('a source that says there is a header is believed, even over a record that looks like data', () => {
    const f = new FileHeader();
    f.take(['2026-01-05', 'Slack', '120.00'], 1, { header: true });
    expect(f.headerless).toBe(false);
    expect(f.header).toEqual(['2026-01-05', 'Slack', '120.00']);
  });

  it('knows the header when the file repeats it as written, and only then', () => {
    const f = new FileHeader();
    f.take([' Date', 'Vendor', 'Amount'], 1, undefined);
    expect(f.repeats([' Date', 'Vendor', 'Amount'])).toBe(true);
    expect(f.repeats(['Date', 'Vendor', 'Amount'])).toBe(false);
    expect(f.repeats([' Date', 'Vendor', 'Amount', ''])).toBe(false);
    expect(f.repeats(['2026-01-05', 'Slack', '120.00'])).toBe(false);
  });

  it('says the sample is full at its last row', () => {
    const f = new FileHeader();
    f.take(['Date', 'Vendor', 'Amount'], 1, undefined);
    for (let i = 1; i < SAMPLE_ROWS; i++) expect(f.take(['2026-01-05', 'Slack', '1.00'], i + 1, undefined)).toBe(false);
    expect(f.take(['2026-01-05', 'Slack', '1.00'], SAMPLE_ROWS + 1, undefined)).toBe(true);
    expect(f.sample.length).toBe(SAMPLE_ROWS);
  });
});

describe('mapFile', () => {
  const read = (rows: string[][]) => {
    const f = new FileHeader();
    rows.forEach((r, i) => f.take(r, i + 1, undefined));
    return f;
  };

  it('maps a plain register: the layout and what the summary says of it', () => {
    const m = mapFile(read([['Date', 'Vendor', 'Amount'], ['2026-01-05', 'Slack', '120.00'], ['2026-01-09', 'GitHub', '44.00']]), 'gl.csv', { fileName: 'gl.csv' });
    expect(m.layout).toBeDefined();
    if (m.layout === undefined) return;
    expect(m.mapping).toContain('Vendor');
    expect(m.format).toBe(m.layout.format);
    expect(m.notice).toBeUndefined();
  });

  it('a file without a date column is dated by the month in its name, and says so', () => {
    const m = mapFile(read([['Vendor', 'Amount'], ['Slack', '120.00'], ['GitHub', '44.00']]), 'exports/2011-06-payments.csv', { fileName: '2011-06-payments.csv' });
    expect(m.layout?.month).toBe('2011-06');
    expect(m.layout !== undefined && m.notice).toBe('exports/2011-06-payments.csv: no date column; every line is dated 2011-06, the month in the file name (map a date column under sources to read real dates)');
  });

  it('a header that maps to nothing: the problems, not a layout', () => {
    const m = mapFile(read([['colour', 'shape'], ['red', 'round']]), 'odd.csv', { fileName: 'odd.csv' });
    expect(m.layout).toBeUndefined();
    if (m.layout === undefined) expect(m.problems.length).toBeGreaterThan(0);
  });
});
