import type { IncomingMessage } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import { SpanKind, type Span, type TextMapGetter } from '@opentelemetry/api';
import type {
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Logger } from 'pino';
import { endSpan, extractTraceContext, tracer } from '../../shared';

/**
 * The sample backends continue the caller's trace: a SERVER span per call, child of the
 * `traceparent` the BFF sent (header or metadata), so one trace runs from the client to
 * every backend. Without tracing installed these are no-op spans.
 */
export function registerRestServerSpans(
  app: FastifyInstance<
    RawServerDefault,
    RawRequestDefaultExpression,
    RawReplyDefaultExpression,
    Logger
  >,
): void {
  const spans = new WeakMap<IncomingMessage, Span>();
  app.addHook('onRequest', async (request) => {
    // Probes are not part of any request's story.
    if (request.url === '/healthz') return;
    const route = request.routeOptions.url ?? 'unknown route';
    const span = tracer().startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'http.route': route },
      },
      extractTraceContext(request.headers),
    );
    spans.set(request.raw, span);
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request.raw);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    endSpan(span, reply.statusCode >= 500 ? `HTTP ${reply.statusCode}` : undefined);
  });
}

const metadataGetter: TextMapGetter<grpc.Metadata> = {
  keys: (metadata) => Object.keys(metadata.getMap()),
  get: (metadata, key) => {
    const value = metadata.get(key)[0];
    return typeof value === 'string' ? value : undefined;
  },
};

/** Starts the SERVER span of one gRPC call, named by its full method path. */
export function startGrpcServerSpan(call: grpc.ServerUnaryCall<unknown, unknown>): Span {
  const path = call.getPath().replace(/^\//, '');
  const [service = '', method = ''] = path.split('/');
  return tracer().startSpan(
    path,
    {
      kind: SpanKind.SERVER,
      attributes: { 'rpc.system': 'grpc', 'rpc.service': service, 'rpc.method': method },
    },
    extractTraceContext(call.metadata, metadataGetter),
  );
}

/** Ends it with the status answered: OK, or a failure named by its gRPC status. */
export function endGrpcServerSpan(span: Span, code: grpc.status): void {
  span.setAttribute('rpc.grpc.status_code', code);
  endSpan(span, code === grpc.status.OK ? undefined : grpc.status[code]);
}
