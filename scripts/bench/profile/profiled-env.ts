/**
 * Load shedding off under a profiler, and only there: the profiler's own overhead lengthens
 * event-loop delay past the 200 ms threshold, and a profile of requests answered 503 in a
 * microsecond says nothing about the hot path. Every other protection stays on.
 */
export const PROFILED_ENV: Readonly<Record<string, string>> = { LOAD_SHEDDING: 'false' };
