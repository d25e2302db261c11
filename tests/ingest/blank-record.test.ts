import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../src/io/scan.js';

describe('blank records', () => {
  it('property: a record is blank exactly when no field holds a letter or a digit (white space, Unicode too, and filler such as a report\'s † padding)', () => {
    const unit = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', '1', ',', '"', '\u2020', 'é', '٣');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { maxLength: 6 }), (fields) => {
        expect(isBlank(fields)).toBe(fields.every((f) => !/[\p{L}\p{N}]/u.test(f)));
      }),
    );
    expect(isBlank(['', '\u2020\u2020 ', '', '-'])).toBe(true);
    expect(isBlank(['\u00a0', ''])).toBe(true);
    expect(isBlank(['', ' x'])).toBe(false);
  });
});
