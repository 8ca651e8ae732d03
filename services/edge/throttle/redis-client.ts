import { once } from 'node:events';
import Redis from 'ioredis';
import type pino from 'pino';

/**
 * The ioredis client of the shared rate limiter, tuned to fail fast rather than queue:
 * no offline queue (a command while disconnected errors at once and the in-memory insurance
 * answers), a short connect timeout, a command timeout as a backstop for a Redis that stops
 * answering on an open socket, reconnects every ≤ 2 s so a restarted Redis is picked up, and a
 * short disconnect: a limiter's connection holds nothing worth waiting for.
 */
export function createRedisClient(url: string, timeoutMs: number): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 1000,
    commandTimeout: Math.max(100, timeoutMs * 4),
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    // Closing while reconnecting leaves a timer on the dead socket for this long.
    disconnectTimeout: 500,
  });
}

/**
 * Logs the store's state changes (not every reconnect attempt). The 'error' listener also
 * keeps ioredis from printing "Unhandled error event" to the console. Never logs the URL: it
 * may carry a password.
 */
export function watchRedis(client: Redis, logger: pino.Logger | undefined): void {
  let healthy = false;
  client.on('ready', () => {
    healthy = true;
    logger?.info('rate-limit store (Redis) ready: budgets are shared across processes');
  });
  client.on('error', (error: Error) => {
    if (!healthy) return;
    healthy = false;
    logger?.warn(
      { err: { message: error.message } },
      'rate-limit store (Redis) unavailable: each process enforces its budget in memory',
    );
  });
  client.on('close', () => {
    if (!healthy) return;
    healthy = false;
    logger?.warn('rate-limit store (Redis) connection closed: budgets fall back to memory');
  });
}

/** The limiter's client: created from a URL (owned) or the caller's, watched either way. */
export function openRedis(
  redis: { url: string } | { client: Redis },
  timeoutMs: number,
  logger: pino.Logger | undefined,
): Redis {
  const client = 'url' in redis ? createRedisClient(redis.url, timeoutMs) : redis.client;
  watchRedis(client, logger);
  return client;
}

/** True once the client is ready, false after `timeoutMs` or on a connection error. */
export async function whenReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return true;
  try {
    // events.once also rejects on 'error': a refused connection answers false at once.
    await once(client, 'ready', { signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}
