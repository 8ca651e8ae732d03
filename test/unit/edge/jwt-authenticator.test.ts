import { createJwtAuthenticator, type Authenticator } from '../../../services/edge';
import {
  brokenTokens,
  generateTestKeyPair,
  mintToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
} from '../../support/tokens';

const keys = generateTestKeyPair('RS256');
const other = generateTestKeyPair('RS256');
const base = { issuer: TEST_ISSUER, audience: TEST_AUDIENCE };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('createJwtAuthenticator (PEM key)', () => {
  const auth: Authenticator = createJwtAuthenticator({ ...base, publicKeyPem: keys.publicKeyPem });

  it('returns a user principal with scopes from the space-separated scope claim', async () => {
    await expect(
      auth.authenticate(bearer(mintToken({ keys, sub: 'u_1', scope: 'a b  c' }))),
    ).resolves.toEqual({
      kind: 'user',
      id: 'u_1',
      scopes: ['a', 'b', 'c'],
      plan: 'default',
    });
  });

  it('reads scopes from an scp array', async () => {
    const token = mintToken({ keys, claims: { scope: undefined, scp: ['x', 'y', 3] } });
    await expect(auth.authenticate(bearer(token))).resolves.toMatchObject({ scopes: ['x', 'y'] });
  });

  it.each(['JWT', 'jwt', 'application/at+jwt', 'AT+JWT'])('accepts typ %s', async (typ) => {
    await expect(
      auth.authenticate(bearer(mintToken({ keys, header: { typ } }))),
    ).resolves.toBeDefined();
  });

  it('accepts a token without kid when the configured set holds one key', async () => {
    await expect(
      auth.authenticate(bearer(mintToken({ keys, header: { kid: undefined } }))),
    ).resolves.toBeDefined();
  });

  it('accepts the bearer scheme in any case', async () => {
    await expect(
      auth.authenticate({ authorization: `bEaReR ${mintToken({ keys })}` }),
    ).resolves.toBeDefined();
  });

  it('applies the configured kind to every principal', async () => {
    const partners = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      principalKind: 'partner',
    });
    await expect(partners.authenticate(bearer(mintToken({ keys })))).resolves.toMatchObject({
      kind: 'partner',
    });
  });

  it('applies the configured plan to every principal', async () => {
    const partnerPlan = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      plan: 'gold',
    });
    await expect(partnerPlan.authenticate(bearer(mintToken({ keys })))).resolves.toMatchObject({
      plan: 'gold',
    });
  });

  const broken = brokenTokens(keys, other);
  it.each(Object.keys(broken))('rejects %s with the one UNAUTHENTICATED error', async (name) => {
    const failure = await auth.authenticate(bearer(broken[name] ?? '')).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Authentication required.' });
  });

  it.each([
    ['no header', {}],
    ['two authorization headers', { authorization: [`Bearer ${mintToken({ keys })}`, 'Bearer x'] }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['a JWE-shaped token', { authorization: 'Bearer a.b.c.d.e' }],
    ['an oversized token', { authorization: `Bearer ${'a'.repeat(9000)}.b.c` }],
  ])('rejects %s', async (_name, headers) => {
    await expect(auth.authenticate(headers)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('rejects a lifetime over the cap even without iat', async () => {
    const capped = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      maxLifetimeSec: 300,
    });
    const token = mintToken({ keys, ttlSec: 3600, claims: { iat: undefined } });
    await expect(capped.authenticate(bearer(token))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('rejects an iat in the future beyond the clock tolerance', async () => {
    const token = mintToken({ keys, claims: { iat: Math.floor(Date.now() / 1000) + 120 } });
    await expect(auth.authenticate(bearer(token))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('tolerates a token that expired within the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = mintToken({ keys, claims: { iat: now - 100, exp: now - 10 } });
    await expect(auth.authenticate(bearer(token))).resolves.toBeDefined();
  });
});

describe('createJwtAuthenticator (configuration)', () => {
  it('requires a kid match when the PEM is given a kid', async () => {
    const auth = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      publicKeyKid: 'k1',
    });
    await expect(
      auth.authenticate(bearer(mintToken({ keys, header: { kid: 'k1' } }))),
    ).resolves.toBeDefined();
    await expect(auth.authenticate(bearer(mintToken({ keys })))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('throws at construction without a key source', () => {
    expect(() => createJwtAuthenticator(base)).toThrow(
      /exactly one of publicKeyPem, jwksUrl or secret/,
    );
  });

  it('throws at construction with both a PEM and a JWKS URL', () => {
    expect(() =>
      createJwtAuthenticator({
        ...base,
        publicKeyPem: keys.publicKeyPem,
        jwksUrl: 'http://127.0.0.1:1/jwks',
      }),
    ).toThrow(/exactly one/);
  });

  it.each([[['HS256']], [['none']], [[]]])(
    'throws at construction for algorithms %j',
    (algorithms) => {
      expect(() =>
        createJwtAuthenticator({ ...base, algorithms, publicKeyPem: keys.publicKeyPem }),
      ).toThrow(/asymmetric/);
    },
  );
});
