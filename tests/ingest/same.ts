/**
 * Deep equality for the large record lists the property tests compare (thousands of records per
 * case, hundreds of cases): Node's isDeepStrictEqual decides, and only a difference goes through
 * vitest's toEqual, for its diff. toEqual on every case was a large part of these tests' time.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

export function expectSame<T>(got: T, expected: T, message?: string): void {
  if (isDeepStrictEqual(got, expected)) {
    // counted as an assertion, as the toEqual it stands for
    expect(true).toBe(true);
    return;
  }
  expect(got, message).toEqual(expected);
}
