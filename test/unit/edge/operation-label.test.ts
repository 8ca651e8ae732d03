import { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { Socket } from 'node:net';
import { bffReadiness } from '../../../services/edge/runtime/readiness';
import { createOperationLabeler, outcomeOf } from '../../../services/edge/observe/operation-label';
import { ensureRecord, type RequestRecord } from '../../../services/edge/observe/request-record';
import { persistedHashOf } from '../../../services/edge/persisted/persisted-hash';

function record(fields: Partial<RequestRecord>): RequestRecord {
  return Object.assign(ensureRecord(new IncomingMessage(new Socket())), fields);
}

describe('operation labels', () => {
  it('keeps the names of resolved operations up to the cap, then says "other"', () => {
    const label = createOperationLabeler(2);
    expect(label(record({ resolved: true, operationName: 'A' }))).toBe('A');
    expect(label(record({ resolved: true, operationName: 'B' }))).toBe('B');
    expect(label(record({ resolved: true, operationName: 'C' }))).toBe('other');
    expect(label(record({ resolved: true, operationName: 'A' }))).toBe('A');
  });

  it('never labels by a name Apollo did not resolve, or by no name', () => {
    const label = createOperationLabeler();
    expect(label(record({ resolved: false, operationName: 'Attacker123' }))).toBe('other');
    expect(label(record({ resolved: true }))).toBe('other');
  });

  it('labels persisted operations by their hash', () => {
    expect(createOperationLabeler(0)(record({ persistedHash: 'ab'.repeat(32) }))).toBe(
      'ab'.repeat(32),
    );
  });

  it('names outcomes ok, partial, or by the catalogue code', () => {
    expect(outcomeOf(200, [])).toBe('ok');
    expect(outcomeOf(200, ['UPSTREAM_TIMEOUT'])).toBe('partial');
    expect(outcomeOf(429, ['RATE_LIMITED'])).toBe('RATE_LIMITED');
    expect(outcomeOf(400, ['SOMETHING_INVENTED'])).toBe('http_400');
    expect(outcomeOf(503, [])).toBe('http_503');
  });
});

describe('persistedHashOf', () => {
  const hash = 'f'.repeat(64);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

  it('reads the hash from a POST body or GET parameters', () => {
    const headers = new HeaderMap();
    expect(persistedHashOf({ method: 'POST', headers, search: '', body: { extensions } })).toBe(
      hash,
    );
    const search = `?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    expect(persistedHashOf({ method: 'GET', headers, search, body: undefined })).toBe(hash);
    expect(
      persistedHashOf({ method: 'GET', headers, search: '?extensions=%7B', body: undefined }),
    ).toBeUndefined();
  });
});

describe('bffReadiness', () => {
  const healthy = async () => ({ users: true, catalog: true });

  it('is ready when every backend answers and not every breaker is open', async () => {
    const states = () => ({ users: 'open', catalog: 'closed' });
    expect(await bffReadiness(healthy, states)).toEqual({
      ready: true,
      checks: { users: true, catalog: true },
    });
  });

  it('is not ready when a backend fails its check', async () => {
    const result = await bffReadiness(async () => ({ users: false, catalog: true }));
    expect(result.ready).toBe(false);
  });

  it('is not ready while every breaker is open, and says so', async () => {
    const states = () => ({ users: 'open', catalog: 'open' });
    expect(await bffReadiness(healthy, states)).toEqual({
      ready: false,
      checks: { users: true, catalog: true, 'circuit-breakers': false },
    });
  });
});
