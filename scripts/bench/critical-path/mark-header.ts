/** The header that asks the phase-marks preload to record a request (the warm-up sends none). */
export const MARK_HEADER = 'x-bench-critical-path';
