import { createJwtAuthenticator, type Authenticator } from '../../../services/edge';
import {
  generateTestKeyPair,
  jwksOf,
  mintToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
} from '../../support/tokens';
import { startJwksServer, type JwksServer } from './fixtures/jwks-server';
import { postGraphQL, startTestServer } from './fixtures/test-server';

const keyA = generateTestKeyPair('RS256', 'key-a');
const keyB = generateTestKeyPair('RS256', 'key-b');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('JWKS key source against a real IdP endpoint', () => {
  let idp: JwksServer;
  let clock: number;
  let authenticator: Authenticator;

  beforeAll(async () => {
    idp = await startJwksServer(jwksOf(keyA));
  });
  afterAll(() => idp.close());

  beforeEach(() => {
    Object.assign(idp, { calls: 0, down: false, document: jwksOf(keyA) });
    clock = Date.now();
    authenticator = createJwtAuthenticator({
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      jwksUrl: idp.url,
      jwksCooldownSec: 30,
      jwksMaxAgeSec: 600,
      now: () => clock,
    });
  });

  it('fetches the key set once and verifies tokens signed with a published key', async () => {
    await expect(
      authenticator.authenticate(bearer(mintToken({ keys: keyA }))),
    ).resolves.toMatchObject({ id: 'user-1' });
    await authenticator.authenticate(bearer(mintToken({ keys: keyA, sub: 'user-2' })));
    expect(idp.calls).toBe(1);
  });

  it('refreshes once on an unknown kid, so a rotated-in key is accepted', async () => {
    await authenticator.authenticate(bearer(mintToken({ keys: keyA })));
    clock += 31_000;
    idp.document = jwksOf(keyA, keyB);
    await expect(
      authenticator.authenticate(bearer(mintToken({ keys: keyB }))),
    ).resolves.toMatchObject({ id: 'user-1' });
    expect(idp.calls).toBe(2);
  });

  it('does not refetch for unknown kids within the cooldown, and refetches once after it', async () => {
    const unknown = mintToken({ keys: keyA, header: { kid: 'nope' } });
    await expect(authenticator.authenticate(bearer(unknown))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(idp.calls).toBe(1); // the first fetch; the unknown kid may not trigger a second one
    for (let i = 0; i < 5; i++) {
      await expect(authenticator.authenticate(bearer(unknown))).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
    expect(idp.calls).toBe(1);
    clock += 31_000;
    await expect(authenticator.authenticate(bearer(unknown))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(idp.calls).toBe(2);
  });

  it('keeps the last good key set when the IdP is down', async () => {
    await authenticator.authenticate(bearer(mintToken({ keys: keyA })));
    idp.down = true;
    clock += 601_000; // past max age and cooldown: a refresh is attempted and fails
    const token = mintToken({ keys: keyA, ttlSec: 3600 });
    await expect(authenticator.authenticate(bearer(token))).resolves.toMatchObject({
      id: 'user-1',
    });
    expect(idp.calls).toBe(2);
  });

  it('never fetches keys from a jku header, even one serving the signing key', async () => {
    const attacker = generateTestKeyPair('RS256', 'key-a');
    const evil = await startJwksServer(jwksOf(attacker));
    try {
      const token = mintToken({ keys: attacker, header: { jku: evil.url } });
      await expect(authenticator.authenticate(bearer(token))).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(evil.calls).toBe(0);
    } finally {
      await evil.close();
    }
  });

  it('serves a GraphQL request whose token verifies against the JWKS', async () => {
    const server = await startTestServer({ keys: keyA, authenticator });
    try {
      const res = await postGraphQL(server.url, mintToken({ keys: keyA }), { query: '{ hello }' });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ hello: 'world' });
    } finally {
      await server.close();
    }
  });
});
