import { setTimeout as sleep } from 'node:timers/promises';
import { sumServedRequests, sumUpstreamCalls } from './upstream-calls';

/** What a service says it has done so far. */
export interface ServerCounters {
  /** Backend calls sent (health checks excluded). */
  readonly calls: number;
  /** Requests answered: the denominator of every per-request figure. */
  readonly requests: number;
}

/** A BFF's admin /metrics, or the floor's /calls. */
export async function readServerCounters(
  kind: 'bff' | 'floor',
  statsUrl: string,
): Promise<ServerCounters> {
  if (kind === 'floor') return (await (await fetch(`${statsUrl}/calls`)).json()) as ServerCounters;
  const text = await (await fetch(`${statsUrl}/metrics`)).text();
  return { calls: sumUpstreamCalls(text), requests: sumServedRequests(text) };
}

const SETTLE_POLL_MS = 100;
const SETTLE_MAX_MS = 5000;

/**
 * Counters once the service is idle: autocannon stops with requests still in flight, and
 * their CPU and calls must land on the same side of the sample as their responses.
 */
export async function settledCounters(
  read: () => Promise<ServerCounters>,
): Promise<ServerCounters> {
  const until = Date.now() + SETTLE_MAX_MS;
  let last = await read();
  while (Date.now() < until) {
    await sleep(SETTLE_POLL_MS);
    const next = await read();
    if (next.requests === last.requests && next.calls === last.calls) return next;
    last = next;
  }
  return last;
}
