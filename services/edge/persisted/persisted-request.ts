import type { HTTPGraphQLRequest } from '@apollo/server';
import { AppError } from '../../shared';

export interface PersistedOperationsOptions {
  /** sha256 hex of each document's exact text → that text. Nothing else is executed. */
  byHash: ReadonlyMap<string, string>;
}

/** The fields of a GraphQL request this check reads, from a POST body or GET parameters. */
interface RequestFields {
  query: unknown;
  extensions: unknown;
}

/**
 * Persisted operations only (Apollo wire format, `extensions.persistedQuery` version 1):
 * a request naming a known `sha256Hash` gets its document text filled in, and the
 * `persistedQuery` extension removed (Apollo's APQ stays off); anything else is refused.
 * Resolving the text before Apollo lets its document cache parse and validate each known
 * document once. Throws AppError:
 * - a `query` document, with or without a hash, or no hash at all → PERSISTED_QUERY_ID_REQUIRED;
 * - a hash not in the list → PERSISTED_QUERY_NOT_IN_LIST;
 * - a malformed extension (not an object, version ≠ 1, hash not a string) → BAD_REQUEST.
 */
export function resolvePersistedRequest(
  request: HTTPGraphQLRequest,
  byHash: ReadonlyMap<string, string>,
): HTTPGraphQLRequest {
  if (request.method === 'GET') return resolveGet(request, byHash);
  const body = request.body as Record<string, unknown>;
  const { text, extensions } = lookUp({ query: body.query, extensions: body.extensions }, byHash);
  const { extensions: _dropped, ...rest } = body;
  return { ...request, body: { ...rest, query: text, ...(extensions ? { extensions } : {}) } };
}

function resolveGet(request: HTTPGraphQLRequest, byHash: ReadonlyMap<string, string>) {
  const params = new URLSearchParams(request.search);
  const encoded = params.getAll('extensions');
  if (encoded.length > 1) throw new AppError('BAD_REQUEST');
  const { text, extensions } = lookUp(
    { query: params.get('query') ?? undefined, extensions: parseJson(encoded[0]) },
    byHash,
  );
  params.set('query', text);
  if (extensions) params.set('extensions', JSON.stringify(extensions));
  else params.delete('extensions');
  return { ...request, search: `?${params.toString()}` };
}

function lookUp(fields: RequestFields, byHash: ReadonlyMap<string, string>) {
  if (fields.query !== undefined && fields.query !== null && fields.query !== '') {
    throw new AppError('PERSISTED_QUERY_ID_REQUIRED');
  }
  const extensions = fields.extensions ?? {};
  if (!isRecord(extensions)) throw new AppError('BAD_REQUEST');
  const { persistedQuery, ...others } = extensions;
  if (persistedQuery === undefined) throw new AppError('PERSISTED_QUERY_ID_REQUIRED');
  if (!isRecord(persistedQuery) || persistedQuery.version !== 1) throw new AppError('BAD_REQUEST');
  const hash = persistedQuery.sha256Hash;
  if (typeof hash !== 'string') throw new AppError('BAD_REQUEST');
  const text = byHash.get(hash);
  if (text === undefined) throw new AppError('PERSISTED_QUERY_NOT_IN_LIST');
  return { text, extensions: Object.keys(others).length > 0 ? others : undefined };
}

function parseJson(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
