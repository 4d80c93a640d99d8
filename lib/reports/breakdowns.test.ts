import { describe, expect, it } from 'vitest';
import { decimalString, sumWrvu } from './breakdowns';

describe('exact wRVU sums', () => {
  it('sums RVUs exactly in hundredths', () => {
    expect(sumWrvu(Array(10).fill('0.10'))).toBe('1.00');
    expect(sumWrvu(['19.60', '0.40', '1.30'])).toBe('21.30');
    expect(sumWrvu([])).toBe('0.00');
  });

  it('snaps float totals to two decimals', () => {
    expect(decimalString(0.1 + 0.2)).toBe('0.30');
    expect(decimalString(1234.5)).toBe('1234.50');
  });
});
