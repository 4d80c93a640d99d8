import { describe, expect, it } from 'vitest';
import { niceScale } from './pdf-monthly-chart';

describe('the PDF chart scale', () => {
  it('uses whole steps of 1, 2 or 5 times a power of ten, topping the largest bar', () => {
    for (const max of [0.4, 3, 47, 50, 129.6, 812, 2640, 8150.06, 19_999]) {
      const { step, top, ticks } = niceScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks).toBeGreaterThanOrEqual(1);
      expect(ticks).toBeLessThanOrEqual(5);
      expect(Number.isInteger(step)).toBe(true);
      expect(String(step)).toMatch(/^(1|2|5)0*$/);
    }
    expect(niceScale(50)).toEqual({ step: 10, top: 50, ticks: 5 }); // 10 / 20 / ... not 13 / 25 / 38 / 50
  });
});
