import { createHash, timingSafeEqual } from 'node:crypto';
import type pino from 'pino';
import { AppError } from '../../shared';
import type { Authenticator, Principal } from '../principal';
import type { ApiKeyRecord } from './api-key-record';

export interface ApiKeyAuthenticatorOptions {
  /** The configured keys (hashes only). Validate them first with checkApiKeyRecords. */
  keys: readonly ApiKeyRecord[];
  /** Receives rejection reasons at debug level (never key material). Default: none. */
  logger?: pino.Logger;
}

/** The only place a key is read from: never the query string, which ends up in access logs. */
export const API_KEY_HEADER = 'x-api-key';
// Far above any real key; a larger value is not worth hashing.
const MAX_KEY_LENGTH = 512;

interface StoredKey {
  digest: Buffer;
  record: ApiKeyRecord;
  principal: Principal;
}

/**
 * Partner API keys (`x-api-key` header) → Principal { kind: 'partner', id: partnerId }.
 * The presented key is hashed with SHA-256 and compared with every configured hash by
 * crypto.timingSafeEqual, without stopping at a match, so timing tells nothing about which
 * bytes or which record matched. Missing, unknown and revoked keys are the same
 * AppError('UNAUTHENTICATED') a JWT failure is.
 */
export function createApiKeyAuthenticator(options: ApiKeyAuthenticatorOptions): Authenticator {
  const stored = options.keys.map(toStoredKey);

  function find(headers: Record<string, string | string[] | undefined>): Principal {
    const key = headers[API_KEY_HEADER];
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new Error('no single x-api-key header');
    }
    const digest = createHash('sha256').update(key, 'utf8').digest();
    let match: StoredKey | undefined;
    for (const candidate of stored) {
      // No early exit: every record costs the same whether or not it matched.
      if (timingSafeEqual(digest, candidate.digest) && !match) match = candidate;
    }
    if (!match) throw new Error('unknown api key');
    if (match.record.revoked) throw new Error(`revoked api key ${match.record.id}`);
    return match.principal;
  }

  return {
    challenge: `ApiKey header="${API_KEY_HEADER}"`,
    async authenticate(headers) {
      try {
        return find(headers);
      } catch (error) {
        options.logger?.debug({ reason: (error as Error).message }, 'api key rejected');
        throw new AppError('UNAUTHENTICATED', { cause: error });
      }
    },
  };
}

function toStoredKey(record: ApiKeyRecord): StoredKey {
  const digest = Buffer.from(record.sha256, 'hex');
  if (digest.length !== 32) throw new Error(`api key ${record.id}: sha256 is not 64 hex digits`);
  const principal: Principal = Object.freeze({
    kind: 'partner',
    id: record.partnerId,
    scopes: Object.freeze([...record.scopes]),
    plan: record.plan,
  });
  return { digest, record, principal };
}
