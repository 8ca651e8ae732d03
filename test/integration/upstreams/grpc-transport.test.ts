import { Registry } from 'prom-client';
import { AppError } from '../../../services/shared';
import {
  createCatalogClient,
  createGrpcTransport,
  createInventoryClient,
  createLoaders,
  createUpstreamMetrics,
  type CallContext,
  type GrpcTransport,
  type Upstreams,
} from '../../../services/upstreams';
import { closedPortUrl } from './support/fault-http-server';
import { startFaultGrpcServer, type FaultGrpcServer } from './support/fault-grpc-server';
import { metricValue } from './support/metric-values';

const TIMEOUT_MS = 250;
const MARGIN_MS = 250;
const ctx: CallContext = {
  requestId: 'req-7',
  identity: { kind: 'partner', id: 'acme', scopes: ['catalog:read'] },
};

let server: FaultGrpcServer;
let registry: Registry;
let catalogTransport: GrpcTransport;
let inventoryTransport: GrpcTransport;

beforeAll(async () => {
  server = await startFaultGrpcServer();
  registry = new Registry();
  const metrics = createUpstreamMetrics(registry);
  // The transports are shared by every test here: no breaker, or one test's failures
  // would open it for the next (circuit-breaker.test.ts covers it).
  const common = {
    address: server.address,
    timeoutMs: TIMEOUT_MS,
    metrics,
    resilience: { breaker: false },
  } as const;
  catalogTransport = createGrpcTransport({ ...common, upstream: 'catalog', service: 'catalog' });
  inventoryTransport = createGrpcTransport({
    ...common,
    upstream: 'inventory',
    service: 'inventory',
  });
});
afterAll(() => {
  catalogTransport.close();
  inventoryTransport.close();
  server.stop();
});
beforeEach(() => {
  server.received.length = 0;
  registry.resetMetrics();
  server.setHealth('SERVING');
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe('gRPC transport against a misbehaving backend', () => {
  it('maps a product from the real server and sends request id and identity as metadata', async () => {
    const product = await createCatalogClient(catalogTransport).getProduct(ctx, 'p1');
    expect(product).toMatchObject({ id: 'p1', price: { amountMinor: 999, currency: 'USD' } });
    expect(server.received[0]?.metadata).toMatchObject({
      'x-request-id': 'req-7',
      'x-principal-kind': 'partner',
      'x-principal-id': 'acme',
      'x-principal-scopes': 'catalog:read',
    });
  });

  it('reuses one channel for every call and sends the call budget as the gRPC deadline', async () => {
    const catalog = createCatalogClient(catalogTransport);
    const sentAt = Date.now();
    for (const id of ['p1', 'p2', 'p3']) await catalog.getProduct(ctx, id);
    expect(new Set(server.received.map((call) => call.peer)).size).toBe(1);
    for (const call of server.received) {
      expect(call.deadline - sentAt).toBeLessThanOrEqual(TIMEOUT_MS + 50);
    }
  });

  it.each([
    ['unavailable', 'UPSTREAM_UNAVAILABLE'],
    ['overloaded', 'UPSTREAM_OVERLOADED'],
    ['missing', 'NOT_FOUND'],
    ['junk', 'UPSTREAM_BAD_RESPONSE'],
  ])(
    'rejects GetProduct(%s) with %s, naming the upstream but not its address',
    async (id, code) => {
      const error = await failure(createCatalogClient(catalogTransport).getProduct(ctx, id));
      expect(error).toMatchObject({ code, upstream: 'catalog' });
      expect(error.message).not.toMatch(/127\.0\.0\.1|10\.1\.2\.3/);
    },
  );

  it('returns UPSTREAM_TIMEOUT at the call budget when the handler sleeps past the deadline', async () => {
    const started = Date.now();
    const error = await failure(createCatalogClient(catalogTransport).getProduct(ctx, 'slow'));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });

  it('finishes by the request deadline when it is sooner than the call budget', async () => {
    const started = Date.now();
    const deadlineCtx = { ...ctx, deadline: started + 100 };
    const error = await failure(
      createCatalogClient(catalogTransport).getProduct(deadlineCtx, 'slow'),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(100 + MARGIN_MS);
  });

  it('sends nothing and counts nothing when the deadline has already passed', async () => {
    const late = { ...ctx, deadline: Date.now() - 1 };
    const error = await failure(createCatalogClient(catalogTransport).getProduct(late, 'p1'));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(server.received).toHaveLength(0);
    expect(await metricValue(registry, 'frontdoor_upstream_requests_total')).toBe(0);
  });

  it('cancels the call when the client request is aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const aborted = { ...ctx, signal: controller.signal };
    const error = await failure(createCatalogClient(catalogTransport).getProduct(aborted, 'slow'));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(50 + MARGIN_MS);
  });

  it('returns UPSTREAM_UNAVAILABLE quickly when nothing listens at the address', async () => {
    const address = (await closedPortUrl()).replace('http://', '');
    const metrics = createUpstreamMetrics(new Registry());
    const refused = createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address,
      metrics,
    });
    const started = Date.now();
    const error = await failure(createCatalogClient(refused).getProduct(ctx, 'p1'));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'catalog' });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(refused.checkHealth()).resolves.toBe(false);
    refused.close();
  });
});

describe('gRPC batching through loaders, metrics and health', () => {
  const upstreams = (): Upstreams => {
    const unused = () => Promise.reject(new Error('not used'));
    return {
      catalog: createCatalogClient(catalogTransport),
      inventory: createInventoryClient(inventoryTransport),
      users: { getUser: unused, batchGetUsers: unused },
      orders: { listByUsers: unused, getOrder: unused, createOrder: unused },
      reviews: { batchGetRatingSummaries: unused, listProductReviews: unused },
    };
  };

  it('sends one batched call for loads in one tick and gives a missing id NOT_FOUND', async () => {
    const loaders = createLoaders(upstreams(), ctx);
    const results = await loaders.productById.loadMany(['p1', 'ghost-1', 'p2']);
    expect(results.map((r) => (r instanceof Error ? (r as AppError).code : r.id))).toEqual([
      'p1',
      'NOT_FOUND',
      'p2',
    ]);
    expect(server.received).toEqual([
      expect.objectContaining({
        method: 'BatchGetProducts',
        request: { ids: ['p1', 'ghost-1', 'p2'] },
      }),
    ]);
    const batch = 'frontdoor_upstream_batch_size';
    expect(await metricValue(registry, batch, { upstream: 'catalog' }, `${batch}_sum`)).toBe(3);
    expect(await metricValue(registry, batch, { upstream: 'catalog' }, `${batch}_count`)).toBe(1);
  });

  it('counts exactly one request per call sent, across services on their own channels', async () => {
    const loaders = createLoaders(upstreams(), ctx);
    await Promise.all([loaders.productById.load('p1'), loaders.stockByProductId.load('p1')]);
    // RESOURCE_EXHAUSTED is not retried (UNAVAILABLE is: retry.test.ts).
    await failure(createCatalogClient(catalogTransport).getProduct(ctx, 'overloaded'));
    await failure(createCatalogClient(catalogTransport).getProduct(ctx, '../x'));
    const total = (labels: Record<string, string>) =>
      metricValue(registry, 'frontdoor_upstream_requests_total', labels);
    expect(await total({ upstream: 'catalog', operation: 'BatchGetProducts' })).toBe(1);
    expect(await total({ upstream: 'inventory', operation: 'BatchGetStockLevels' })).toBe(1);
    expect(await total({ upstream: 'catalog', operation: 'GetProduct' })).toBe(1);
    expect(server.received).toHaveLength(3);
  });

  it('reports healthy while the server is SERVING and unhealthy once NOT_SERVING', async () => {
    await expect(catalogTransport.checkHealth()).resolves.toBe(true);
    server.setHealth('NOT_SERVING');
    await expect(catalogTransport.checkHealth()).resolves.toBe(false);
  });
});
