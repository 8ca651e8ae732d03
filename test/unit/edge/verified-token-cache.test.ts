import jwt from 'jsonwebtoken';
import { createJwtAuthenticator, type Principal } from '../../../services/edge';
import { createVerifiedTokenCache } from '../../../services/edge/auth/verified-token-cache';
import { isAppError } from '../../../services/shared';
import { generateTestKeyPair, mintToken, TEST_AUDIENCE, TEST_ISSUER } from '../../support/tokens';

const principal = (id: string): Principal => ({ kind: 'user', id, scopes: [], plan: 'default' });
const T = 1_900_000_000; // a fixed "now", in seconds

describe('createVerifiedTokenCache', () => {
  it('serves a remembered token until min(exp, now + maxAgeSec), and not at that instant', () => {
    const cache = createVerifiedTokenCache({ maxAgeSec: 60 });
    cache.remember('long', principal('a'), T + 3600, T * 1000);
    cache.remember('short', principal('b'), T + 10, T * 1000);
    expect(cache.get('long', (T + 59) * 1000)?.id).toBe('a');
    expect(cache.get('long', (T + 60) * 1000)).toBeUndefined();
    expect(cache.get('short', (T + 10) * 1000 - 1)?.id).toBe('b');
    expect(cache.get('short', (T + 10) * 1000)).toBeUndefined();
  });

  it('does not keep a token whose exp has already passed', () => {
    const cache = createVerifiedTokenCache();
    cache.remember('stale', principal('a'), T - 1, T * 1000);
    expect(cache.get('stale', T * 1000)).toBeUndefined();
  });

  it('drops the least recently used token beyond maxEntries', () => {
    const cache = createVerifiedTokenCache({ maxEntries: 2 });
    const now = T * 1000;
    cache.remember('a', principal('a'), T + 600, now);
    cache.remember('b', principal('b'), T + 600, now);
    expect(cache.get('a', now)?.id).toBe('a'); // a is now the most recently used
    cache.remember('c', principal('c'), T + 600, now);
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('a', now)?.id).toBe('a');
    expect(cache.get('c', now)?.id).toBe('c');
  });

  it('hands out a frozen principal, shared by every request presenting the token', () => {
    const cache = createVerifiedTokenCache();
    cache.remember('a', principal('a'), T + 600, T * 1000);
    expect(Object.isFrozen(cache.get('a', T * 1000))).toBe(true);
  });
});

describe('createJwtAuthenticator with its verified-token cache', () => {
  const keys = generateTestKeyPair();
  const other = generateTestKeyPair();
  let nowSec = T;
  const authenticator = (options: { cache?: false; clockToleranceSec?: number } = {}) =>
    createJwtAuthenticator({
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
      now: () => nowSec * 1000,
      ...options,
    });
  const token = (sub: string, expSec: number, signWith = keys) =>
    mintToken({ keys, signWith, sub, claims: { iat: T, exp: expSec } });
  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
  const outcome = (promise: Promise<Principal>) =>
    promise.then(
      (p) => p.id,
      (error: unknown) => (isAppError(error) ? error.code : String(error)),
    );
  let verify: jest.SpyInstance;

  beforeEach(() => {
    nowSec = T;
    verify = jest.spyOn(jwt, 'verify');
  });
  afterEach(() => verify.mockRestore());

  it('verifies a token once and serves the same principal to its next requests', async () => {
    const auth = authenticator();
    const value = token('u1', T + 3600);
    const first = await auth.authenticate(bearer(value));
    const second = await auth.authenticate(bearer(value));
    expect(second).toEqual(first);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('never serves an expired token from the cache: past exp it is verified again and refused', async () => {
    const auth = authenticator({ clockToleranceSec: 0 });
    const value = token('u2', T + 10);
    expect(await outcome(auth.authenticate(bearer(value)))).toBe('u2');
    nowSec = T + 10;
    expect(await outcome(auth.authenticate(bearer(value)))).toBe('UNAUTHENTICATED');
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('keeps the clock tolerance for an expired token by verifying it, not by caching past exp', async () => {
    const auth = authenticator({ clockToleranceSec: 30 });
    const value = token('u3', T + 10);
    await auth.authenticate(bearer(value));
    nowSec = T + 20; // past exp, within tolerance: accepted, but only after a fresh verification
    expect(await outcome(auth.authenticate(bearer(value)))).toBe('u3');
    expect(verify).toHaveBeenCalledTimes(2);
    nowSec = T + 41; // past exp + tolerance
    expect(await outcome(auth.authenticate(bearer(value)))).toBe('UNAUTHENTICATED');
  });

  it('verifies a long-lived token again once it has been cached for 60 s', async () => {
    const auth = authenticator();
    const value = token('u4', T + 3600);
    await auth.authenticate(bearer(value));
    nowSec = T + 59;
    await auth.authenticate(bearer(value));
    expect(verify).toHaveBeenCalledTimes(1);
    nowSec = T + 60;
    await auth.authenticate(bearer(value));
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('does not cache a failure: a forged token is checked, and refused, every time', async () => {
    const auth = authenticator();
    const forged = token('u5', T + 3600, other);
    for (let i = 0; i < 2; i++) {
      expect(await outcome(auth.authenticate(bearer(forged)))).toBe('UNAUTHENTICATED');
    }
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('verifies every request with cache: false', async () => {
    const auth = authenticator({ cache: false });
    const value = token('u6', T + 3600);
    await auth.authenticate(bearer(value));
    await auth.authenticate(bearer(value));
    expect(verify).toHaveBeenCalledTimes(2);
  });
});
