import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { createRateLimiter, type RateLimiter } from '../../../services/edge';
import { startRedisServer, type RedisServer } from '../../support/redis';
import { generateTestKeyPair, mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const run = promisify(execFile);
const TSX = join(__dirname, '../../../node_modules/.bin/tsx');
const WORKER = join(__dirname, 'fixtures/rate-limit-worker.ts');
const HELLO = { query: '{ hello }' };

// Each test starts its own redis-server (tens of ms) so killing or freezing one cannot
// disturb another.
describe('shared rate limiting in Redis', () => {
  let started: RedisServer | undefined;
  const redisServer = (): RedisServer => {
    if (!started) throw new Error('redis-server did not start');
    return started;
  };
  const limiters: RateLimiter[] = [];
  const servers: TestServer[] = [];
  const sharedLimiter = async (points: number, redisTimeoutMs = 1000) => {
    const limiter = createRateLimiter({
      redis: { url: redisServer().url },
      keyPrefix: 'shared',
      points,
      durationSec: 60,
      redisTimeoutMs,
    });
    limiters.push(limiter);
    expect(await limiter.connected()).toBe(true);
    return limiter;
  };

  beforeEach(async () => {
    started = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await Promise.all(limiters.splice(0).map((l) => l.close()));
    await started?.stop();
    started = undefined;
  });

  it('shares one budget atomically between two edge servers with their own Redis clients', async () => {
    const keys = generateTestKeyPair();
    for (let i = 0; i < 2; i++) {
      servers.push(await startTestServer({ keys, rateLimiter: await sharedLimiter(20) }));
    }
    const token = mintToken({ keys, sub: 'shared-user' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => postGraphQL(servers[i % 2]?.url ?? '', token, HELLO)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    // One atomic counter: every allowed request saw a different remainder, 19 down to 0.
    const remaining = responses
      .filter((r) => r.status === 200)
      .map((r) => Number(/r=(\d+)/.exec(r.headers.get('ratelimit') ?? '')?.[1]));
    expect(new Set(remaining).size).toBe(20);
    expect(Math.min(...remaining)).toBe(0);
  });

  it('shares one budget with a separate Node process charging the same key', async () => {
    const limiter = await sharedLimiter(12);
    const local = await Promise.all(Array.from({ length: 5 }, () => limiter.consume('user:p', 1)));
    const { stdout } = await run(TSX, [WORKER, redisServer().url, 'user:p', '10', '12'], {
      timeout: 20_000,
    });
    expect(local.every((d) => d.allowed)).toBe(true);
    expect(JSON.parse(stdout)).toEqual({ allowed: 7 });
    expect(await limiter.consume('user:p', 1)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it('keeps serving under the in-memory insurance budget when Redis is killed, never a 5xx', async () => {
    const server = await startTestServer({ rateLimiter: await sharedLimiter(5, 200) });
    servers.push(server);
    const token = mintToken({ keys: server.keys, sub: 'outage' });
    expect((await postGraphQL(server.url, token, HELLO)).status).toBe(200);

    await redisServer().kill();
    const during = [];
    for (let i = 0; i < 7; i++) during.push(await postGraphQL(server.url, token, HELLO));

    // The insurance limiter has the same budget, counted in this process from the outage on.
    expect(during.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(during[0]?.headers.get('ratelimit-policy')).toBe('"default";q=5;w=60');
  });

  it('goes back to the shared Redis budget once Redis is back', async () => {
    const limiter = await sharedLimiter(50, 200);
    expect(await limiter.consume('user:r', 1)).toMatchObject({ allowed: true, remaining: 49 });
    const redis = redisServer();
    await redis.kill();
    expect(await limiter.consume('user:r', 1)).toMatchObject({ allowed: true, remaining: 49 });
    await redis.restart();

    const probe = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await probe.connect();
    try {
      // ioredis reconnects within its retry delay (≤ 2 s); then charges land in Redis again.
      await waitFor(async () => {
        await limiter.consume('user:r', 1);
        return (await probe.get('shared:default:user:r')) !== null;
      });
      await limiter.consume('user:r', 3);
      expect(Number(await probe.get('shared:default:user:r'))).toBeGreaterThanOrEqual(4);
    } finally {
      probe.disconnect();
    }
  });

  it('answers from memory within the timeout while Redis hangs on an open socket', async () => {
    const limiter = await sharedLimiter(10, 100);
    expect(await limiter.consume('user:s', 1)).toMatchObject({ allowed: true, remaining: 9 });
    const redis = redisServer();
    redis.pause();
    try {
      const started = Date.now();
      const decision = await limiter.consume('user:s', 1);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(decision).toMatchObject({ allowed: true, remaining: 9 });
    } finally {
      redis.resume();
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
