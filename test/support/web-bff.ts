import { generateKeyPairSync } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { signAccessToken } from '../../services/edge';
import { loadWebConfig, WEB_DEV_AUTH } from '../../services/bff-web/config';
import { startWebBff, type RunningWebBff } from '../../services/bff-web/server';
import { startSampleBackends, type SampleBackends } from './backends';
import { TEST_BFF_ENV, backendEnv, postGraphQL, type GraphQLResponse } from './graphql-http';

export { metricValue, type GraphQLResponse } from './graphql-http';

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

/** Real backends and a real web BFF on 127.0.0.1:0, trusting a key pair made for this run. */
export async function startWebStack(
  options: {
    backends?: Parameters<typeof startSampleBackends>[0];
    env?: Record<string, string>;
    /** Where the BFF logs (the access lines). Default: silent. */
    logger?: Logger;
    /** Serve GraphiQL from this bundle, pre-filled with a token for u0001 (as main.ts does). */
    explorer?: { assetsDir: string };
  } = {},
): Promise<WebStack> {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const backends = await startSampleBackends(options.backends);
  const config = loadWebConfig({
    ...TEST_BFF_ENV,
    JWT_ISSUER: WEB_DEV_AUTH.issuer,
    JWT_AUDIENCE: WEB_DEV_AUTH.audience,
    JWT_PUBLIC_KEY: keys.publicKey,
    ...backendEnv(backends),
    ...options.env,
  });
  const token = (subject = 'u0001'): string =>
    signAccessToken({ ...WEB_DEV_AUTH, privateKeyPem: keys.privateKey, subject });
  const explorer = options.explorer && {
    assetsDir: options.explorer.assetsDir,
    headers: () => ({ authorization: `Bearer ${token()}` }),
  };
  const bff = await startWebBff(config, {
    logger: options.logger ?? pino({ level: 'silent' }),
    explorer,
  });
  const post = (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> =>
    postGraphQL(bff.url, body, headers);
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
