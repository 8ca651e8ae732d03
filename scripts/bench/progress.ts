import type { Measurement } from './measurement';

/** Progress goes to stderr, so stdout carries only the table (pipe-friendly). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Failures must be zero: say so loudly, where nobody can scroll past it. */
export function loud(line: string): void {
  process.stderr.write(`\n!!!!! ${line}\n\n`);
}

/** Above this share of the machine used by others, a row is flagged as disturbed. */
export const NOISY_PCT = 10;

export function describe(m: Measurement): string {
  const f = m.failures;
  return (
    `  L=${m.latencyMs}ms ${m.label} x${m.connections}: ${m.reqPerSec.toFixed(0)} req/s, ` +
    `p50 ${m.p50Ms.toFixed(1)} p99 ${m.p99Ms.toFixed(1)} ms, ${m.cpuMsPerReq.toFixed(2)} CPU ms/req, ` +
    `${m.callsPerReq.toFixed(1)} calls/req, failures ${m.failureCount}` +
    (m.cutShort ? ' (cut short at its time cap)' : '') +
    (m.otherCpuPct > NOISY_PCT
      ? `, OTHER PROCESSES USED ${m.otherCpuPct.toFixed(0)}% OF THE CPU`
      : '') +
    (m.failureCount > 0
      ? ` (errors ${f.errors}, timeouts ${f.timeouts}, non-2xx ${f.non2xx}, error bodies ${f.badBodies})`
      : '')
  );
}
