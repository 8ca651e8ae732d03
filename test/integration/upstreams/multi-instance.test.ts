import { Registry } from 'prom-client';
import {
  startCatalogBackend,
  startUsersBackend,
  type GrpcBackendHandle,
  type RestBackendHandle,
} from '../../../services/backends';
import {
  createCatalogClient,
  createGrpcTransport,
  createRestTransport,
  createUpstreamMetrics,
  createUsersClient,
  type CallContext,
} from '../../../services/upstreams';

const ctx: CallContext = { requestId: 'req-multi' };
const CALLS = 30;

/** Runs `call` CALLS times one after another; resolves with how many succeeded. */
async function successes(call: () => Promise<unknown>): Promise<number> {
  let ok = 0;
  for (let i = 0; i < CALLS; i += 1)
    ok += await call().then(
      () => 1,
      () => 0,
    );
  return ok;
}

describe('several instances of a REST backend (undici BalancedPool)', () => {
  let a: RestBackendHandle;
  let b: RestBackendHandle;
  beforeAll(async () => {
    [a, b] = await Promise.all([startUsersBackend(), startUsersBackend()]);
  });
  afterAll(() => Promise.all([a.stop(), b.stop()]));

  it('spreads calls over both instances, and serves every call once one is stopped', async () => {
    const rest = createRestTransport({
      upstream: 'users',
      baseUrl: `${a.url}, ${b.url}`,
      metrics: createUpstreamMetrics(new Registry()),
    });
    const users = createUsersClient(rest);
    expect(await successes(() => users.getUser(ctx, 'u0001'))).toBe(CALLS);
    expect(a.calls.count()).toBeGreaterThan(0);
    expect(b.calls.count()).toBeGreaterThan(0);
    await b.stop();
    a.calls.clear();
    expect(await successes(() => users.getUser(ctx, 'u0002'))).toBe(CALLS);
    expect(a.calls.count()).toBe(CALLS);
    expect(rest.circuitState()).toBe('closed');
    await rest.close();
  });
});

describe('several instances of a gRPC backend (ipv4: target, round_robin)', () => {
  let a: GrpcBackendHandle;
  let b: GrpcBackendHandle;
  beforeAll(async () => {
    [a, b] = await Promise.all([startCatalogBackend(), startCatalogBackend()]);
  });
  afterAll(() => Promise.all([a.stop(), b.stop()]));

  it('spreads calls over both instances on one channel, and skips the one stopped', async () => {
    const grpc = createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address: `${a.address},${b.address}`,
      metrics: createUpstreamMetrics(new Registry()),
    });
    const catalog = createCatalogClient(grpc);
    expect(await successes(() => catalog.getProduct(ctx, 'p00001'))).toBe(CALLS);
    expect(a.calls.count()).toBeGreaterThan(0);
    expect(b.calls.count()).toBeGreaterThan(0);
    await b.stop();
    a.calls.clear();
    expect(await successes(() => catalog.getProduct(ctx, 'p00002'))).toBe(CALLS);
    expect(a.calls.count()).toBe(CALLS);
    grpc.close();
  });
});
