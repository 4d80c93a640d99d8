// The single rounding rule (2 decimals, half-up, once at the end) and catalog number parsing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFactor, formatRvu, roundWrvu, toRvu } from './rounding';

describe('roundWrvu', () => {
  it.each([
    [1.245, 1.25],
    [11.765, 11.77],
    [1.335, 1.34],
    [18.375000000000004, 18.38],
    [14.700000000000001, 14.7],
    [3.136, 3.14],
    [2.6656, 2.67],
    [0.30000000000000004, 0.3],
    [1.2449, 1.24],
    [0, 0],
    [-1.245, -1.25],
    [Number.NaN, 0],
  ])('%d -> %d', (input, expected) => {
    expect(roundWrvu(input)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundWrvu(-0.001), 0)).toBe(true);
  });

  it('rounds every exact half-cent up and leaves whole cents alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(roundWrvu((cents + 0.5) / 100)).toBe((cents + 1) / 100);
        expect(roundWrvu(cents / 100)).toBe(cents / 100);
      }),
    );
  });

  it('is idempotent and never moves a value by more than half a cent', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), (x) => {
        const r = roundWrvu(x);
        expect(roundWrvu(r)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('toRvu and formatting', () => {
  it('reads numbers, Decimal strings and blanks', () => {
    expect(toRvu('19.60')).toBe(19.6);
    expect(toRvu(' 0.69 ')).toBe(0.69);
    expect(toRvu(1.3)).toBe(1.3);
    expect(toRvu('')).toBeNull();
    expect(toRvu(null)).toBeNull();
    expect(toRvu(undefined)).toBeNull();
    expect(toRvu('n/a')).toBeNull();
    expect(toRvu(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('formats RVUs with 2 decimals and factors with at most 4', () => {
    expect(formatRvu(9.8)).toBe('9.80');
    expect(formatRvu(11.765)).toBe('11.77');
    expect(formatFactor(0.5)).toBe('0.5');
    expect(formatFactor(0.136)).toBe('0.136');
    expect(formatFactor(0.3 / 3.56)).toBe('0.0843');
  });
});
