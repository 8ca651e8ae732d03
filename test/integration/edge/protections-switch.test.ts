import { makeExecutableSchema } from '@graphql-tools/schema';
import pino from 'pino';
import {
  AUTHORIZATION_DIRECTIVES_SDL,
  createGraphQLServer,
  createJwtAuthenticator,
  createRateLimiter,
  type ContextInput,
  type EdgeServer,
} from '../../../services/edge';
import { generateTestKeyPair, mintToken, TEST_AUDIENCE, TEST_ISSUER } from '../../support/tokens';
import { postGraphQL } from './fixtures/test-server';

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// The parts of `protections` the web BFF's schema and config cannot show: authorization
// directives, load shedding and the auth-failure throttle, on the edge server itself, with
// the same options and the same requests for both modes.
describe('edge server with protections on versus off', () => {
  const keys = generateTestKeyPair();
  const servers: Partial<Record<'on' | 'off', { server: EdgeServer; url: string }>> = {};
  const gates: Array<() => void> = [];
  let waiting = 0;

  const schema = makeExecutableSchema({
    typeDefs: [
      AUTHORIZATION_DIRECTIVES_SDL,
      /* GraphQL */ `
        type Query {
          orders: [String!] @requiresScopes(scopes: [["orders:read"]])
          "Resolves once the test opens its gate."
          held: String
        }
      `,
    ],
    resolvers: {
      Query: {
        orders: () => ['o1'],
        held: () =>
          new Promise<string>((resolve) => {
            waiting++;
            gates.push(() => resolve('released'));
          }),
      },
    },
  });

  const urlOf = (mode: 'on' | 'off') => servers[mode]?.url ?? '';

  beforeAll(async () => {
    for (const mode of ['on', 'off'] as const) {
      const server = createGraphQLServer<ContextInput>({
        schema,
        path: '/graphql',
        client: 'test',
        authenticator: createJwtAuthenticator({
          issuer: TEST_ISSUER,
          audience: TEST_AUDIENCE,
          publicKeyPem: keys.publicKeyPem,
        }),
        rateLimiter: createRateLimiter({ points: 1000 }),
        createContext: (input) => ({ ...input }),
        logger: pino({ level: 'silent' }),
        loadShedding: { maxInFlight: 1, maxEventLoopDelayMs: 0 },
        authFailureLimit: { failures: 1, windowSec: 60 },
        // So each test can be its own client address (X-Forwarded-For).
        trustedProxies: ['127.0.0.1'],
        protections: mode,
      });
      const { url } = await server.listen({ host: '127.0.0.1', port: 0 });
      servers[mode] = { server, url };
    }
  });
  afterAll(async () => {
    for (const release of gates.splice(0)) release();
    await Promise.all(Object.values(servers).map((s) => s?.server.close()));
  });

  it('nulls a field the token lacks the scope for with protections on; off resolves it', async () => {
    const token = mintToken({ keys, scope: 'catalog:read' });
    const on = await postGraphQL(urlOf('on'), token, { query: '{ orders }' });
    expect(on.status).toBe(200);
    expect(on.body.data).toEqual({ orders: null });
    expect(on.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const off = await postGraphQL(urlOf('off'), token, { query: '{ orders }' });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ data: { orders: ['o1'] } });
  });

  it('sheds a request beyond maxInFlight with protections on; off admits it', async () => {
    const token = mintToken({ keys, ttlSec: 3600 });
    for (const mode of ['on', 'off'] as const) {
      waiting = 0;
      const first = postGraphQL(urlOf(mode), token, { query: '{ held }' });
      await waitFor(() => waiting >= 1);
      const second = postGraphQL(urlOf(mode), token, { query: '{ held }' });
      if (mode === 'on') {
        expect((await second).status).toBe(503);
      } else {
        // Admitted: its resolver runs while the first request is still held.
        await waitFor(() => waiting >= 2);
      }
      for (const release of gates.splice(0)) release();
      expect((await first).status).toBe(200);
      if (mode === 'off') expect((await second).body).toEqual({ data: { held: 'released' } });
    }
  });

  it('refuses an address past its failed authentications with protections on; off never does', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const statuses = async (mode: 'on' | 'off') => {
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        seen.push(
          (await postGraphQL(urlOf(mode), 'garbage', { query: '{ orders }' }, from)).status,
        );
      }
      return seen;
    };
    expect(await statuses('on')).toEqual([401, 429, 429]);
    expect(await statuses('off')).toEqual([401, 401, 401]);
  });

  it('sends no RateLimit header with protections off', async () => {
    const token = mintToken({ keys, scope: 'orders:read' });
    const on = await postGraphQL(urlOf('on'), token, { query: '{ orders }' });
    const off = await postGraphQL(urlOf('off'), token, { query: '{ orders }' });
    expect(on.headers.get('ratelimit')).toMatch(/^"default";r=\d+;t=\d+$/);
    expect(off.headers.get('ratelimit')).toBeNull();
  });
});
