import { generateKeyPairSync } from 'node:crypto';
import pino from 'pino';
import { signAccessToken } from '../../services/edge';
import { loadWebConfig, WEB_DEV_AUTH } from '../../services/bff-web/config';
import { startWebBff, type RunningWebBff } from '../../services/bff-web/server';
import { startSampleBackends, type SampleBackends } from './backends';

export interface WebStack {
  readonly backends: SampleBackends;
  readonly bff: RunningWebBff;
  readonly keys: { privateKeyPem: string; publicKeyPem: string };
  /** A valid access token for the web BFF. */
  token(subject?: string): string;
  /** POSTs a GraphQL request; returns status, headers and the parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** POSTs with a valid token for u0001 (or `subject`). */
  query(
    query: string,
    variables?: Record<string, unknown>,
    subject?: string,
  ): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

/** Real backends and a real web BFF on 127.0.0.1:0, trusting a key pair made for this run. */
export async function startWebStack(
  options: {
    backends?: Parameters<typeof startSampleBackends>[0];
    env?: Record<string, string>;
  } = {},
): Promise<WebStack> {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const backends = await startSampleBackends(options.backends);
  const config = loadWebConfig({
    NODE_ENV: 'test',
    PORT: '0',
    ADMIN_PORT: '0',
    JWT_ISSUER: WEB_DEV_AUTH.issuer,
    JWT_AUDIENCE: WEB_DEV_AUTH.audience,
    JWT_PUBLIC_KEY: keys.publicKey,
    USERS_URL: backends.urls.users,
    ORDERS_URL: backends.urls.orders,
    CATALOG_ADDR: backends.addresses.catalog,
    INVENTORY_ADDR: backends.addresses.inventory,
    REVIEWS_ADDR: backends.addresses.reviews,
    ...options.env,
  });
  const bff = await startWebBff(config, { logger: pino({ level: 'silent' }) });
  const token = (subject = 'u0001'): string =>
    signAccessToken({ ...WEB_DEV_AUTH, privateKeyPem: keys.privateKey, subject });
  const post = async (
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse> => {
    const response = await fetch(bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  };
  return {
    backends,
    bff,
    keys: { privateKeyPem: keys.privateKey, publicKeyPem: keys.publicKey },
    token,
    post,
    query: (query, variables, subject) =>
      post({ query, variables }, { authorization: `Bearer ${token(subject)}` }),
    async stop() {
      await bff.stop();
      await backends.stop();
    },
  };
}

/** The two queries the web frontend ships, exactly as written in the foundation issue. */
export const ORDER_HISTORY = `query OrderHistory {
  me { id name orders(first: 20) { id status total { amount currency }
    items { quantity product { id name price { amount currency } inStock rating } } } }
}`;

export const PRODUCT_PAGE = `query ProductPage($id: ID!) {
  product(id: $id) { id name description price { amount currency } inStock rating
    reviews(first: 5) { rating text author { name } } }
}`;

/** Reads one sample of a Prometheus counter from the admin /metrics text. */
export async function metricValue(
  adminUrl: string,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}
