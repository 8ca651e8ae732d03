/** Sorts responses into successes (with their latency) and failures, as they arrive. */
export interface ResponseTally {
  /** Latencies of successful responses, in milliseconds. */
  readonly okLatencies: number[];
  responses: number;
  badBodies: number;
  /** Status and body excerpt of the first failure. */
  firstFailure?: string;
  /** Called with each response's status and body (before `latency` for the same response). */
  body(status: number, body: string): void;
  latency(ms: number): void;
}

const FAILURE_EXCERPT = 300;

/**
 * A success is a 2xx whose body passes `verify`. autocannon hands a response's body to the
 * request's onResponse and then emits its latency, synchronously and in that order, so the
 * verdict of the body is the verdict of the latency that follows.
 */
export function createResponseTally(verify: (body: string) => boolean): ResponseTally {
  let lastOk = false;
  const tally: ResponseTally = {
    okLatencies: [],
    responses: 0,
    badBodies: 0,
    body(status, body) {
      const is2xx = status >= 200 && status < 300;
      lastOk = is2xx && verify(body);
      if (lastOk) return;
      if (is2xx) tally.badBodies += 1;
      tally.firstFailure ??= `${status} ${body.slice(0, FAILURE_EXCERPT)}`;
    },
    latency(ms) {
      tally.responses += 1;
      if (lastOk) tally.okLatencies.push(ms);
      lastOk = false;
    },
  };
  return tally;
}
