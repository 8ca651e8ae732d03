import type Redis from 'ioredis';
import type pino from 'pino';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createClusterPlanLimiter } from './cluster-plan-limiter';
import { FitOnlyMemoryLimiter } from './fit-only-memory-limiter';
import { planKeyPrefix } from './plan-key-prefix';
import { openRedis, whenReady } from './redis-client';
import { createRedisPlanLimiter } from './redis-plan-limiter';
import { planName, validatePlans, type RatePlan, type RatePlans } from './rate-plans';

export interface RateDecision {
  allowed: boolean;
  /** The plan that applied (`default` for an unknown plan): the RateLimit-Policy name. */
  plan: string;
  /** Points in one window (the quota). */
  limit: number;
  /** Window length in seconds. */
  windowSec: number;
  /** Points left in the current window after this decision. */
  remaining: number;
  /** Seconds until the window resets. */
  resetSec: number;
}

export interface RateLimiterOptions {
  /** Points (cost units) per window of the `default` plan when `plans` is absent. Default: 600. */
  points?: number;
  /** Window of the `default` plan when `plans` is absent, in seconds. Default: 60. */
  durationSec?: number;
  /** Budgets by plan name (the principal's `plan`); must include `default`. Default: `{ default: { points, durationSec } }`. */
  plans?: RatePlans;
  /** Namespace of the keys (one per BFF: its processes share budgets). Default: 'edge'. */
  keyPrefix?: string;
  /**
   * Shared store: a URL (the limiter creates and closes its own ioredis client) or a client
   * you own (you close it; do not share it with another rate-limiter-flexible Redis limiter
   * using a different script: RLF registers its script under one command name per client).
   * Default: none, budgets are per process.
   */
  redis?: { url: string } | { client: Redis };
  /** A Redis call slower than this is answered from memory (RLF `timeoutMs`). Default: 50. */
  redisTimeoutMs?: number;
  /**
   * In a node:cluster worker without `redis`: keep the budgets in the cluster primary
   * (RateLimiterCluster), so all workers of the process share them; the primary must have
   * called registerClusterPlans with the same plans and keyPrefix before forking. With
   * `redis` it changes nothing (Redis is already shared). Default: false, budgets per process.
   */
  shareAcrossWorkers?: boolean;
  /** Receives Redis state changes. Default: none. */
  logger?: pino.Logger;
}

export interface RateLimiter {
  /** The `default` plan. */
  readonly policy: RatePlan;
  readonly plans: RatePlans;
  /** Charges `cost` (at least 1) to `key` under `plan` (default: `default`). Never throws for a store outage. */
  consume(key: string, cost: number, plan?: string): Promise<RateDecision>;
  /**
   * Resolves true once the shared store answers (at once without Redis), false if it has not
   * within `timeoutMs` (default 2000) or fails to connect. Meanwhile charges go to memory; a
   * BFF awaits this before listening so its first requests share the budget.
   */
  connected(timeoutMs?: number): Promise<boolean>;
  /** Closes the Redis client the limiter created (not one passed in). */
  close(): Promise<void>;
}

/**
 * A fixed-window budget of cost units per key and plan. Without Redis each process keeps its
 * own budgets, unless it is a cluster worker sharing them through the primary
 * (`shareAcrossWorkers`); with Redis every process of the BFF shares them atomically. A
 * shared store sits behind an in-memory insurance limiter of the same budget that answers
 * while the store is down or slow, so an outage loosens the limit to per-process instead of
 * failing requests. A rejection is a decision, not an exception, and charges nothing.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const plans = validatePlans(
    options.plans ?? {
      default: { points: options.points ?? 600, durationSec: options.durationSec ?? 60 },
    },
  );
  const timeoutMs = options.redisTimeoutMs ?? 50;
  const owned = options.redis && 'url' in options.redis;
  const client = options.redis && openRedis(options.redis, timeoutMs, options.logger);
  const store: PlanStore = client
    ? { kind: 'redis', client, timeoutMs }
    : { kind: options.shareAcrossWorkers ? 'cluster' : 'memory' };
  const limiters = planLimiters(plans, options.keyPrefix ?? 'edge', store);

  async function consume(key: string, cost: number, wanted?: string): Promise<RateDecision> {
    const name = planName(plans, wanted);
    const plan = plans[name] ?? plans.default;
    const limiter = limiters.get(name);
    if (!plan || !limiter) throw new Error('rate plans must include "default"');
    const charge = Math.max(1, Math.ceil(cost));
    try {
      return decide(name, plan, true, await limiter.consume(key, charge), 0);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // The rejected charge was not taken: what remains excludes it.
      return decide(name, plan, false, rejection, charge);
    }
  }

  return {
    policy: plans.default as RatePlan,
    plans,
    consume,
    connected: (waitMs = 2000) => (client ? whenReady(client, waitMs) : Promise.resolve(true)),
    async close() {
      if (owned && client) await client.quit().catch(() => client.disconnect());
    },
  };
}

/** Where the budgets live: this process, the cluster primary, or Redis. */
type PlanStore =
  { kind: 'memory' | 'cluster' } | { kind: 'redis'; client: Redis; timeoutMs: number };

/** One limiter per plan, keyed `${prefix}:${plan}:${key}`: plans never share a counter. */
function planLimiters(
  plans: RatePlans,
  prefix: string,
  store: PlanStore,
): ReadonlyMap<string, RateLimiterAbstract> {
  const limiters = new Map<string, RateLimiterAbstract>();
  for (const [name, plan] of Object.entries(plans)) {
    const keyPrefix = planKeyPrefix(prefix, name);
    const memory = new FitOnlyMemoryLimiter({
      points: plan.points,
      duration: plan.durationSec,
      keyPrefix,
    });
    limiters.set(name, planLimiter(store, plan, keyPrefix, memory));
  }
  return limiters;
}

function planLimiter(
  store: PlanStore,
  plan: RatePlan,
  keyPrefix: string,
  memory: FitOnlyMemoryLimiter,
): RateLimiterAbstract {
  switch (store.kind) {
    case 'redis':
      return createRedisPlanLimiter({
        client: store.client,
        timeoutMs: store.timeoutMs,
        plan,
        keyPrefix,
        insurance: memory,
      });
    case 'cluster':
      return createClusterPlanLimiter({ plan, keyPrefix, insurance: memory });
    case 'memory':
      return memory;
  }
}

function decide(
  plan: string,
  budget: RatePlan,
  allowed: boolean,
  res: RateLimiterRes,
  uncharged: number,
): RateDecision {
  return {
    allowed,
    plan,
    limit: budget.points,
    windowSec: budget.durationSec,
    remaining: Math.max(0, budget.points - (res.consumedPoints - uncharged)),
    resetSec: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
  };
}
