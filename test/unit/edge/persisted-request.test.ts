import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { resolvePersistedRequest } from '../../../services/edge/persisted/persisted-request';

const TEXT = 'query Hello { hello }';
const HASH = 'a'.repeat(64);
const byHash = new Map([[HASH, TEXT]]);
const pq = (sha256Hash: unknown, version: unknown = 1) => ({
  persistedQuery: { version, sha256Hash },
});

const post = (body: Record<string, unknown>): HTTPGraphQLRequest => ({
  method: 'POST',
  headers: new HeaderMap(),
  search: '',
  body,
});
const get = (params: Record<string, string>): HTTPGraphQLRequest => ({
  method: 'GET',
  headers: new HeaderMap(),
  search: `?${new URLSearchParams(params).toString()}`,
  body: undefined,
});
const codeOf = (run: () => unknown): unknown => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
};

describe('resolvePersistedRequest', () => {
  it('fills in the document of a known hash in a POST body and drops the extension', () => {
    const resolved = resolvePersistedRequest(
      post({ extensions: pq(HASH), variables: { a: 1 }, operationName: 'Hello' }),
      byHash,
    );
    expect(resolved.body).toEqual({ query: TEXT, variables: { a: 1 }, operationName: 'Hello' });
  });

  it('keeps other extensions', () => {
    const resolved = resolvePersistedRequest(
      post({ extensions: { ...pq(HASH), trace: true } }),
      byHash,
    );
    expect(resolved.body).toEqual({ query: TEXT, extensions: { trace: true } });
  });

  it('fills in the document of a known hash in GET parameters', () => {
    const resolved = resolvePersistedRequest(
      get({ extensions: JSON.stringify(pq(HASH)), variables: '{"a":1}', operationName: 'Hello' }),
      byHash,
    );
    const params = new URLSearchParams(resolved.search);
    expect(params.get('query')).toBe(TEXT);
    expect(params.get('variables')).toBe('{"a":1}');
    expect(params.get('operationName')).toBe('Hello');
    expect(params.has('extensions')).toBe(false);
  });

  it.each<[string, HTTPGraphQLRequest, string]>([
    [
      'an unknown hash (POST)',
      post({ extensions: pq('b'.repeat(64)) }),
      'PERSISTED_QUERY_NOT_IN_LIST',
    ],
    [
      'an unknown hash (GET)',
      get({ extensions: JSON.stringify(pq('b'.repeat(64))) }),
      'PERSISTED_QUERY_NOT_IN_LIST',
    ],
    [
      'a hash in upper case',
      post({ extensions: pq(HASH.toUpperCase()) }),
      'PERSISTED_QUERY_NOT_IN_LIST',
    ],
    ['a free-form query', post({ query: TEXT }), 'PERSISTED_QUERY_ID_REQUIRED'],
    [
      'a query and a known hash',
      post({ query: '{ other }', extensions: pq(HASH) }),
      'PERSISTED_QUERY_ID_REQUIRED',
    ],
    ['a GET query', get({ query: TEXT }), 'PERSISTED_QUERY_ID_REQUIRED'],
    ['neither query nor hash', post({ variables: {} }), 'PERSISTED_QUERY_ID_REQUIRED'],
    [
      'extensions without persistedQuery',
      post({ extensions: { other: 1 } }),
      'PERSISTED_QUERY_ID_REQUIRED',
    ],
    ['version 2', post({ extensions: pq(HASH, 2) }), 'BAD_REQUEST'],
    ['a numeric hash', post({ extensions: pq(42) }), 'BAD_REQUEST'],
    ['extensions that are not an object', post({ extensions: 'x' }), 'BAD_REQUEST'],
    ['GET extensions that are not JSON', get({ extensions: '{' }), 'BAD_REQUEST'],
  ])('refuses %s', (_name, request, code) => {
    expect(codeOf(() => resolvePersistedRequest(request, byHash))).toBe(code);
  });

  it('refuses GET extensions given twice', () => {
    const request = get({});
    request.search = `?extensions=${encodeURIComponent(JSON.stringify(pq(HASH)))}&extensions=%7B%7D`;
    expect(codeOf(() => resolvePersistedRequest(request, byHash))).toBe('BAD_REQUEST');
  });
});
