import { BackendError } from '../common/backend-error';
import { isValidId } from '../common/ids';
import type { ValueReader } from '../common/principal';
import type { SampleData } from '../data/types';

/**
 * The buyer named by the x-principal-* headers the BFF derived from a verified identity.
 * Missing or malformed is 401 (nobody identified); an identity that is not a known user
 * (a partner, an unknown id) is 403.
 */
export function requireBuyer(read: ValueReader, data: SampleData): string {
  const kind = read('x-principal-kind');
  const id = read('x-principal-id');
  if (kind === undefined || id === undefined || !isValidId(id)) {
    throw new BackendError('UNAUTHENTICATED', 'x-principal-kind and x-principal-id are required.');
  }
  if (kind !== 'user' || !data.usersById.has(id)) {
    throw new BackendError('FORBIDDEN', 'Only a known user can place an order.');
  }
  return id;
}

/** Printable ASCII, as draft-ietf-httpapi-idempotency-key-header expects of the key. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The idempotency-key header, undefined when absent; INVALID_ARGUMENT when malformed. */
export function readIdempotencyKey(read: ValueReader): string | undefined {
  const key = read('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new BackendError(
      'INVALID_ARGUMENT',
      'idempotency-key must be 1..255 printable characters.',
    );
  }
  return key;
}
