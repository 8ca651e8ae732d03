import { Registry } from 'prom-client';
import {
  createCatalogClient,
  createGrpcTransport,
  createRestTransport,
  createUpstreamMetrics,
  type CallContext,
} from '../../../services/upstreams';
import {
  startHangingGrpcServer,
  startHangingHttpServer,
  type HangingServer,
} from '../../support/fault-servers';
import { appFailure, eventually } from './support/app-failure';

const ctx: CallContext = { requestId: 'req-cancel' };
const metrics = () => createUpstreamMetrics(new Registry());
/** How soon after the cause the backend must see the call dropped (a loaded CI included). */
const PROMPT_MS = 300;
/** Call budget of the abort tests: only the abort can end their calls early. */
const LONG_MS = 5000;

describe('a hanging REST backend sees our calls dropped', () => {
  let server: HangingServer;
  beforeEach(async () => {
    server = await startHangingHttpServer();
  });
  afterEach(() => server.stop());

  const transport = (timeoutMs = LONG_MS) =>
    createRestTransport({
      upstream: 'users',
      baseUrl: server.address,
      timeoutMs,
      metrics: metrics(),
    });

  it('closes the socket when the client request is aborted', async () => {
    const rest = transport();
    const client = new AbortController();
    const pending = appFailure(
      rest.request({ ...ctx, signal: client.signal }, { operation: 'x', method: 'GET', path: '/' }),
    );
    await eventually(() => server.received() === 1);
    const abortedAt = Date.now();
    client.abort();
    expect((await pending).code).toBe('UPSTREAM_UNAVAILABLE');
    await eventually(() => server.cancelledAt.length === 1);
    expect((server.cancelledAt[0] ?? Infinity) - abortedAt).toBeLessThan(PROMPT_MS);
    await rest.close();
  });

  it('closes the socket at the call deadline and answers UPSTREAM_TIMEOUT, retrying nothing', async () => {
    const rest = transport(200);
    const started = Date.now();
    const error = await appFailure(rest.request(ctx, { operation: 'x', method: 'GET', path: '/' }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    await eventually(() => server.cancelledAt.length === 1);
    expect((server.cancelledAt[0] ?? Infinity) - started).toBeLessThan(200 + PROMPT_MS);
    expect(server.received()).toBe(1);
    await rest.close();
  });
});

describe('a hanging gRPC backend sees our calls cancelled', () => {
  let server: HangingServer;
  beforeEach(async () => {
    server = await startHangingGrpcServer('catalog');
  });
  afterEach(() => server.stop());

  const transport = (timeoutMs = LONG_MS) =>
    createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address: server.address,
      timeoutMs,
      metrics: metrics(),
    });

  it('cancels the call when the client request is aborted', async () => {
    const grpc = transport();
    const client = new AbortController();
    const pending = appFailure(
      createCatalogClient(grpc).getProduct({ ...ctx, signal: client.signal }, 'p1'),
    );
    await eventually(() => server.received() === 1);
    const abortedAt = Date.now();
    client.abort();
    expect((await pending).code).toBe('UPSTREAM_UNAVAILABLE');
    await eventually(() => server.cancelledAt.length === 1);
    expect((server.cancelledAt[0] ?? Infinity) - abortedAt).toBeLessThan(PROMPT_MS);
    grpc.close();
  });

  it('sends the deadline, so the backend drops the call at it too', async () => {
    const grpc = transport(200);
    const started = Date.now();
    const error = await appFailure(createCatalogClient(grpc).getProduct(ctx, 'p1'));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    await eventually(() => server.cancelledAt.length === 1);
    expect((server.cancelledAt[0] ?? Infinity) - started).toBeLessThan(200 + PROMPT_MS);
    grpc.close();
  });
});
