import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { jwkThumbprint } from './jwk-thumbprint';
import type { KeySet, VerificationKey } from './key-set';

// A JWKS is a few KiB; anything far larger is not one.
const MAX_JWKS_BYTES = 256 * 1024;

/**
 * Fetches and parses a JWKS (RFC 7517 §5). Redirects are refused and the body is capped:
 * the IdP address is configuration, never something a response may change.
 */
export async function fetchJwks(url: string, timeoutMs: number): Promise<KeySet> {
  const response = await fetch(url, {
    redirect: 'error',
    headers: { accept: 'application/jwk-set+json, application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`JWKS answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_JWKS_BYTES) throw new Error('JWKS too large');
  const text = await response.text();
  if (text.length > MAX_JWKS_BYTES) throw new Error('JWKS too large');
  return parseJwks(JSON.parse(text) as unknown);
}

/** Keeps the usable signature keys; a key this process cannot use is skipped, not fatal. */
export function parseJwks(document: unknown): KeySet {
  const jwks = isRecord(document) && Array.isArray(document.keys) ? document.keys : undefined;
  if (!jwks) throw new Error('JWKS has no keys array');
  const keys = new Map<string, VerificationKey>();
  for (const jwk of jwks) {
    const entry = toVerificationKey(jwk);
    if (entry) keys.set(entry.kid, entry);
  }
  return keys;
}

function toVerificationKey(jwk: unknown): VerificationKey | undefined {
  if (!isRecord(jwk) || (jwk.use !== undefined && jwk.use !== 'sig')) return undefined;
  if (jwk.kty === 'oct' || 'd' in jwk) return undefined; // never a secret or private key
  try {
    const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    const kid = typeof jwk.kid === 'string' ? jwk.kid : jwkThumbprint(key);
    return { kid, key, ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}) };
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
