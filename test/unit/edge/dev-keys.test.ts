import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { createJwtAuthenticator, ensureDevKeyPair, signAccessToken } from '../../../services/edge';

describe('ensureDevKeyPair and signAccessToken', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'edge-keys-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('generates a pair on first use (private key 0600, nested dir created) and reads it back after', () => {
    const dir = join(root, 'nested', 'keys');
    const first = ensureDevKeyPair(dir);
    expect(first.privateKeyPem).toMatch(/BEGIN PRIVATE KEY/);
    expect(first.publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
    expect(first.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'jwt-private.pem')).mode & 0o777).toBe(0o600);
    }
    expect(ensureDevKeyPair(dir)).toEqual(first);
  });

  it('signs an RS256 at+jwt token that the authenticator accepts with the same PEM', async () => {
    const pair = ensureDevKeyPair(join(root, 'sign'));
    const token = signAccessToken({
      privateKeyPem: pair.privateKeyPem,
      kid: pair.kid,
      issuer: 'dev-idp',
      audience: 'frontdoor',
      subject: 'dev-user',
      scopes: ['catalog:read'],
      ttlSec: 120,
    });
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header).toMatchObject({ alg: 'RS256', typ: 'at+jwt', kid: pair.kid });
    expect(decoded?.payload).toMatchObject({ iss: 'dev-idp', aud: 'frontdoor', sub: 'dev-user' });

    const auth = createJwtAuthenticator({
      issuer: 'dev-idp',
      audience: 'frontdoor',
      publicKeyPem: pair.publicKeyPem,
    });
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).resolves.toEqual({
      kind: 'user',
      id: 'dev-user',
      scopes: ['catalog:read'],
      plan: 'default',
    });
  });

  it('defaults the token lifetime to one hour', () => {
    const pair = ensureDevKeyPair(join(root, 'ttl'));
    const token = signAccessToken({
      privateKeyPem: pair.privateKeyPem,
      issuer: 'i',
      audience: 'a',
      subject: 's',
    });
    const payload = jwt.decode(token) as { iat: number; exp: number };
    expect(payload.exp - payload.iat).toBe(3600);
  });
});
