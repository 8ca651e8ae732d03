import type pino from 'pino';
import { fetchJwks } from './jwks-fetch';
import { selectKey, type KeySet, type KeySource } from './key-set';

export interface JwksKeySourceOptions {
  url: string;
  /** Minimum seconds between two fetches, whatever triggers them. Default: 30. */
  cooldownSec?: number;
  /** Age in seconds after which the set is refreshed on next use. Default: 600. */
  maxAgeSec?: number;
  /** Timeout of one fetch. Default: 2000 ms. */
  timeoutMs?: number;
  /** Clock in epoch ms. Default: Date.now. */
  now?: () => number;
  /** Receives a warning when a fetch fails. Default: none. */
  logger?: pino.Logger;
}

/**
 * Keys from an IdP's JWKS, cached. An unknown kid (key rotation) triggers a refresh at most
 * once per cooldown, so forged kids cannot make us hammer the IdP; when the IdP is down the
 * last good set stays in use.
 */
export function createJwksKeySource(options: JwksKeySourceOptions): KeySource {
  const cooldownMs = (options.cooldownSec ?? 30) * 1000;
  const maxAgeMs = (options.maxAgeSec ?? 600) * 1000;
  const now = options.now ?? Date.now;
  let keys: KeySet | undefined;
  let fetchedAt = -Infinity;
  let attemptedAt = -Infinity;
  let inFlight: Promise<void> | undefined;

  function refresh(): Promise<void> {
    if (inFlight) return inFlight;
    if (now() - attemptedAt < cooldownMs) return Promise.resolve();
    attemptedAt = now();
    inFlight = fetchJwks(options.url, options.timeoutMs ?? 2000)
      .then((fresh) => {
        keys = fresh;
        fetchedAt = now();
      })
      .catch((error: unknown) => {
        // Keep the last good set: the IdP being down must not log every user out.
        options.logger?.warn({ err: error }, 'JWKS refresh failed; keeping the last good key set');
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  async function find(kid: string | undefined, alg: string) {
    if (!keys || now() - fetchedAt > maxAgeMs) await refresh();
    const found = keys && selectKey(keys, kid, alg);
    if (found || kid === undefined || keys?.has(kid)) return found;
    await refresh();
    return keys && selectKey(keys, kid, alg);
  }

  return { find };
}
