import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../src/io/scan.js';

describe('blank records', () => {
  it('property: a record is blank exactly when every field trims to nothing (Unicode white space too)', () => {
    const unit = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', '1', ',', '"');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { maxLength: 6 }), (fields) => {
        expect(isBlank(fields)).toBe(fields.every((f) => f.trim() === ''));
      }),
    );
    expect(isBlank(['\u00a0', ''])).toBe(true);
    expect(isBlank(['', ' x'])).toBe(false);
  });
});
