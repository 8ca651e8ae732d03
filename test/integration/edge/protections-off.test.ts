import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { loadWebConfig, WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { startWebBff, type RunningWebBff } from '../../../services/bff-web/server';
import { signAccessToken } from '../../../services/edge';
import { startSampleBackends, type SampleBackends } from '../../support/backends';
import { captureLog, type CapturedLog } from '../../support/captured-log';
import {
  TEST_BFF_ENV,
  backendEnv,
  postGraphQL,
  type GraphQLResponse,
} from '../../support/graphql-http';
import { ORDER_HISTORY } from '../../support/web-bff';

// The protections benchmark compares the web BFF with protections on and off. Both must be
// what they claim: the same request, on the same backends and the same configuration, is
// refused by 'on' and served by 'off'.
const rsa = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

// Tight limits, identical for both BFFs: OrderHistory is 6 levels deep; the rate plan holds
// one 21-point request per minute.
const LIMITS_ENV = { MAX_DEPTH: '5', MAX_COST: '60', RATE_LIMIT_POINTS: '30' };
// Depth 3, cost over 60: only the cost ceiling refuses it.
const COSTLY = '{ me { orders(first: 100) { id } } }';
// Depth 3, cost 21: within every limit, charged 21 of the 30 points.
const SMALL = '{ me { id orders(first: 20) { id } } }';

describe('web BFF with protections on versus off', () => {
  const keys = rsa();
  const stranger = rsa();
  let backends: SampleBackends;
  const bffs: Record<'on' | 'off', { bff: RunningWebBff; log: CapturedLog }> = {} as never;

  const token = (subject: string, privateKey = keys.privateKey) =>
    signAccessToken({ ...WEB_DEV_AUTH, privateKeyPem: privateKey, subject });
  const send = (
    mode: 'on' | 'off',
    query: string,
    authorization: string | undefined,
  ): Promise<GraphQLResponse> =>
    postGraphQL(bffs[mode].bff.url, { query }, authorization ? { authorization } : {});

  beforeAll(async () => {
    backends = await startSampleBackends();
    const config = loadWebConfig({
      ...TEST_BFF_ENV,
      JWT_ISSUER: WEB_DEV_AUTH.issuer,
      JWT_AUDIENCE: WEB_DEV_AUTH.audience,
      JWT_PUBLIC_KEY: keys.publicKey,
      ...backendEnv(backends),
      ...LIMITS_ENV,
    });
    for (const mode of ['on', 'off'] as const) {
      const log = captureLog();
      // 'on' is whatever startWebBff does by default: what services/bff-web/main.ts gets.
      const options =
        mode === 'on' ? { logger: log.logger } : { logger: log.logger, protections: mode };
      bffs[mode] = { bff: await startWebBff(config, options), log };
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(bffs).map(({ bff }) => bff.stop()));
    await backends.stop();
  });

  it('refuses an operation deeper than MAX_DEPTH with protections on and executes it with them off', async () => {
    const on = await send('on', ORDER_HISTORY, `Bearer ${token('u0001')}`);
    expect(on.status).toBe(400);
    expect(on.body.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_DEPTH_LIMIT', limit: 5 });

    const off = await send('off', ORDER_HISTORY, `Bearer ${token('u0001')}`);
    expect(off.status).toBe(200);
    expect(off.body.errors).toBeUndefined();
    const me = off.body.data?.me as { id: string; orders: Array<{ items: unknown[] }> };
    expect(me.id).toBe('u0001');
    expect(me.orders.length).toBeGreaterThan(0);
  });

  it('refuses an operation over the cost ceiling with protections on and executes it with them off', async () => {
    const on = await send('on', COSTLY, `Bearer ${token('u0002')}`);
    expect(on.status).toBe(400);
    expect(on.body.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      limit: 60,
    });

    const off = await send('off', COSTLY, `Bearer ${token('u0002')}`);
    expect(off.status).toBe(200);
    expect(off.body.errors).toBeUndefined();
  });

  it('charges the rate plan and sends RateLimit headers with protections on: the second request is 429', async () => {
    const first = await send('on', SMALL, `Bearer ${token('u0003')}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit')).toMatch(/^"default";r=9;t=\d+$/);
    expect(first.headers.get('ratelimit-policy')).toBe('"default";q=30;w=60');

    const second = await send('on', SMALL, `Bearer ${token('u0003')}`);
    expect(second.status).toBe(429);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('never throttles and sends no RateLimit header with protections off', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await send('off', SMALL, `Bearer ${token('u0003')}`);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.headers.get('ratelimit')).toBeNull();
      expect(res.headers.get('ratelimit-policy')).toBeNull();
    }
  });

  it('verifies tokens with protections on; off reads the sub of a forged or expired token unverified', async () => {
    const now = Math.floor(Date.now() / 1000);
    const forged = token('u0004', stranger.privateKey);
    const expired = jwt.sign(
      {
        iss: WEB_DEV_AUTH.issuer,
        aud: WEB_DEV_AUTH.audience,
        sub: 'u0005',
        iat: now - 7200,
        exp: now - 3600,
      },
      keys.privateKey,
      { algorithm: 'RS256', header: { alg: 'RS256', typ: 'at+jwt' } },
    );
    for (const [credential, subject] of [
      [forged, 'u0004'],
      [expired, 'u0005'],
    ] as const) {
      expect((await send('on', '{ me { id } }', `Bearer ${credential}`)).status).toBe(401);
      const off = await send('off', '{ me { id } }', `Bearer ${credential}`);
      expect(off.status).toBe(200);
      expect(off.body.data).toEqual({ me: { id: subject } });
    }
  });

  it('still answers 401 without a bearer token, and 400 for a malformed body, with protections off', async () => {
    for (const mode of ['on', 'off'] as const) {
      expect((await send(mode, '{ me { id } }', undefined)).status).toBe(401);
      expect((await send(mode, '{ me { id } }', 'Bearer not-a-jwt')).status).toBe(401);
      const malformed = await postGraphQL(bffs[mode].bff.url, '{"query": ', {
        authorization: `Bearer ${token('u0001')}`,
      });
      expect(malformed.status).toBe(400);
    }
  });

  it('logs a warn line at start when protections are off, and none when they are on (the default)', () => {
    const warning = (log: CapturedLog) =>
      log.lines().filter((line) => line.level === 40 && line.protections === 'off');
    expect(warning(bffs.off.log)).toHaveLength(1);
    expect(String(warning(bffs.off.log)[0]?.msg)).toMatch(/^PROTECTIONS OFF: .*Benchmark only/);
    expect(warning(bffs.on.log)).toHaveLength(0);
  });
});
