import pino from 'pino';
import { type RestBackendHandle, startUsersBackend } from '../../../services/backends';
import type { UserResource, UsersBatchResponse } from '../../../services/contracts';
import { errorCode, fetchJson } from './http-test-client';

let users: RestBackendHandle;

beforeAll(async () => {
  users = await startUsersBackend({ logger: pino({ level: 'silent' }) });
});
afterAll(() => users.stop());
beforeEach(() => users.calls.clear());

const ids = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => 'u' + String(from + i).padStart(4, '0'));

describe('users backend', () => {
  it('listens on 127.0.0.1 with the port the OS picked', () => {
    expect(users.port).toBeGreaterThan(0);
    expect(users.url).toBe(`http://127.0.0.1:${users.port}`);
  });

  it('returns a user with its internal fields, which the BFF must strip', async () => {
    const { status, body } = await fetchJson<UserResource>(`${users.url}/users/u0001`);
    expect(status).toBe(200);
    expect(body).toEqual({
      id: 'u0001',
      display_name: expect.any(String),
      email: expect.stringContaining('@'),
      tier: expect.stringMatching(/^(standard|plus|staff)$/),
      created_at: expect.any(String),
      password_hash: expect.stringMatching(/^\$2b\$12\$/),
      internal_notes: expect.any(String),
    });
  });

  it('answers 404 NOT_FOUND for an unknown user', async () => {
    const { status, body } = await fetchJson(`${users.url}/users/u9999`);
    expect(status).toBe(404);
    expect(body).toEqual(errorCode('NOT_FOUND'));
  });

  it.each([['u%20001'], ['a.b'], ['x'.repeat(65)]])(
    'answers 400 for the malformed id %s',
    async (id) => {
      const { status, body } = await fetchJson(`${users.url}/users/${id}`);
      expect(status).toBe(400);
      expect(body).toEqual(errorCode('INVALID_ARGUMENT'));
    },
  );

  it('returns only the known users of a batch, in request order, duplicates once', async () => {
    const { status, body } = await fetchJson<UsersBatchResponse>(
      `${users.url}/users?ids=u0003,u9999,u0001,u0003`,
    );
    expect(status).toBe(200);
    expect(body.users.map((user) => user.id)).toEqual(['u0003', 'u0001']);
  });

  it('records one batched call with every requested id', async () => {
    await fetchJson(`${users.url}/users?ids=${ids(1, 60).join(',')}`);
    expect(users.calls.count('batchGetUsers')).toBe(1);
    expect(users.calls.list()[0]?.keys).toEqual(ids(1, 60));
  });

  it('accepts 100 ids and answers 400 for 101', async () => {
    const ok = await fetchJson<UsersBatchResponse>(
      `${users.url}/users?ids=${ids(1, 100).join(',')}`,
    );
    expect(ok.body.users).toHaveLength(100);
    const tooMany = await fetchJson(`${users.url}/users?ids=${ids(1, 101).join(',')}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toEqual(errorCode('INVALID_ARGUMENT'));
  });

  it.each([
    ['without ids', '/users'],
    ['with an invalid id in the list', '/users?ids=u0001,../etc'],
    ['with an empty segment', '/users?ids=u0001,,u0002'],
  ])('answers 400 for a batch %s', async (_label, path) => {
    const { status, body } = await fetchJson(`${users.url}${path}`);
    expect(status).toBe(400);
    expect(body).toEqual(errorCode('INVALID_ARGUMENT'));
  });

  it('answers GET /healthz with ok without recording a call', async () => {
    const { status, body } = await fetchJson(`${users.url}/healthz`);
    expect({ status, body }).toEqual({ status: 200, body: { status: 'ok' } });
    expect(users.calls.count()).toBe(0);
  });

  it('answers an unknown route with a JSON 404 and records nothing', async () => {
    const { status, body } = await fetchJson(`${users.url}/nope`);
    expect(status).toBe(404);
    expect(body).toEqual(errorCode('ROUTE_NOT_FOUND'));
    expect(users.calls.count()).toBe(0);
  });

  it('records the request id and the forwarded principal of a call', async () => {
    await fetchJson(`${users.url}/users/u0002`, {
      headers: {
        'x-request-id': 'req-42',
        'x-principal-kind': 'user',
        'x-principal-id': 'u0002',
        'x-principal-scopes': 'profile:read orders:read',
      },
    });
    expect(users.calls.list()).toEqual([
      {
        operation: 'getUser',
        keys: ['u0002'],
        requestId: 'req-42',
        principal: { kind: 'user', id: 'u0002', scopes: ['profile:read', 'orders:read'] },
        at: expect.any(Number),
      },
    ]);
  });
});
