import { hashString } from '../data/prng';
import { BackendError } from './backend-error';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,128}$/;
const PAYLOAD = /^v1:(\d{1,9}):([0-9a-f]{8})$/;

const scopeHash = (scope: string): string => hashString(scope).toString(16).padStart(8, '0');

/**
 * An opaque page token: base64url of the next offset and a hash of the request it belongs
 * to. Clients must treat it as opaque (AIP-158); binding it to its query means a token
 * replayed with a different filter is rejected instead of silently skipping results.
 */
export function encodePageToken(offset: number, scope: string): string {
  return Buffer.from(`v1:${offset}:${scopeHash(scope)}`, 'utf8').toString('base64url');
}

/**
 * The offset a token stands for; 0 for the empty token (first page). Throws
 * INVALID_ARGUMENT for anything this server did not issue for the same `scope`.
 */
export function decodePageToken(token: string, scope: string): number {
  if (token === '') return 0;
  const invalid = new BackendError('INVALID_ARGUMENT', 'page_token is invalid.');
  if (!TOKEN_SHAPE.test(token)) throw invalid;
  const match = PAYLOAD.exec(Buffer.from(token, 'base64url').toString('utf8'));
  // Node's base64url decoder ignores stray bits; re-encoding rejects non-canonical tokens.
  if (!match || encodePageToken(Number(match[1]), scope) !== token) throw invalid;
  return Number(match[1]);
}

/**
 * Checks a page size: 0 means `defaultSize`, 1..max is taken as is, anything else is
 * INVALID_ARGUMENT.
 */
export function resolvePageSize(pageSize: number, defaultSize: number, max: number): number {
  if (pageSize === 0) return defaultSize;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > max) {
    throw new BackendError('INVALID_ARGUMENT', `page_size must be 0..${max}.`);
  }
  return pageSize;
}

/** One page of `items` from `offset`, with the token of the next page ('' on the last). */
export function paginate<T>(items: readonly T[], offset: number, size: number, scope: string) {
  const end = offset + size;
  return {
    page: items.slice(offset, end),
    nextPageToken: end < items.length ? encodePageToken(end, scope) : '',
  };
}
