import { describe, expect, it } from 'vitest';
import { relativeChange } from './attribution.ts';

describe('the change of a figure against the days before the contest', () => {
  it('is a fraction of the figure before: up, down or the same', () => {
    expect(relativeChange(80, 100)).toBe(0.25);
    expect(relativeChange(4_000, 3_000)).toBe(-0.25);
    expect(relativeChange(12, 12)).toBe(0);
    expect(relativeChange(10, 0)).toBe(-1);
  });

  it('is nothing without a figure before to divide by, or without a figure at all', () => {
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(0, 0)).toBeNull();
    expect(relativeChange(null, 4_500)).toBeNull();
    expect(relativeChange(4_500, null)).toBeNull();
  });
});
