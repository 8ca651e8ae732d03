import { createJwtAuthenticator, readJwtConfig, type JwtConfig } from '../../../services/edge';
import { ConfigError, createEnvReader } from '../../../services/shared';
import { generateTestKeyPair, mintToken, TEST_AUDIENCE, TEST_ISSUER } from '../../support/tokens';

const keys = generateTestKeyPair('RS256');
const base = { issuer: TEST_ISSUER, audience: TEST_AUDIENCE };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const SECRET_64 = 's'.repeat(64);

describe('createJwtAuthenticator with an HMAC secret', () => {
  const hs256 = createJwtAuthenticator({ ...base, secret: SECRET_64.slice(0, 32) });

  it('serves an HS256 token signed with the secret (HS256 is the default with a secret)', async () => {
    const token = mintToken({
      keys,
      header: { alg: 'HS256', kid: undefined },
      hmacSecret: SECRET_64.slice(0, 32),
    });
    await expect(hs256.authenticate(bearer(token))).resolves.toMatchObject({ id: 'user-1' });
  });

  it('refuses an HS256 token signed with another secret', async () => {
    const token = mintToken({
      keys,
      header: { alg: 'HS256', kid: undefined },
      hmacSecret: 'x'.repeat(32),
    });
    await expect(hs256.authenticate(bearer(token))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses an RS256 token when only HMAC is configured', async () => {
    await expect(hs256.authenticate(bearer(mintToken({ keys })))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('serves HS512 with a 64-byte secret', async () => {
    const hs512 = createJwtAuthenticator({ ...base, secret: SECRET_64, algorithms: ['HS512'] });
    const token = mintToken({
      keys,
      header: { alg: 'HS512', kid: undefined },
      hmacSecret: SECRET_64,
    });
    await expect(hs512.authenticate(bearer(token))).resolves.toBeDefined();
  });

  it.each<[string[], number]>([
    [['HS256'], 31],
    [['HS384'], 47],
    [['HS512'], 63],
    [['HS256', 'HS512'], 48],
  ])('throws at construction for %j with a %i-byte secret (RFC 7518 §3.2)', (algorithms, bytes) => {
    expect(() =>
      createJwtAuthenticator({ ...base, algorithms, secret: 'k'.repeat(bytes) }),
    ).toThrow(/HMAC secret is \d+ bytes/);
  });

  it('throws at construction when a secret is mixed with asymmetric algorithms', () => {
    expect(() =>
      createJwtAuthenticator({ ...base, secret: SECRET_64, algorithms: ['HS256', 'RS256'] }),
    ).toThrow(/HMAC/);
  });

  it('throws at construction with both a secret and a public key', () => {
    expect(() =>
      createJwtAuthenticator({ ...base, secret: SECRET_64, publicKeyPem: keys.publicKeyPem }),
    ).toThrow(/exactly one/);
  });
});

describe('createJwtAuthenticator lifetime and clock tolerance', () => {
  const now = Math.floor(Date.now() / 1000);

  it('refuses a token living longer than maxLifetimeSec', async () => {
    const auth = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      maxLifetimeSec: 300,
    });
    const token = mintToken({ keys, claims: { iat: now, exp: now + 301 } });
    await expect(auth.authenticate(bearer(token))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('accepts a token expired within clockToleranceSec, and refuses it with 0', async () => {
    const token = mintToken({ keys, claims: { iat: now - 60, exp: now - 10 } });
    const lenient = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      clockToleranceSec: 30,
    });
    const strict = createJwtAuthenticator({
      ...base,
      publicKeyPem: keys.publicKeyPem,
      clockToleranceSec: 0,
    });
    await expect(lenient.authenticate(bearer(token))).resolves.toBeDefined();
    await expect(strict.authenticate(bearer(token))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('readJwtConfig hardening variables', () => {
  const dev = { issuer: 'dev-iss', audience: 'dev-aud' };
  const read = (
    env: Record<string, string>,
    mode: 'production' | 'development' = 'production',
  ): JwtConfig => {
    const reader = createEnvReader(env);
    const config = readJwtConfig(reader, mode, dev);
    reader.finish();
    return config;
  };
  const problems = (env: Record<string, string>): string[] => {
    try {
      read(env);
      return [];
    } catch (error) {
      return error instanceof ConfigError ? [...error.problems] : [String(error)];
    }
  };
  const pem = { JWT_PUBLIC_KEY_FILE: '/k.pem', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' };

  it('leaves the policy undefined when unset, so the authenticator defaults apply', () => {
    expect(read(pem)).toEqual({ kind: 'pem', issuer: 'i', audience: 'a', publicKeyFile: '/k.pem' });
    const config = read(pem);
    expect([config.algorithms, config.maxLifetimeSec, config.clockToleranceSec]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads JWT_ALGORITHMS, JWT_MAX_LIFETIME_SEC and JWT_CLOCK_TOLERANCE_SEC', () => {
    const config = read({
      ...pem,
      JWT_ALGORITHMS: 'RS256, ES256',
      JWT_MAX_LIFETIME_SEC: '900',
      JWT_CLOCK_TOLERANCE_SEC: '5',
    });
    expect(config).toMatchObject({
      algorithms: ['RS256', 'ES256'],
      maxLifetimeSec: 900,
      clockToleranceSec: 5,
    });
  });

  it('refuses HMAC or none in JWT_ALGORITHMS for a public key', () => {
    expect(problems({ ...pem, JWT_ALGORITHMS: 'RS256,HS256,none' })).toEqual([
      'JWT_ALGORITHMS must list only RS*, PS*, ES* (asymmetric) for this key; refused: HS256, none',
    ]);
  });

  it('reads JWT_HMAC_SECRET as a key source of its own', () => {
    const env = {
      JWT_HMAC_SECRET: SECRET_64,
      JWT_ISSUER: 'i',
      JWT_AUDIENCE: 'a',
      JWT_ALGORITHMS: 'HS512',
    };
    expect(read(env)).toMatchObject({ kind: 'hmac', secret: SECRET_64, algorithms: ['HS512'] });
  });

  it('reports a JWT_HMAC_SECRET shorter than the hash output', () => {
    const env = { JWT_HMAC_SECRET: 'short', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' };
    expect(problems(env)).toEqual([
      'JWT_HMAC_SECRET is too short: HS256 need at least 32 bytes, got 5',
    ]);
    expect(problems({ ...env, JWT_HMAC_SECRET: 'x'.repeat(32), JWT_ALGORITHMS: 'HS384' })).toEqual([
      'JWT_HMAC_SECRET is too short: HS384 need at least 48 bytes, got 32',
    ]);
  });

  it('refuses a secret together with another key source, and RS256 with a secret', () => {
    expect(problems({ ...pem, JWT_HMAC_SECRET: SECRET_64 })).toContain(
      'set only one of JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE, JWT_JWKS_URL, JWT_HMAC_SECRET',
    );
    const env = {
      JWT_HMAC_SECRET: SECRET_64,
      JWT_ISSUER: 'i',
      JWT_AUDIENCE: 'a',
      JWT_ALGORITHMS: 'RS256',
    };
    expect(problems(env)[0]).toMatch(/^JWT_ALGORITHMS must list only HS256, HS384, HS512/);
  });

  it('reports out-of-range lifetimes and tolerances', () => {
    const found = problems({ ...pem, JWT_MAX_LIFETIME_SEC: '-1', JWT_CLOCK_TOLERANCE_SEC: '3600' });
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/JWT_MAX_LIFETIME_SEC.*\n.*JWT_CLOCK_TOLERANCE_SEC/);
  });

  it('names JWT_HMAC_SECRET among the production key sources', () => {
    expect(problems({})).toEqual([
      'JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL is required in production (or JWT_HMAC_SECRET)',
    ]);
  });
});
