/**
 * Percentiles by the nearest-rank method (the value at rank ceil(p/100 * n) of the sorted
 * sample), so every figure reported is a latency that was actually observed. NaN when empty.
 */
export function percentiles(values: readonly number[], ps: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => {
    if (sorted.length === 0) return NaN;
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
    return sorted[rank - 1] ?? NaN;
  });
}
