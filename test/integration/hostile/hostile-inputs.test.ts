import { generateKeyPairSync } from 'node:crypto';
import { request } from 'undici';
import jwt from 'jsonwebtoken';
import { callCounts } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';
import { startPartnerStack, type PartnerStack } from '../../support/partner-bff';
import { startWebStack, type WebStack } from '../../support/web-bff';
import type { SampleBackends } from '../../support/backends';

/**
 * Everything a client can send, however hostile, gets a clear answer before any backend is
 * touched. Each row: what is sent, to which BFF, the expected status and code, and the
 * check that the sample backends recorded zero calls. The BFFs run in production mode.
 */
type Bff = 'web' | 'mobile' | 'partner';
interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface Row {
  name: string;
  bff: Bff;
  send: () => Sent;
  status: number;
  code: string;
}

const json = (value: unknown): string => JSON.stringify(value);
const gql = (query: string, variables?: unknown): string => json({ query, variables });
const times = (n: number, text: string): string => Array.from({ length: n }, () => text).join(' ');

let web: WebStack;
let mobile: MobileStack;
let partner: PartnerStack;
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const webAuth = (): Record<string, string> => ({ authorization: `Bearer ${web.token()}` });
const mobileAuth = (): Record<string, string> => ({ authorization: `Bearer ${mobile.token()}` });
const partnerAuth = (): Record<string, string> => ({ 'x-api-key': partner.keys.valid });
const forged = (claims: object, key: jwt.Secret, algorithm: jwt.Algorithm): string =>
  jwt.sign(
    {
      sub: 'u0001',
      iss: 'https://auth.frontdoor.dev',
      aud: 'frontdoor-web',
      exp: Math.floor(Date.now() / 1000) + 300,
      ...claims,
    },
    key,
    {
      algorithm,
      header: { alg: algorithm, typ: 'at+jwt' },
    },
  );
const unsigned = (): string =>
  `${Buffer.from(json({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${Buffer.from(json({ sub: 'u0001', aud: 'frontdoor-web', iss: 'https://auth.frontdoor.dev', exp: 9999999999 })).toString('base64url')}.`;

const ROWS: Row[] = [
  // HTTP layer
  {
    name: 'a body over the limit (by Content-Length)',
    bff: 'web',
    send: () => ({ headers: webAuth(), body: gql(`{ me { id } } #${'x'.repeat(1_100_000)}`) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a body over the mobile limit',
    bff: 'mobile',
    send: () => ({ headers: mobileAuth(), body: json({ x: 'y'.repeat(300_000) }) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'text/plain content',
    bff: 'web',
    send: () => ({
      headers: { ...webAuth(), 'content-type': 'text/plain' },
      body: '{ me { id } }',
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'malformed JSON',
    bff: 'web',
    send: () => ({ headers: webAuth(), body: '{"query": "{ me { id } }"' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an operation batch',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: json([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a PUT',
    bff: 'partner',
    send: () => ({
      method: 'PUT',
      headers: partnerAuth(),
      body: gql('{ catalog { totalCount } }'),
    }),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  {
    name: 'a mutation over GET',
    bff: 'web',
    send: () => ({
      method: 'GET',
      path: `?query=${encodeURIComponent('mutation { placeOrder(input: { items: [{ productId: "p00001", quantity: 1 }] }) { order { id } } }')}`,
      headers: { ...webAuth(), 'apollo-require-preflight': 'true' },
    }),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  {
    name: 'an unknown path',
    bff: 'partner',
    send: () => ({ path: '/../../admin', headers: partnerAuth(), body: gql('{ __typename }') }),
    status: 404,
    code: 'ROUTE_NOT_FOUND',
  },
  {
    name: 'oversized headers',
    bff: 'mobile',
    send: () => ({
      headers: { ...mobileAuth(), 'x-padding': 'p'.repeat(20_000) },
      body: json(persisted('0'.repeat(64))),
    }),
    status: 431,
    code: 'HEADERS_TOO_LARGE',
  },
  // Identity
  {
    name: 'no token',
    bff: 'web',
    send: () => ({ body: gql('{ me { id } }') }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a token signed by another key',
    bff: 'web',
    send: () => ({
      headers: { authorization: `Bearer ${forged({}, otherKey, 'RS256')}` },
      body: gql('{ me { id } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an unsigned alg:none token',
    bff: 'web',
    send: () => ({
      headers: { authorization: `Bearer ${unsigned()}` },
      body: gql('{ me { id } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an HS256 token keyed with the public key',
    bff: 'web',
    send: () => ({
      headers: { authorization: `Bearer ${forged({}, web.keys.publicKeyPem, 'HS256')}` },
      body: gql('{ me { id } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an expired token',
    bff: 'web',
    send: () => ({
      headers: {
        authorization: `Bearer ${forged({ exp: 1_000_000 }, web.keys.privateKeyPem, 'RS256')}`,
      },
      body: gql('{ me { id } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a web token on mobile',
    bff: 'mobile',
    send: () => ({
      headers: { authorization: `Bearer ${mobile.token('u0001', 'frontdoor-web')}` },
      body: json(persisted(mobile.hashOf('HomeScreen'))),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'spoofed identity headers without a token',
    bff: 'web',
    send: () => ({
      headers: { 'x-user-id': 'u0001', 'x-principal-id': 'u0001', 'x-principal-kind': 'user' },
      body: gql('{ me { id } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an unknown API key',
    bff: 'partner',
    send: () => ({
      headers: { 'x-api-key': 'fd_live_guess' },
      body: gql('{ catalog { totalCount } }'),
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a JWT instead of an API key',
    bff: 'partner',
    send: () => ({ headers: webAuth(), body: gql('{ catalog { totalCount } }') }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  // GraphQL documents
  {
    name: 'a syntax error',
    bff: 'web',
    send: () => ({ headers: webAuth(), body: gql('{ me { id }') }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'too many tokens',
    bff: 'partner',
    send: () => ({
      headers: partnerAuth(),
      body: gql(`{ catalog { ${times(1200, '__typename')} } }`),
    }),
    status: 400,
    code: 'MAX_TOKENS_LIMIT',
  },
  {
    name: 'an unknown field, without suggestions',
    bff: 'web',
    send: () => ({ headers: webAuth(), body: gql('{ me { passwordHash } }') }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'introspection in production',
    bff: 'web',
    send: () => ({ headers: webAuth(), body: gql('{ __schema { types { name } } }') }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'too many aliases',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql(`{ me { ${Array.from({ length: 16 }, (_, i) => `a${i}: name`).join(' ')} } }`),
    }),
    status: 400,
    code: 'MAX_ALIASES_LIMIT',
  },
  {
    name: 'too many root fields',
    bff: 'partner',
    send: () => ({
      headers: partnerAuth(),
      body: gql(
        `{ ${Array.from({ length: 6 }, (_, i) => `c${i}: catalog(first: 1) { totalCount }`).join(' ')} }`,
      ),
    }),
    status: 400,
    code: 'MAX_ROOT_FIELDS_LIMIT',
  },
  {
    name: 'too many directives',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql(
        `{ me { ${Array.from({ length: 6 }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`,
      ),
    }),
    status: 400,
    code: 'MAX_DIRECTIVES_LIMIT',
  },
  {
    name: 'a query over the cost ceiling',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql(
        '{ me { orders(first: 100) { items { product { reviews(first: 20) { author { name } } } } } } }',
      ),
    }),
    status: 400,
    code: 'COST_LIMIT_EXCEEDED',
  },
  {
    name: 'a page size above the cap',
    bff: 'partner',
    send: () => ({ headers: partnerAuth(), body: gql('{ catalog(first: 1000) { totalCount } }') }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a page size above the cap in a variable',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql('query($n: Int) { me { orders(first: $n) { id } } }', { n: 5000 }),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an ID that would traverse a backend path',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql('query($id: ID!) { product(id: $id) { id } }', { id: '../users/u0002' }),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a 100 kB search string',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql('query($q: String!) { searchProducts(query: $q) { totalCount } }', {
        q: 'x'.repeat(100_000),
      }),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable of the wrong type',
    bff: 'web',
    send: () => ({
      headers: webAuth(),
      body: gql('query($id: ID!) { product(id: $id) { id } }', { id: { $gt: '' } }),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a free-form document on mobile',
    bff: 'mobile',
    send: () => ({ headers: mobileAuth(), body: gql('{ homeScreen { greeting } }') }),
    status: 400,
    code: 'PERSISTED_QUERY_ID_REQUIRED',
  },
  {
    name: 'an unknown persisted hash',
    bff: 'mobile',
    send: () => ({ headers: mobileAuth(), body: json(persisted('b'.repeat(64))) }),
    status: 400,
    code: 'PERSISTED_QUERY_NOT_IN_LIST',
  },
];

const urlOf = (bff: Bff): string =>
  ({ web: web.bff.url, mobile: mobile.bff.url, partner: partner.bff.url })[bff];
const backendsOf = (bff: Bff): SampleBackends =>
  ({ web: web.backends, mobile: mobile.backends, partner: partner.backends })[bff];

jest.setTimeout(20_000);

describe('hostile and malformed inputs, on every BFF', () => {
  beforeAll(async () => {
    const production = { NODE_ENV: 'production' };
    [web, mobile, partner] = await Promise.all([
      startWebStack({ env: production }),
      startMobileStack({ env: production }),
      startPartnerStack({ env: production }),
    ]);
  });
  afterAll(() => Promise.all([web.stop(), mobile.stop(), partner.stop()]));

  it.each(ROWS.map((row) => [`${row.bff}: ${row.name}`, row] as const))(
    '%s is answered with its status and code, calling no backend',
    async (_label, row) => {
      const backends = backendsOf(row.bff);
      backends.clearCalls();
      const sent = row.send();
      const base = urlOf(row.bff);
      const target = sent.path?.startsWith('/')
        ? new URL(sent.path, base).toString()
        : base + (sent.path ?? '');
      const response = await request(target, {
        method: (sent.method ?? 'POST') as 'POST',
        headers: { 'content-type': 'application/json', ...sent.headers },
        body: sent.method === 'GET' ? undefined : sent.body,
      });
      const text = await response.body.text();
      expect(response.headers['content-type']).toMatch(/json/);
      const body = JSON.parse(text) as {
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      expect({ status: response.statusCode, code: body.errors?.[0]?.extensions?.code }).toEqual({
        status: row.status,
        code: row.code,
      });
      expect(text).not.toMatch(/Did you mean|stacktrace|127\.0\.0\.1:\d+|\n\s+at /);
      expect(callCounts(backends)).toEqual([0, 0, 0, 0, 0]);
    },
  );
});
