import { runLoad, type LoadResult, type LoadSpec } from './run-load';

export type LoadBase = Omit<LoadSpec, 'durationSec' | 'amount'>;

/**
 * 1. warm up for `warmupSec` (JIT, pools, lazily built backend data), discarded;
 * 2. `between()`: the caller samples counters or starts a profiler once the warm-up is over;
 * 3. send as many requests as the warm-up rate (or `rateHint`, the rate seen last time)
 *    fits in `durationSec`, and wait for every answer (LoadSpec.amount), capped at 1.5
 *    times that and a second (then flagged as cut short).
 */
export async function warmThenLoad(
  base: LoadBase,
  warmupSec: number,
  durationSec: number,
  between: () => Promise<void>,
  rateHint?: number,
): Promise<LoadResult> {
  const warm = warmupSec > 0 ? await runLoad({ ...base, durationSec: warmupSec }) : undefined;
  await between();
  const rate = warm?.responsesPerSec ?? rateHint;
  if (rate === undefined) return runLoad({ ...base, durationSec });
  const amount = Math.max(base.connections * 2, Math.round(rate * durationSec));
  return runLoad({ ...base, durationSec: durationSec * 1.5 + 1, amount });
}
