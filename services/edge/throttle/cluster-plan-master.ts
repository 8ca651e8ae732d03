import { RateLimiterClusterMaster, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { FitOnlyMemoryLimiter } from './fit-only-memory-limiter';
import { planKeyPrefix } from './plan-key-prefix';
import type { RatePlans } from './rate-plans';

/** What RateLimiterClusterMaster keeps per keyPrefix (not in its type definitions). */
interface MasterTable {
  _rateLimiters?: Record<string, RateLimiterAbstract>;
}

/**
 * The primary's side of createClusterPlanLimiter: rate-limiter-flexible's
 * RateLimiterClusterMaster answers every worker's charges from one in-memory store. Create it
 * before forking: a worker's limiter announces itself once, at construction.
 *
 * The master would create a plain RateLimiterMemory for each keyPrefix a worker announces,
 * which keeps a rejected charge; registering a FitOnlyMemoryLimiter per plan first keeps the
 * edge's rule (a rejected operation is not charged) and makes it atomic across workers: the
 * master runs each charge, and its refund, on its own event loop. Its table is not public API,
 * hence the check: an upgrade that changes it stops the primary at start, loudly.
 */
export function registerClusterPlans(plans: RatePlans, keyPrefix: string): void {
  const master = new RateLimiterClusterMaster() as unknown as MasterTable;
  const table = master._rateLimiters;
  if (typeof table !== 'object' || table === null) {
    throw new Error(
      'rate-limiter-flexible: RateLimiterClusterMaster has no _rateLimiters table; check the cluster limiter after the upgrade',
    );
  }
  for (const [name, plan] of Object.entries(plans)) {
    const prefix = planKeyPrefix(keyPrefix, name);
    table[prefix] ??= new FitOnlyMemoryLimiter({
      points: plan.points,
      duration: plan.durationSec,
      keyPrefix: prefix,
    });
  }
}
