import { createRateLimiter } from '../../../services/edge';
import { rateLimitHeaders } from '../../../services/edge/throttle/rate-limit-headers';

describe('createRateLimiter', () => {
  it('allows operations while the budget lasts and reports what remains', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    expect(await limiter.consume('user:a', 4)).toMatchObject({
      allowed: true,
      limit: 10,
      remaining: 6,
    });
    const second = await limiter.consume('user:a', 6);
    expect(second).toMatchObject({ allowed: true, remaining: 0 });
    expect(second.resetSec).toBeGreaterThan(0);
    expect(second.resetSec).toBeLessThanOrEqual(60);
  });

  it('rejects as a decision, not an exception, and does not charge the rejected cost', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    await limiter.consume('user:a', 8);
    expect(await limiter.consume('user:a', 5)).toMatchObject({ allowed: false, remaining: 2 });
    expect(await limiter.consume('user:a', 2)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('rejects a cost above the whole budget without charging it', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    expect(await limiter.consume('user:a', 11)).toEqual({
      allowed: false,
      limit: 10,
      remaining: 10,
      resetSec: 60,
    });
    expect(await limiter.consume('user:a', 10)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('keeps keys apart', async () => {
    const limiter = createRateLimiter({ points: 5 });
    await limiter.consume('user:a', 5);
    expect(await limiter.consume('user:b', 5)).toMatchObject({ allowed: true });
  });

  it('defaults to 600 points per 60 s and charges at least 1', async () => {
    const limiter = createRateLimiter();
    expect(limiter.policy).toEqual({ points: 600, durationSec: 60 });
    expect(await limiter.consume('user:a', 0)).toMatchObject({ remaining: 599 });
  });
});

describe('rateLimitHeaders', () => {
  it('writes the IETF RateLimit and RateLimit-Policy fields', () => {
    const headers = rateLimitHeaders(
      { allowed: true, limit: 600, remaining: 42, resetSec: 17 },
      60,
    );
    expect(headers).toEqual([
      ['ratelimit-policy', '"default";q=600;w=60'],
      ['ratelimit', '"default";r=42;t=17'],
    ]);
  });

  it('adds a Retry-After no earlier than the reset on a rejection', () => {
    const headers = rateLimitHeaders(
      { allowed: false, limit: 600, remaining: 0, resetSec: 17 },
      60,
    );
    expect(headers).toContainEqual(['retry-after', '17']);
  });
});
