import { BalancedPool, Pool } from 'undici';
import { unique } from '../chunk';

export interface RestPool {
  readonly dispatcher: Pool | BalancedPool;
  /** Path prefix every instance shares, without a trailing slash ('' for none). */
  readonly prefix: string;
}

/**
 * Keep-alive connections to one backend. `baseUrl` is one URL or a comma-separated list of
 * instances (`http://10.0.0.4:8080,http://10.0.0.5:8080`): several become an undici
 * BalancedPool, whose weighted round robin lowers an instance's weight on every connection
 * error, so a dead instance is soon skipped (and the retry of a refused GET goes elsewhere).
 */
export function createRestPool(baseUrl: string, connections: number): RestPool {
  const urls = baseUrl
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => new URL(part));
  const prefixes = unique(urls.map((url) => url.pathname.replace(/\/+$/, '')));
  const [prefix] = prefixes;
  if (prefix === undefined) throw new TypeError('baseUrl names no instance');
  if (prefixes.length > 1) throw new TypeError('every instance in baseUrl needs the same path');
  const origins = unique(urls.map((url) => url.origin));
  const dispatcher =
    origins.length === 1
      ? new Pool(origins[0] ?? '', { connections })
      : new BalancedPool(origins, { connections });
  return { dispatcher, prefix };
}
