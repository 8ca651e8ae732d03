import { setTimeout as sleep } from 'node:timers/promises';
import { createRestJson } from '../floor/rest-json';
import { percentiles } from '../load/percentile';

/**
 * What this machine charges for backend calls at the run's latency, measured on the same
 * backends the scenarios use. The "two parallel waves plus 3 ms" counts a call as
 * exactly its latency; `twoCallsP50Ms` is what two waves cost here before any aggregation.
 */
export interface WaveBound {
  readonly latencyMs: number;
  readonly samples: number;
  /** p50 of one call of the cheapest kind: GET one user by id, a few hundred bytes of JSON. */
  readonly oneCallP50Ms: number;
  /**
   * p50 of two such calls one after the other: the least any request made of two sequential
   * waves can take, with no fan-out, no decoding of real pages and no GraphQL.
   */
  readonly twoCallsP50Ms: number;
  /** p50 of `setTimeout(latencyMs)` in the load generator; undefined at 0 ms. */
  readonly timerP50Ms: number | undefined;
}

const HEADERS = {
  'x-request-id': 'bench-wave-bound',
  'x-principal-kind': 'user',
  'x-principal-id': 'u0001',
  'x-principal-scopes': '',
};
const WARM_UP_PAIRS = 10;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times `samples` pairs of sequential calls to the users backend at `usersUrl`, back to back
 * as a 1-connection load test sends requests, then `samples` timers of `latencyMs`.
 */
export async function measureWaveBound(
  usersUrl: string,
  latencyMs: number,
  samples: number,
): Promise<WaveBound> {
  const users = createRestJson(usersUrl, 5_000);
  const call = () => users.get('/users?ids=u0001', HEADERS);
  try {
    for (let i = 0; i < WARM_UP_PAIRS; i++) await call().then(call);
    const single: number[] = [];
    const pairs: number[] = [];
    for (let i = 0; i < samples; i++) {
      const first = await timed(call);
      const second = await timed(call);
      single.push(first, second);
      pairs.push(first + second);
    }
    const timers: number[] = [];
    for (let i = 0; latencyMs > 0 && i < samples; i++) {
      timers.push(await timed(() => sleep(latencyMs)));
    }
    const [oneCallP50Ms = NaN] = percentiles(single, [50]);
    const [twoCallsP50Ms = NaN] = percentiles(pairs, [50]);
    const timerP50Ms = latencyMs > 0 ? percentiles(timers, [50])[0] : undefined;
    return { latencyMs, samples, oneCallP50Ms, twoCallsP50Ms, timerP50Ms };
  } finally {
    await users.close();
  }
}
