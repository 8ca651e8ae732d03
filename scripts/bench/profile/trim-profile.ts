import type { CpuProfile } from './cpu-profile';

/**
 * Drops the samples of the first `skipMs` of a profile: `--cpu-prof` starts with the
 * process, and start-up (module loading, compiling) and warm-up are not the hot path.
 */
export function trimProfile(profile: CpuProfile, skipMs: number): CpuProfile {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const skipUs = skipMs * 1000;
  let elapsed = 0;
  let first = 0;
  while (first < samples.length && elapsed + (deltas[first] ?? 0) < skipUs) {
    elapsed += deltas[first] ?? 0;
    first += 1;
  }
  return {
    ...profile,
    startTime: profile.startTime + elapsed,
    samples: samples.slice(first),
    timeDeltas: [0, ...deltas.slice(first + 1)],
  };
}
