import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateDecision {
  allowed: boolean;
  /** Points in one window (the quota). */
  limit: number;
  /** Points left in the current window after this decision. */
  remaining: number;
  /** Seconds until the window resets. */
  resetSec: number;
}

export interface RateLimiterOptions {
  /** Points (cost units) per window. Default: 600. */
  points?: number;
  /** Window length in seconds. Default: 60. */
  durationSec?: number;
  /** Namespace of the keys. Default: 'edge'. */
  keyPrefix?: string;
}

export interface RateLimiter {
  /** Quota and window, for the RateLimit-Policy header. */
  readonly policy: { points: number; durationSec: number };
  consume(key: string, cost: number): Promise<RateDecision>;
}

/**
 * A fixed-window budget of cost units per key (in-process memory: one BFF instance). A
 * rejection is a decision, not an exception, and is refunded: the rejected operation did
 * no work, so it should not eat the budget of the next, cheaper one.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const points = options.points ?? 600;
  const durationSec = options.durationSec ?? 60;
  const limiter = new RateLimiterMemory({
    points,
    duration: durationSec,
    keyPrefix: options.keyPrefix ?? 'edge',
  });
  const decide = (allowed: boolean, res: RateLimiterRes | null): RateDecision => ({
    allowed,
    limit: points,
    remaining: res ? Math.max(0, points - res.consumedPoints) : points,
    resetSec: res ? Math.max(0, Math.ceil(res.msBeforeNext / 1000)) : durationSec,
  });

  async function consume(key: string, cost: number): Promise<RateDecision> {
    const charge = Math.max(1, Math.ceil(cost));
    // More than the whole budget can never pass: refuse without charging.
    if (charge > points) return decide(false, await limiter.get(key));
    try {
      return decide(true, await limiter.consume(key, charge));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return decide(false, await limiter.reward(key, charge));
    }
  }

  return { policy: { points, durationSec }, consume };
}
