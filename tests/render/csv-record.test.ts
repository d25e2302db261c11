import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord, neutralize } from '../../src/render/csv.js';

describe('csvRecord (categorize writes rows one by one)', () => {
  it('property: byte for byte what csv-stringify writes for the neutralized cells', () => {
    const unit = fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', '.', 'é', "'");
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 8 }), { minLength: 1, maxLength: 12 }), (cells) => {
        expect(csvRecord(cells)).toBe(stringify([cells.map(neutralize)], { record_delimiter: '\n' }));
      }),
      { numRuns: 500 },
    );
    expect(csvRecord(['a', '', '-12.50', '=1+1'])).toBe("a,,-12.50,'=1+1\n");
    expect(csvRecord(['a, b', 'say "hi"'])).toBe('"a, b","say ""hi"""\n');
  });
});

describe('neutralize', () => {
  it('property: prefixes a quote exactly when a cell starts like a formula and is not a plain number', () => {
    const unit = fc.constantFrom('a', '1', '.', '=', '+', '-', '@', '\t', '\r', ' ', '\uff1d');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 6 }), (cell) => {
        const formula = /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);
        expect(neutralize(cell)).toBe(formula ? `'${cell}` : cell);
      }),
      { numRuns: 500 },
    );
  });
});
