import { describe, expect, it } from 'vitest';
import { median, percentile } from '../bench/figures';

describe("the bench's percentiles (nearest rank)", () => {
  const oneTo = (count: number) => Array.from({ length: count }, (_, index) => count - index);

  it('take the 19th of 20 samples and the largest of 10 as the 95th percentile', () => {
    expect(percentile(oneTo(20), 0.95)).toBe(19);
    expect(percentile(oneTo(10), 0.95)).toBe(10);
  });

  it('take the lower middle sample as the median of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('have no value without samples', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
