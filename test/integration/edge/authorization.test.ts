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
import {
  generateTestKeyPair,
  mintToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestKeyPair,
} from '../../support/tokens';
import { postGraphQL } from './fixtures/test-server';

// The edge applies @authenticated / @requiresScopes to every BFF schema it serves: a BFF
// annotates its SDL and gets the checks with no code of its own.
describe('edge authorization directives over HTTP', () => {
  const calls = { orders: 0, profile: 0 };
  let server: EdgeServer;
  let url: string;
  let keys: TestKeyPair;

  beforeAll(async () => {
    keys = generateTestKeyPair();
    const schema = makeExecutableSchema({
      typeDefs: [
        AUTHORIZATION_DIRECTIVES_SDL,
        /* GraphQL */ `
          type Query {
            profile: String @authenticated
            orders: [String!] @requiresScopes(scopes: [["orders:read"], ["admin"]])
          }
        `,
      ],
      resolvers: {
        Query: {
          profile: () => (calls.profile++, 'me'),
          orders: () => (calls.orders++, ['o1']),
        },
      },
    });
    server = createGraphQLServer<ContextInput>({
      schema,
      path: '/graphql',
      client: 'test',
      authenticator: createJwtAuthenticator({
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
        publicKeyPem: keys.publicKeyPem,
      }),
      rateLimiter: createRateLimiter(),
      createContext: (input) => ({ ...input }),
      logger: pino({ level: 'silent' }),
    });
    ({ url } = await server.listen({ host: '127.0.0.1', port: 0 }));
  });
  afterAll(() => server.close());

  it('serves the fields the token scopes allow and nulls the rest with FORBIDDEN, HTTP 200', async () => {
    const token = mintToken({ keys, scope: 'catalog:read' });
    const res = await postGraphQL(url, token, { query: '{ profile orders }' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ profile: 'me', orders: null });
    expect(res.body.errors).toEqual([
      {
        message: 'Not allowed.',
        locations: [{ line: 1, column: 11 }],
        path: ['orders'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    expect(calls.orders).toBe(0);
  });

  it('runs the resolver for a token holding one of the allowed scope sets', async () => {
    const token = mintToken({ keys, scope: 'admin' });
    const res = await postGraphQL(url, token, { query: '{ orders }' });
    expect(res.body).toEqual({ data: { orders: ['o1'] } });
    expect(calls.orders).toBe(1);
  });
});
