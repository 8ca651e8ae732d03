import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

const BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;

describe('web BFF authentication', () => {
  let stack: WebStack;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  const sign = (
    claims: object,
    key: jwt.Secret = stack.keys.privateKeyPem,
    options: jwt.SignOptions = {},
  ): string =>
    jwt.sign({ sub: 'u0001', exp: Math.floor(Date.now() / 1000) + 300, ...claims }, key, {
      algorithm: 'RS256',
      issuer: WEB_DEV_AUTH.issuer,
      audience: WEB_DEV_AUTH.audience,
      header: { alg: 'RS256', typ: 'at+jwt' },
      ...options,
    });

  const cases: Array<[string, () => Record<string, string>]> = [
    ['no authorization header', () => ({})],
    ['a token signed by another key', () => ({ authorization: `Bearer ${sign({}, otherKey)}` })],
    [
      'an expired token',
      () => ({ authorization: `Bearer ${sign({ exp: Math.floor(Date.now() / 1000) - 600 })}` }),
    ],
    [
      'a token for another audience',
      () => ({ authorization: `Bearer ${sign({}, undefined, { audience: 'frontdoor-mobile' })}` }),
    ],
    ['a malformed token', () => ({ authorization: 'Bearer not.a.jwt' })],
  ];

  it.each(cases)(
    'answers %s with 401 UNAUTHENTICATED before any backend is called',
    async (_name, headers) => {
      const { status, body } = await stack.post({ query: ORDER_HISTORY }, headers());
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
      expect(BACKENDS.map((name) => stack.backends[name].calls.count())).toEqual([0, 0, 0, 0, 0]);
    },
  );

  it('gives every authentication failure the same body', async () => {
    const bodies = await Promise.all(
      cases.map(
        async ([, headers]) => (await stack.post({ query: ORDER_HISTORY }, headers())).text,
      ),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('echoes the request id on a rejection', async () => {
    const { headers } = await stack.post({ query: ORDER_HISTORY }, { 'x-request-id': 'abc-123' });
    expect(headers.get('x-request-id')).toBe('abc-123');
  });
});
