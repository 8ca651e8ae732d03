import { createUnverifiedJwtAuthenticator } from '../../../services/edge/auth/unverified-jwt-authenticator';
import { isAppError } from '../../../services/shared';
import { generateTestKeyPair, mintToken } from '../../support/tokens';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function rejection(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
}

// Benchmark only (protections: 'off'): it must read the subject of ANY well-formed token,
// which is exactly why nothing but that switch may build it.
describe('createUnverifiedJwtAuthenticator', () => {
  const keys = generateTestKeyPair();
  const other = generateTestKeyPair();
  const authenticator = createUnverifiedJwtAuthenticator();

  it('reads sub and scope of a valid token into a user principal on the default plan', async () => {
    const token = mintToken({ keys, sub: 'u0007', scope: 'orders:read catalog:read' });
    await expect(authenticator.authenticate(bearer(token))).resolves.toEqual({
      kind: 'user',
      id: 'u0007',
      scopes: ['orders:read', 'catalog:read'],
      plan: 'default',
    });
  });

  it('verifies nothing: a forged, expired or foreign-audience token is read all the same', async () => {
    const now = Math.floor(Date.now() / 1000);
    const tokens = [
      mintToken({ keys, sub: 'u1', signWith: other }),
      mintToken({ keys, sub: 'u1', claims: { iat: now - 7200, exp: now - 3600 } }),
      mintToken({ keys, sub: 'u1', aud: 'another-api', iss: 'someone-else' }),
      mintToken({ keys, sub: 'u1', header: { alg: 'none' } }),
    ];
    for (const token of tokens) {
      expect((await authenticator.authenticate(bearer(token))).id).toBe('u1');
    }
  });

  it('answers UNAUTHENTICATED with no token, a non-JWT, no sub or a malformed sub', async () => {
    const cases = [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      bearer('not-a-jwt'),
      bearer(`${Buffer.from('{}').toString('base64url')}.bm90IGpzb24.sig`),
      bearer(mintToken({ keys, claims: { sub: undefined } })),
      bearer(mintToken({ keys, sub: '../admin' })),
    ];
    for (const headers of cases) {
      expect(await rejection(authenticator.authenticate(headers))).toBe('UNAUTHENTICATED');
    }
  });
});
