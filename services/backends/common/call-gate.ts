import { setTimeout as sleep } from 'node:timers/promises';
import { injectedFailure } from './backend-error';
import type { CallRecord, CallRecorder } from './call-recorder';

export interface LatencyOptions {
  /** Added to every recorded call. */
  fixedMs: number;
  /** Up to this much more, uniformly. @default 0 */
  jitterMs?: number;
}

export interface CallGateOptions {
  recorder: CallRecorder;
  /** @default no added latency */
  latency?: LatencyOptions;
  /** Share of calls (0..1) answered with 503 / UNAVAILABLE. @default 0 */
  errorRate?: number;
  /**
   * Source of randomness for jitter and injected failures (not for data, which is seeded).
   * @default Math.random
   */
  random?: () => number;
}

/** The door every recorded call passes through: record it, delay it, maybe fail it. */
export interface CallGate {
  /** Resolves when the call may proceed; rejects with UNAVAILABLE when it is chosen to fail. */
  admit(call: Omit<CallRecord, 'at'>): Promise<void>;
}

function checkRange(name: string, value: number, max: number): void {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be a number in 0..${max}, got ${value}`);
  }
}

export function createCallGate(options: CallGateOptions): CallGate {
  const fixedMs = options.latency?.fixedMs ?? 0;
  const jitterMs = options.latency?.jitterMs ?? 0;
  const errorRate = options.errorRate ?? 0;
  const random = options.random ?? Math.random;
  checkRange('latency.fixedMs', fixedMs, 600_000);
  checkRange('latency.jitterMs', jitterMs, 600_000);
  checkRange('errorRate', errorRate, 1);
  return {
    async admit(call) {
      options.recorder.record(call);
      const delay = fixedMs + jitterMs * random();
      if (delay > 0) await sleep(delay);
      // Failing after the delay makes a failing backend as slow as a healthy one, as in life.
      if (errorRate > 0 && random() < errorRate) throw injectedFailure();
    },
  };
}
