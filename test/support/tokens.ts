// Test helpers for JWTs, shared across the project: key pairs generated at test start, valid
// access tokens, and the broken variants an authenticator must refuse (RFC 8725 cases).
// Tokens are assembled by hand (not with jsonwebtoken) so every header field is under control.
import {
  createHmac,
  generateKeyPairSync,
  sign,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { jwkThumbprint } from '../../services/edge';

export type TestAlg = 'RS256' | 'ES256';

export interface TestKeyPair {
  alg: TestAlg;
  kid: string;
  privateKey: KeyObject;
  privateKeyPem: string;
  publicKeyPem: string;
  /** Public JWK with kid, alg and use, ready for a JWKS document. */
  jwk: JsonWebKey;
}

export const TEST_ISSUER = 'frontdoor-test-idp';
export const TEST_AUDIENCE = 'frontdoor-test';

/** A fresh RSA-2048 (RS256) or P-256 (ES256) pair; kid defaults to the RFC 7638 thumbprint. */
export function generateTestKeyPair(alg: TestAlg = 'RS256', kid?: string): TestKeyPair {
  const { privateKey, publicKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const id = kid ?? jwkThumbprint(publicKey);
  return {
    alg,
    kid: id,
    privateKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwk: { ...publicKey.export({ format: 'jwk' }), kid: id, alg, use: 'sig' },
  };
}

/** A JWKS document (RFC 7517 §5) publishing the given keys. */
export function jwksOf(...pairs: TestKeyPair[]): { keys: JsonWebKey[] } {
  return { keys: pairs.map((pair) => pair.jwk) };
}

export interface MintOptions {
  keys: TestKeyPair;
  iss?: string;
  aud?: string;
  sub?: string;
  scope?: string;
  ttlSec?: number;
  /** Header overrides; a value of undefined removes the field. */
  header?: Record<string, unknown>;
  /** Claim overrides; a value of undefined removes the claim. */
  claims?: Record<string, unknown>;
  /** Sign with this key instead of `keys` (the header still names `keys`). */
  signWith?: TestKeyPair;
  /** The shared secret of an HS256/384/512 header. Default: the public key PEM (a confusion attack). */
  hmacSecret?: string;
}

/** A valid access token unless overrides break it. */
export function mintToken(options: MintOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const header = defined({
    alg: options.keys.alg,
    typ: 'at+jwt',
    kid: options.keys.kid,
    ...options.header,
  });
  const claims = defined({
    iss: options.iss ?? TEST_ISSUER,
    aud: options.aud ?? TEST_AUDIENCE,
    sub: options.sub ?? 'user-1',
    scope: options.scope ?? 'catalog:read orders:read',
    iat: now,
    exp: now + (options.ttlSec ?? 600),
    ...options.claims,
  });
  const input = `${encode(header)}.${encode(claims)}`;
  const keys = options.signWith ?? options.keys;
  return `${input}.${signature(String(header.alg), input, keys, options.hmacSecret)}`;
}

const HMAC_HASHES: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

function signature(alg: string, input: string, keys: TestKeyPair, hmacSecret?: string): string {
  const data = Buffer.from(input);
  if (alg === 'none') return '';
  const hmacHash = HMAC_HASHES[alg];
  if (hmacHash) {
    return createHmac(hmacHash, hmacSecret ?? keys.publicKeyPem)
      .update(data)
      .digest('base64url');
  }
  if (alg === 'ES256') {
    return sign('sha256', data, { key: keys.privateKey, dsaEncoding: 'ieee-p1363' }).toString(
      'base64url',
    );
  }
  return sign('sha256', data, keys.privateKey).toString('base64url');
}

/**
 * Tokens an authenticator configured for `keys` (issuer TEST_ISSUER, audience TEST_AUDIENCE,
 * max lifetime ≤ 1 day) must refuse, by name.
 */
export function brokenTokens(keys: TestKeyPair, otherKeys: TestKeyPair): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  return {
    expired: mintToken({ keys, claims: { iat: now - 7200, exp: now - 3600 } }),
    'no exp': mintToken({ keys, claims: { exp: undefined } }),
    'forged signature (another key)': mintToken({ keys, signWith: otherKeys }),
    'wrong iss': mintToken({ keys, iss: 'someone-else' }),
    'wrong aud': mintToken({ keys, aud: 'another-api' }),
    'alg none': mintToken({ keys, header: { alg: 'none' } }),
    'HS256 with the public key as secret': mintToken({ keys, header: { alg: 'HS256' } }),
    'lifetime too long': mintToken({ keys, claims: { exp: now + 2 * 86_400 } }),
    'crit header': mintToken({ keys, header: { crit: ['exp'] } }),
    'unknown kid': mintToken({ keys, header: { kid: 'no-such-kid' } }),
    'typ of an id token': mintToken({ keys, header: { typ: 'id_token+jwt' } }),
    'no typ': mintToken({ keys, header: { typ: undefined } }),
    'not yet valid': mintToken({ keys, claims: { nbf: now + 3600 } }),
    'malformed sub': mintToken({ keys, sub: '../admin' }),
    'no sub': mintToken({ keys, claims: { sub: undefined } }),
    'tampered payload': tamper(mintToken({ keys })),
  };
}

/** Keeps header and signature but swaps the payload for one naming another subject. */
function tamper(token: string): string {
  const [header, payload, sig] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
  return `${header}.${encode({ ...claims, sub: 'admin' })}.${sig}`;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
