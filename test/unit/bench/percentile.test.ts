import { percentiles } from '../../../scripts/bench/load/percentile';

describe('percentiles', () => {
  it('returns observed values by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentiles(values, [50, 90, 99, 100])).toEqual([50, 90, 99, 100]);
  });

  it('sorts numerically, not as strings', () => {
    expect(percentiles([10, 9, 100, 2], [50])).toEqual([9]);
  });

  it('returns the only value for any percentile of one sample', () => {
    expect(percentiles([3.25], [1, 50, 99])).toEqual([3.25, 3.25, 3.25]);
  });

  it('returns NaN when there is no sample', () => {
    expect(percentiles([], [50])).toEqual([NaN]);
  });
});
