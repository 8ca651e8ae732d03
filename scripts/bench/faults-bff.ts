// The real web BFF (services/bff-web/server.ts) for the fault benchmark, started in-process
// on 127.0.0.1:0 with the resilience options under test for every backend.
import { generateKeyPairSync } from 'node:crypto';
import pino from 'pino';
import { type Registry } from 'prom-client';
import { loadWebConfig, WEB_DEV_AUTH } from '../../services/bff-web/config';
import { startWebBff } from '../../services/bff-web/server';
import { signAccessToken } from '../../services/edge';
import { type ResilienceOptions } from '../../services/upstreams';

export interface BenchBackends {
  users: string;
  orders: string;
  catalog: string;
  inventory: string;
  reviews: string;
}

export interface BenchBff {
  url: string;
  token: string;
  registry: Registry;
  stop(): Promise<void>;
}

/** Starts the web BFF over `backends`, every backend with `resilience`. */
export async function startBenchBff(
  backends: BenchBackends,
  resilience: ResilienceOptions,
): Promise<BenchBff> {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const config = loadWebConfig({
    NODE_ENV: 'test',
    PORT: '0',
    ADMIN_PORT: '0',
    JWT_ISSUER: WEB_DEV_AUTH.issuer,
    JWT_AUDIENCE: WEB_DEV_AUTH.audience,
    JWT_PUBLIC_KEY: keys.publicKey,
    // The throttle would measure itself, not the backends: room for the whole run.
    RATE_LIMIT_POINTS: '100000000',
    USERS_URL: backends.users,
    ORDERS_URL: backends.orders,
    CATALOG_ADDR: backends.catalog,
    INVENTORY_ADDR: backends.inventory,
    REVIEWS_ADDR: backends.reviews,
  });
  const bff = await startWebBff(
    { ...config, upstreams: { ...config.upstreams, resilience } },
    { logger: pino({ level: 'silent' }) },
  );
  return {
    url: bff.url,
    token: signAccessToken({ ...WEB_DEV_AUTH, privateKeyPem: keys.privateKey, subject: 'u0001' }),
    registry: bff.registry,
    stop: () => bff.stop(),
  };
}
