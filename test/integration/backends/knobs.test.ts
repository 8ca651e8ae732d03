import { status } from '@grpc/grpc-js';
import pino from 'pino';
import {
  type GrpcBackendHandle,
  type RestBackendHandle,
  startCatalogBackend,
  startOrdersBackend,
  startUsersBackend,
} from '../../../services/backends';
import { createHealthClient, createTestClient } from './grpc-test-client';
import { errorCode, fetchJson, postJson } from './http-test-client';

const logger = pino({ level: 'silent' });
const FIXED_MS = 120;

async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

describe('latency knob', () => {
  let users: RestBackendHandle;
  let catalog: GrpcBackendHandle;
  beforeAll(async () => {
    const latency = { fixedMs: FIXED_MS, jitterMs: 10 };
    [users, catalog] = await Promise.all([
      startUsersBackend({ logger, latency }),
      startCatalogBackend({ logger, latency }),
    ]);
  });
  afterAll(() => Promise.all([users.stop(), catalog.stop()]));

  // libuv timers run on a millisecond clock and may fire up to 1 ms early.
  it('delays a REST call by at least fixedMs', async () => {
    expect(await elapsed(() => fetchJson(`${users.url}/users/u0001`))).toBeGreaterThanOrEqual(
      FIXED_MS - 1,
    );
  });

  it('delays a gRPC call by at least fixedMs', async () => {
    const client = createTestClient('catalog', catalog.address);
    try {
      const took = await elapsed(() => client.call('GetProduct', { id: 'p00001' }));
      expect(took).toBeGreaterThanOrEqual(FIXED_MS - 1);
    } finally {
      client.close();
    }
  });

  it('does not delay health checks', async () => {
    await fetchJson(`${users.url}/healthz`); // warm the connection
    expect(await elapsed(() => fetchJson(`${users.url}/healthz`))).toBeLessThan(FIXED_MS);
    const health = createHealthClient(catalog.address);
    try {
      await health.call('Check', { service: '' });
      expect(await elapsed(() => health.call('Check', { service: '' }))).toBeLessThan(FIXED_MS);
    } finally {
      health.close();
    }
  });
});

describe('errorRate knob at 1', () => {
  let users: RestBackendHandle;
  let orders: RestBackendHandle;
  let catalog: GrpcBackendHandle;
  beforeAll(async () => {
    [users, orders, catalog] = await Promise.all([
      startUsersBackend({ logger, errorRate: 1 }),
      startOrdersBackend({ logger, errorRate: 1 }),
      startCatalogBackend({ logger, errorRate: 1 }),
    ]);
  });
  afterAll(() => Promise.all([users.stop(), orders.stop(), catalog.stop()]));

  it('answers every REST call with 503 UNAVAILABLE and a JSON body, recording each', async () => {
    for (const path of ['/users/u0001', '/users?ids=u0001', '/users/u9999']) {
      const { status: code, body } = await fetchJson(`${users.url}${path}`);
      expect(code).toBe(503);
      expect(body).toEqual(errorCode('UNAVAILABLE'));
    }
    const created = await postJson(`${orders.url}/orders`, { items: [] });
    expect(created.status).toBe(503);
    expect(users.calls.count()).toBe(3);
  });

  it('answers every gRPC call with UNAVAILABLE', async () => {
    const client = createTestClient('catalog', catalog.address);
    try {
      for (const [method, request] of [
        ['GetProduct', { id: 'p00001' }],
        ['BatchGetProducts', { ids: ['p00001'] }],
        ['SearchProducts', {}],
      ] as const) {
        await expect(client.call(method, request)).rejects.toMatchObject({
          code: status.UNAVAILABLE,
        });
      }
    } finally {
      client.close();
    }
  });

  it('keeps health checks healthy', async () => {
    expect((await fetchJson(`${users.url}/healthz`)).status).toBe(200);
    const health = createHealthClient(catalog.address);
    try {
      await expect(health.call('Check', { service: '' })).resolves.toEqual({ status: 'SERVING' });
    } finally {
      health.close();
    }
  });
});

describe('call recorder over gRPC', () => {
  it('records the request id and the principal sent as metadata', async () => {
    const catalog = await startCatalogBackend({ logger });
    const client = createTestClient('catalog', catalog.address);
    try {
      await client.call(
        'BatchGetProducts',
        { ids: ['p00001', 'p00002'] },
        {
          'x-request-id': 'req-7',
          'x-principal-kind': 'partner',
          'x-principal-id': 'acme',
          'x-principal-scopes': 'catalog:read',
        },
      );
      expect(catalog.calls.list()).toEqual([
        {
          operation: 'BatchGetProducts',
          keys: ['p00001', 'p00002'],
          requestId: 'req-7',
          principal: { kind: 'partner', id: 'acme', scopes: ['catalog:read'] },
          at: expect.any(Number),
        },
      ]);
    } finally {
      client.close();
      await catalog.stop();
    }
  });
});
