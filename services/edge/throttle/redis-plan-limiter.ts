import type Redis from 'ioredis';
import {
  RateLimiterRedis,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RatePlan } from './rate-plans';

/**
 * rate-limiter-flexible's increment script, changed to charge only what fits: one Lua script
 * runs atomically in Redis, so every process sharing the key sees one budget and a rejected
 * operation is never charged (no refund round trip, no window in which a refund is pending).
 * KEYS[1] = key; ARGV = points to charge, window seconds, budget (RLF's argument order).
 */
export const CHARGE_IF_FITS_LUA = `
redis.call('set', KEYS[1], 0, 'EX', ARGV[2], 'NX')
local consumed = tonumber(redis.call('get', KEYS[1]))
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('expire', KEYS[1], ARGV[2])
  ttl = 1000 * ARGV[2]
end
local charge = tonumber(ARGV[1])
if charge > 0 and consumed + charge > tonumber(ARGV[3]) then
  return {consumed + charge, ttl}
end
return {redis.call('incrby', KEYS[1], charge), ttl}
`;

export interface RedisPlanLimiterOptions {
  client: Redis;
  plan: RatePlan;
  keyPrefix: string;
  /** A Redis call slower than this is answered by `insurance`. */
  timeoutMs: number;
  /** Same budget in process memory: serves while Redis is down or slow. */
  insurance: RateLimiterAbstract;
}

/**
 * One plan's budget in Redis (RateLimiterRedis), behind RLWrapperTimeouts so a slow Redis
 * costs at most `timeoutMs`; any Redis failure (refused, not ready, timed out) falls to the
 * in-memory insurance limiter of the same budget, never to an error. `rejectIfRedisNotReady`
 * skips the round trip while ioredis reconnects. Only the wrapper holds the insurance, so one
 * failed call is charged to memory once.
 */
export function createRedisPlanLimiter(options: RedisPlanLimiterOptions): RLWrapperTimeouts {
  const redis = new RateLimiterRedis({
    storeClient: options.client,
    points: options.plan.points,
    duration: options.plan.durationSec,
    keyPrefix: options.keyPrefix,
    customIncrTtlLuaScript: CHARGE_IF_FITS_LUA,
    rejectIfRedisNotReady: true,
  });
  return new RLWrapperTimeouts({
    limiter: redis,
    timeoutMs: options.timeoutMs,
    insuranceLimiter: options.insurance,
  });
}
