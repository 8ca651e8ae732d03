import autocannon from 'autocannon';
import { percentiles } from './percentile';
import { createResponseTally } from './response-tally';

export interface LoadRequest {
  readonly method: 'POST' | 'GET';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface LoadSpec {
  /** Origin, e.g. http://127.0.0.1:4000; each request carries its path. */
  readonly origin: string;
  readonly connections: number;
  /** How long to load; with `amount`, the most it may take before it is cut short. */
  readonly durationSec: number;
  /**
   * Send exactly this many requests and wait for every answer, so no request is cut off
   * mid-flight (its backend calls and CPU would count, its response would not).
   */
  readonly amount?: number;
  /** Rotated through by every connection, in order. */
  readonly requests: readonly LoadRequest[];
  /** False for a 2xx body that is still a failure (a GraphQL `errors` entry). */
  readonly verifyBody: (body: string) => boolean;
}

export interface LoadResult {
  /** Every response, failed ones included. */
  readonly responses: number;
  /** From the first request to the last response. */
  readonly durationSec: number;
  /** Every response per second: what sizes the next `amount`. */
  readonly responsesPerSec: number;
  /** Successful responses per second: the throughput reported. */
  readonly reqPerSec: number;
  /** Latencies of successful responses, in milliseconds, for merging slices. */
  readonly okLatencies: readonly number[];
  /** Latency percentiles of successful responses (a fast 503 is not a fast answer). */
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  /** True when an `amount` run hit `durationSec` and was stopped with requests in flight. */
  readonly cutShort: boolean;
  /** The first failed response, status and start of body, to say what went wrong. */
  readonly firstFailure?: string;
  /** Socket errors and timeouts, non-2xx statuses, 2xx bodies that fail `verifyBody`. */
  readonly failures: { errors: number; timeouts: number; non2xx: number; badBodies: number };
}

/**
 * Drives one closed-loop load with autocannon, in this process. Latencies are taken from
 * autocannon's per-response event (sub-millisecond, every response) rather than its
 * millisecond histogram, so a 2 ms p50 is not rounded away.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const tally = createResponseTally(spec.verifyBody);
  const startedAt = performance.now();
  let lastAt = startedAt;
  const instance = autocannon({
    url: spec.origin,
    connections: spec.connections,
    ...(spec.amount === undefined ? { duration: spec.durationSec } : { amount: spec.amount }),
    timeout: 10,
    requests: spec.requests.map((request) => ({
      ...request,
      headers: { ...request.headers },
      onResponse: (status: number, body: string) => tally.body(status, body),
    })),
  });
  instance.on('response', (_client, _status, _bytes, ms) => {
    tally.latency(ms);
    lastAt = performance.now();
  });
  let cutShort = false;
  const cap = setTimeout(() => {
    cutShort = true;
    instance.stop();
  }, spec.durationSec * 1000);
  const result = await instance;
  clearTimeout(cap);
  // Not autocannon's duration: it ends on its next 1 s tick, after the last answer.
  const durationSec = (lastAt - startedAt) / 1000;
  const perSec = (count: number) => (durationSec > 0 ? count / durationSec : 0);
  const [p50Ms = NaN, p90Ms = NaN, p99Ms = NaN] = percentiles(tally.okLatencies, [50, 90, 99]);
  return {
    responses: tally.responses,
    durationSec,
    responsesPerSec: perSec(tally.responses),
    reqPerSec: perSec(tally.okLatencies.length),
    okLatencies: tally.okLatencies,
    p50Ms,
    p90Ms,
    p99Ms,
    cutShort: cutShort && spec.amount !== undefined,
    ...(tally.firstFailure === undefined ? {} : { firstFailure: tally.firstFailure }),
    failures: {
      errors: result.errors - result.timeouts,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      badBodies: tally.badBodies,
    },
  };
}
