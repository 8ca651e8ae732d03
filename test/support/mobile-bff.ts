import { generateKeyPairSync } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { signAccessToken } from '../../services/edge';
import { loadMobileConfig, MOBILE_DEV_AUTH } from '../../services/bff-mobile/config';
import { loadPersistedOperations } from '../../services/bff-mobile/persisted-operations';
import { startMobileBff, type RunningMobileBff } from '../../services/bff-mobile/server';
import { startSampleBackends, type SampleBackends } from './backends';
import { TEST_BFF_ENV, backendEnv } from './graphql-http';

export interface MobileStack {
  readonly backends: SampleBackends;
  readonly bff: RunningMobileBff;
  readonly keys: { privateKeyPem: string; publicKeyPem: string };
  /** A valid token for the mobile audience (or another one, to test rejection). */
  token(subject?: string, audience?: string): string;
  /** The hash of a persisted operation, by operation name (e.g. 'HomeScreen'). */
  hashOf(operationName: string): string;
  stop(): Promise<void>;
}

/** Real backends and a real mobile BFF on 127.0.0.1:0, trusting a key pair made for this run. */
export async function startMobileStack(
  options: {
    env?: Record<string, string>;
    /** Where the BFF logs (the access lines). Default: silent. */
    logger?: Logger;
    /** Serve GraphiQL from this bundle, pre-filled with a token for u0001 (as main.ts does). */
    explorer?: { assetsDir: string };
  } = {},
): Promise<MobileStack> {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const backends = await startSampleBackends();
  const config = loadMobileConfig({
    ...TEST_BFF_ENV,
    JWT_ISSUER: MOBILE_DEV_AUTH.issuer,
    JWT_AUDIENCE: MOBILE_DEV_AUTH.audience,
    JWT_PUBLIC_KEY: keys.publicKey,
    ...backendEnv(backends),
    ...options.env,
  });
  const token = (subject = 'u0001', audience = MOBILE_DEV_AUTH.audience): string =>
    signAccessToken({
      issuer: MOBILE_DEV_AUTH.issuer,
      audience,
      privateKeyPem: keys.privateKey,
      subject,
    });
  const explorer = options.explorer && {
    assetsDir: options.explorer.assetsDir,
    headers: () => ({ authorization: `Bearer ${token()}` }),
  };
  const bff = await startMobileBff(config, {
    logger: options.logger ?? pino({ level: 'silent' }),
    explorer,
  });
  const operations = loadPersistedOperations(config.persistedOperationsFile);
  return {
    backends,
    bff,
    keys: { privateKeyPem: keys.privateKey, publicKeyPem: keys.publicKey },
    token,
    hashOf(operationName) {
      for (const [hash, text] of operations)
        if (text.startsWith(`query ${operationName}`)) return hash;
      throw new Error(`no persisted operation ${operationName}`);
    },
    async stop() {
      await bff.stop();
      await backends.stop();
    },
  };
}

/** The Apollo persisted-query wire format: the hash instead of the document. */
export function persisted(
  hash: string,
  variables?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    ...(variables ? { variables } : {}),
  };
}
