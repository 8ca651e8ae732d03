import { isIP } from 'node:net';
import type { EnvReader } from '../../shared';
import type { AuthFailureLimitOptions } from '../client-address/auth-failure-throttle';
import type { CorsOptions } from '../http/cors';
import type { LoadSheddingOptions } from '../shedding/load-shedding';

/** HTTP hardening of one BFF; `server` spreads into createGraphQLServer's options. */
export interface HttpConfig {
  readonly server: {
    readonly headersTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly maxHeaderSizeBytes: number;
    readonly trustedProxies: readonly string[];
    readonly authFailureLimit: AuthFailureLimitOptions | false;
    readonly loadShedding: LoadSheddingOptions | undefined;
    readonly cors: CorsOptions | undefined;
  };
  /** How long SIGTERM's drain lets in-flight requests finish. */
  readonly drainGraceMs: number;
}

/**
 * HEADERS_TIMEOUT_MS (10000) · REQUEST_TIMEOUT_MS (30000) · MAX_HEADER_SIZE_BYTES (16384) ·
 * TRUSTED_PROXIES (comma-separated IPs/CIDRs; none) · AUTH_FAILURE_LIMIT (30; 0 turns it off)
 * per AUTH_FAILURE_WINDOW_SEC (60) · LOAD_SHEDDING (true) with LOAD_SHED_MAX_IN_FLIGHT (1000),
 * LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS (200), LOAD_SHED_RETRY_AFTER_SEC (2) · CORS_ORIGINS
 * (comma-separated exact origins; none) · DRAIN_GRACE_MS (20000, above every client's deadline).
 */
export function readHttpConfig(read: EnvReader): HttpConfig {
  const headersTimeoutMs = read.int('HEADERS_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 });
  const requestTimeoutMs = read.int('REQUEST_TIMEOUT_MS', 30_000, { min: 100, max: 600_000 });
  if (headersTimeoutMs > requestTimeoutMs) {
    read.problem('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS');
  }
  const failures = read.int('AUTH_FAILURE_LIMIT', 30, { min: 0, max: 100_000 });
  const windowSec = read.int('AUTH_FAILURE_WINDOW_SEC', 60, { min: 1, max: 86_400 });
  const origins = list(read.optionalString('CORS_ORIGINS'));
  for (const origin of origins.filter((o) => !/^https?:\/\/[^/*]+$/.test(o))) {
    read.problem(
      `CORS_ORIGINS entries must be exact scheme://host[:port] origins, got "${origin}"`,
    );
  }
  return {
    server: {
      headersTimeoutMs,
      requestTimeoutMs,
      maxHeaderSizeBytes: read.int('MAX_HEADER_SIZE_BYTES', 16_384, { min: 1024, max: 65_536 }),
      trustedProxies: readTrustedProxies(read),
      authFailureLimit: failures === 0 ? false : { failures, windowSec },
      loadShedding: readLoadShedding(read),
      cors: origins.length > 0 ? { origins } : undefined,
    },
    drainGraceMs: read.int('DRAIN_GRACE_MS', 20_000, { min: 0, max: 600_000 }),
  };
}

function readLoadShedding(read: EnvReader): LoadSheddingOptions | undefined {
  const maxInFlight = read.int('LOAD_SHED_MAX_IN_FLIGHT', 1000, { min: 1 });
  const maxEventLoopDelayMs = read.int('LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS', 200, { min: 0 });
  const retryAfterSec = read.int('LOAD_SHED_RETRY_AFTER_SEC', 2, { min: 1, max: 3600 });
  if (!read.boolean('LOAD_SHEDDING', true)) return undefined;
  return { maxInFlight, maxEventLoopDelayMs, retryAfterSec };
}

/** proxy-addr accepts IPs and CIDRs; anything else would throw at start, so say so here. */
function readTrustedProxies(read: EnvReader): string[] {
  const entries = list(read.optionalString('TRUSTED_PROXIES'));
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk) {
      read.problem(`TRUSTED_PROXIES entries must be IPs or CIDRs, got "${entry}"`);
    }
  }
  return entries;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
