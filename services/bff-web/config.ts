import { createEnvReader, deepFreeze, type Env } from '../shared';

/** Issuer and audience of the tokens `npm run token -- web` mints in development. */
export const WEB_DEV_AUTH = Object.freeze({
  issuer: 'https://auth.frontdoor.dev',
  audience: 'frontdoor-web',
});

export type WebAuthConfig =
  | { kind: 'dev'; issuer: string; audience: string }
  | { kind: 'pem'; issuer: string; audience: string; publicKeyPem?: string; publicKeyFile?: string }
  | { kind: 'jwks'; issuer: string; audience: string; jwksUrl: string };

export interface WebConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly adminHost: string;
  readonly adminPort: number;
  readonly logLevel: string;
  readonly auth: WebAuthConfig;
  readonly upstreams: {
    readonly usersUrl: string;
    readonly ordersUrl: string;
    readonly catalogAddress: string;
    readonly inventoryAddress: string;
    readonly reviewsAddress: string;
    readonly timeoutMs: number;
  };
  readonly limits: {
    readonly requestDeadlineMs: number;
    readonly bodyLimitBytes: number;
    readonly maxTokens: number;
  };
  readonly rateLimit: { readonly points: number; readonly durationSec: number };
  /** false runs DataLoader with `batch: false`: the naive baseline for benchmarks. */
  readonly batching: boolean;
}

/**
 * Reads and validates the web BFF's configuration from an environment map, listing every
 * problem at once. Development defaults make `npm start` work with no configuration;
 * production refuses to start without real key configuration.
 */
export function loadWebConfig(env: Env): WebConfig {
  const read = createEnvReader(env);
  const mode = read.oneOf(
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const config: WebConfig = {
    env: mode,
    host: read.string('HOST', '127.0.0.1'),
    port: read.int('PORT', 4000, { min: 0, max: 65535 }),
    adminHost: read.string('ADMIN_HOST', '127.0.0.1'),
    adminPort: read.int('ADMIN_PORT', 9400, { min: 0, max: 65535 }),
    logLevel: read.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    auth: readAuth(read, mode),
    upstreams: {
      usersUrl: read.url('USERS_URL', 'http://127.0.0.1:5001'),
      ordersUrl: read.url('ORDERS_URL', 'http://127.0.0.1:5002'),
      catalogAddress: read.string('CATALOG_ADDR', '127.0.0.1:50051'),
      inventoryAddress: read.string('INVENTORY_ADDR', '127.0.0.1:50052'),
      reviewsAddress: read.string('REVIEWS_ADDR', '127.0.0.1:50053'),
      timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', 2000, { min: 1, max: 60_000 }),
    },
    limits: {
      requestDeadlineMs: read.int('REQUEST_DEADLINE_MS', 10_000, { min: 1, max: 120_000 }),
      bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 1024 * 1024, {
        min: 1024,
        max: 10 * 1024 * 1024,
      }),
      maxTokens: read.int('MAX_TOKENS', 2000, { min: 100, max: 100_000 }),
    },
    rateLimit: {
      points: read.int('RATE_LIMIT_POINTS', 60_000, { min: 1 }),
      durationSec: read.int('RATE_LIMIT_WINDOW_SEC', 60, { min: 1, max: 86_400 }),
    },
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}

function readAuth(read: ReturnType<typeof createEnvReader>, mode: WebConfig['env']): WebAuthConfig {
  const issuer = read.optionalString('JWT_ISSUER');
  const audience = read.optionalString('JWT_AUDIENCE');
  const publicKeyPem = read.optionalString('JWT_PUBLIC_KEY');
  const publicKeyFile = read.optionalString('JWT_PUBLIC_KEY_FILE');
  const jwksUrl = read.optionalString('JWT_JWKS_URL');
  const sources = [publicKeyPem, publicKeyFile, jwksUrl].filter((s) => s !== undefined).length;
  if (sources > 1)
    read.problem('set only one of JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE, JWT_JWKS_URL');
  if (sources === 0) {
    if (mode === 'production') {
      read.problem('JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL is required in production');
    }
    return {
      kind: 'dev',
      issuer: issuer ?? WEB_DEV_AUTH.issuer,
      audience: audience ?? WEB_DEV_AUTH.audience,
    };
  }
  if (issuer === undefined) read.problem('JWT_ISSUER is required when a JWT key is configured');
  if (audience === undefined) read.problem('JWT_AUDIENCE is required when a JWT key is configured');
  const names = { issuer: issuer ?? '', audience: audience ?? '' };
  if (jwksUrl !== undefined) {
    if (!/^https?:\/\//.test(jwksUrl)) read.problem('JWT_JWKS_URL must be an http(s) URL');
    return { kind: 'jwks', ...names, jwksUrl };
  }
  return { kind: 'pem', ...names, publicKeyPem, publicKeyFile };
}
