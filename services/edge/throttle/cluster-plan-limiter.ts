import {
  RateLimiterCluster,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RatePlan } from './rate-plans';

/**
 * How long a worker waits for the cluster primary to decide a charge before answering from
 * its own memory. The round trip is one IPC message each way (well under a millisecond); a
 * primary this late is stuck, and a request should not wait on it.
 */
export const CLUSTER_LIMITER_TIMEOUT_MS = 500;

export interface ClusterPlanLimiterOptions {
  plan: RatePlan;
  /** Must match the primary's registration (registerClusterPlans) for the charge-if-fits rule. */
  keyPrefix: string;
  /** Same budget in this worker's memory: answers when the primary does not in time. */
  insurance: RateLimiterAbstract;
  /** Default: CLUSTER_LIMITER_TIMEOUT_MS. */
  timeoutMs?: number;
}

/**
 * One plan's budget kept by the node:cluster primary (rate-limiter-flexible's
 * RateLimiterCluster, over the IPC channel every worker already has), so every worker of the
 * process charges one counter: WORKERS=N grants the quota once, not N times. It sits behind
 * RLWrapperTimeouts, as the Redis limiter does, so a primary that does not answer in time
 * costs a request at most `timeoutMs` and the charge goes to the worker's own memory.
 * Only for a cluster worker (it needs `process.send`).
 */
export function createClusterPlanLimiter(options: ClusterPlanLimiterOptions): RLWrapperTimeouts {
  const timeoutMs = options.timeoutMs ?? CLUSTER_LIMITER_TIMEOUT_MS;
  const shared = new RateLimiterCluster({
    points: options.plan.points,
    duration: options.plan.durationSec,
    keyPrefix: options.keyPrefix,
    timeoutMs,
  });
  return new RLWrapperTimeouts({
    limiter: shared,
    timeoutMs,
    insuranceLimiter: options.insurance,
  });
}
