import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * An in-process fixed-window limiter that charges an operation only if it fits: a rejected
 * charge is taken back at once, so the rejected operation (which did no work) does not eat
 * the budget of the next, cheaper one. The rejection still reports the would-be total, as the
 * Redis script does, so both stores read alike.
 */
export class FitOnlyMemoryLimiter extends RateLimiterMemory {
  override async consume(
    key: string | number,
    points = 1,
    options: Record<string, unknown> = {},
  ): Promise<RateLimiterRes> {
    try {
      return await super.consume(key, points, options);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) await super.reward(key, points, options);
      throw rejection;
    }
  }
}
