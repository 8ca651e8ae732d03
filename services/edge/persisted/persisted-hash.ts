import type { HTTPGraphQLRequest } from '@apollo/server';
import type { RequestRecord } from '../observe/request-record';
import { resolvePersistedRequest } from './persisted-request';

/**
 * With a list (persisted mode), the request with its document filled in, and its hash noted
 * on the record once accepted; without one, the request unchanged. Throws as
 * resolvePersistedRequest does.
 */
export function applyPersisted(
  request: HTTPGraphQLRequest,
  byHash: ReadonlyMap<string, string> | undefined,
  record: RequestRecord,
): HTTPGraphQLRequest {
  if (!byHash) return request;
  const resolved = resolvePersistedRequest(request, byHash);
  record.persistedHash = persistedHashOf(request);
  return resolved;
}

/**
 * The `extensions.persistedQuery.sha256Hash` a request names, from a POST body or GET
 * parameters; undefined when absent or malformed. Read for logs and metric labels after
 * resolvePersistedRequest accepted the request, so the hash is one of the list's.
 */
export function persistedHashOf(request: HTTPGraphQLRequest): string | undefined {
  const extensions =
    request.method === 'GET'
      ? parse(new URLSearchParams(request.search).get('extensions'))
      : field(request.body, 'extensions');
  const hash = field(field(extensions, 'persistedQuery'), 'sha256Hash');
  return typeof hash === 'string' ? hash : undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
