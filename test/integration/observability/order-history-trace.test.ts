import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { BACKEND_NAMES } from '../../support/graphql-http';
import {
  clientTraceparent,
  installTestTracing,
  isClient,
  isServer,
  parentOf,
  type TestTracing,
} from '../../support/tracing';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

const GRPC_BACKENDS = ['catalog', 'inventory', 'reviews'] as const;

describe('one trace for web OrderHistory, from the client to every backend', () => {
  let tracing: TestTracing;
  let stack: WebStack;
  const client = clientTraceparent();
  let spans: ReadableSpan[];
  let server: ReadableSpan;
  let productCount: number;

  beforeAll(async () => {
    tracing = await installTestTracing();
    stack = await startWebStack();
    const { status, body } = await stack.post(
      { query: ORDER_HISTORY },
      { authorization: `Bearer ${stack.token()}`, traceparent: client.header },
    );
    expect(status).toBe(200);
    const me = (
      body.data as { me: { orders: Array<{ items: Array<{ product: { id: string } }> }> } }
    ).me;
    productCount = new Set(me.orders.flatMap((o) => o.items.map((i) => i.product.id))).size;
    server = await tracing.waitFor((s) => isServer(s) && s.name === 'POST /graphql');
    spans = tracing.spansOf(client.traceId);
  });
  afterAll(async () => {
    await stack.stop();
    await tracing.shutdown();
  });

  const named = (name: string) => spans.filter((s) => s.name === name);
  const one = (name: string): ReadableSpan => {
    const found = named(name);
    expect(found).toHaveLength(1);
    return found[0] as ReadableSpan;
  };

  it('continues the client trace in the BFF server span', () => {
    expect(server.spanContext().traceId).toBe(client.traceId);
    expect(parentOf(server)).toBe(client.parentId);
    expect(server.attributes).toMatchObject({
      'http.response.status_code': 200,
      'graphql.operation.name': 'OrderHistory',
      'frontdoor.upstream_calls': 5,
      'frontdoor.client': 'web',
    });
  });

  it('has parse, validate and execute spans under the server span, and none per resolver', () => {
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute']) {
      expect(parentOf(one(phase))).toBe(server.spanContext().spanId);
    }
    // server + 3 phases + 5 batches + 5 calls + 5 backend servers: nothing per field.
    expect(spans).toHaveLength(19);
  });

  it('has one batch span per backend with its size, each the parent of one client span', () => {
    const sizes = Object.fromEntries(
      BACKEND_NAMES.map((name) => [name, one(`batch ${name}`).attributes['frontdoor.batch.size']]),
    );
    expect(sizes).toEqual({
      users: 1,
      orders: 1,
      catalog: productCount,
      inventory: productCount,
      reviews: productCount,
    });
    const calls = spans.filter(isClient);
    expect(calls).toHaveLength(5);
    for (const name of BACKEND_NAMES) {
      const batch = one(`batch ${name}`);
      expect(parentOf(batch)).toBe(server.spanContext().spanId);
      const call = calls.find((c) => c.attributes['frontdoor.upstream'] === name);
      expect(call?.attributes).toMatchObject({
        'peer.service': name,
        'frontdoor.upstream.outcome': 'ok',
        'frontdoor.upstream.retry': false,
      });
      expect(call && parentOf(call)).toBe(batch.spanContext().spanId);
    }
  });

  it('has each backend server span as the child of the client span that called it', () => {
    const backendServers = spans.filter((s) => isServer(s) && s !== server);
    expect(backendServers).toHaveLength(5);
    const callByUpstream = new Map(
      spans
        .filter(isClient)
        .map((c) => [c.attributes['frontdoor.upstream'], c.spanContext().spanId]),
    );
    for (const name of GRPC_BACKENDS) {
      const span = backendServers.find((s) =>
        s.attributes['rpc.service']?.toString().includes(name),
      );
      expect(span && parentOf(span)).toBe(callByUpstream.get(name));
    }
    for (const [name, route] of [
      ['users', '/users'],
      ['orders', '/orders'],
    ] as const) {
      const span = backendServers.find((s) => s.attributes['http.route'] === route);
      expect(span && parentOf(span)).toBe(callByUpstream.get(name));
    }
  });

  it('sent a traceparent header to the REST backends and metadata to the gRPC ones', () => {
    for (const name of BACKEND_NAMES) {
      const calls = stack.backends[name].calls.list();
      expect(calls).toHaveLength(1);
      expect(calls[0]?.traceparent).toMatch(new RegExp(`^00-${client.traceId}-[0-9a-f]{16}-01$`));
    }
  });
});
