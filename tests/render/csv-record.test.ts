import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, neutralize } from '../../src/render/csv.js';

describe('csvRecord (one CSV escaping for every CSV output)', () => {
  it('property: csv-parse reads back the neutralized cells, and no CR or LF is ever outside quotes', () => {
    const unit = fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', '.', 'é', "'");
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 8 }), { minLength: 1, maxLength: 12 }), (cells) => {
        const text = csvRecord(cells);
        expect(parse(text, { relax_column_count: true })).toEqual([cells.map(neutralize)]);
        // outside quoted stretches, the only line break is the record's own final \n
        const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
        expect(unquoted.slice(0, -1)).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 500 },
    );
    expect(csvRecord(['a', '', '-12.50', '=1+1'])).toBe("a,,-12.50,'=1+1\n");
    expect(csvRecord(['a, b', 'say "hi"'])).toBe('"a, b","say ""hi"""\n');
  });

  it('issue 18 #2: a cell holding a CR is quoted, so a CR-splitting reader never starts a row with the formula', () => {
    expect(csvCell('Acme\r=1+2')).toBe('"Acme\r=1+2"');
    expect(csvCell('x\r@SUM(A1:A9)')).toBe('"x\r@SUM(A1:A9)"');
    expect(csvCell('\r=1+2')).toBe(`"'\r=1+2"`);
    expect(csvRecord(['a\rb', 'c'])).toBe('"a\rb",c\n');
  });
});

describe('neutralize', () => {
  it('property: prefixes a quote exactly when a cell starts like a formula (after spaces too) and is not a plain number', () => {
    const unit = fc.constantFrom('a', '1', '.', '=', '+', '-', '@', '\t', '\r', '\n', ' ', '\uff1d');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 6 }), (cell) => {
        const formula = (/^[\t\r\n]/.test(cell) || /^\s*[=+\-@\uff1d]/.test(cell)) && !/^-?\d+(\.\d+)?$/.test(cell);
        expect(neutralize(cell)).toBe(formula ? `'${cell}` : cell);
      }),
      { numRuns: 500 },
    );
    expect(neutralize('  =HYPERLINK("x")')).toBe(`'  =HYPERLINK("x")`);
    expect(neutralize('-12.50')).toBe('-12.50');
  });
});
