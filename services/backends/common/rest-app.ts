import type { AddressInfo } from 'node:net';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { Logger } from 'pino';
import type { ResolvedBackendOptions, RestBackendHandle } from './backend-options';
import { dialHost } from './backend-options';
import { readPrincipal, type ValueReader } from './principal';
import { errorBody, sendError } from './rest-errors';
import { registerRestServerSpans } from './server-spans';

/** A Fastify instance logging through pino. */
export type RestApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  Logger
>;

/** The request body limit of every REST backend: their largest body is a 20-item order. */
export const REST_BODY_LIMIT = 64 * 1024;

export function headerReader(request: FastifyRequest): ValueReader {
  return (name) => {
    const value = request.headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first === '' ? undefined : first;
  };
}

/** Records the call and applies the latency and error knobs; throws when it must fail. */
export function admitRest(
  options: ResolvedBackendOptions,
  request: FastifyRequest,
  operation: string,
  keys: readonly string[],
): Promise<void> {
  const read = headerReader(request);
  return options.gate.admit({
    operation,
    keys,
    requestId: read('x-request-id'),
    traceparent: read('traceparent'),
    principal: readPrincipal(read),
  });
}

/**
 * A Fastify app with what every REST backend shares: small body limit, bounded timeouts
 * (slowloris), JSON errors, JSON 404s and an unrecorded GET /healthz.
 */
export function createRestApp(options: ResolvedBackendOptions): RestApp {
  const app = Fastify({
    // Fastify's own info lines (one per request, "Server listening") would duplicate ours.
    loggerInstance: options.logger.child(
      { component: 'http' },
      { level: options.logger.isLevelEnabled('warn') ? 'warn' : options.logger.level },
    ),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: REST_BODY_LIMIT,
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
    // Longer than any valid id, so an over-long id gets our 400 rather than a routing 404.
    routerOptions: { maxParamLength: 256 },
    requestIdHeader: 'x-request-id',
  });
  // JSON only: Fastify also parses text/plain by default, which no route here accepts (415).
  app.removeContentTypeParser('text/plain');
  registerRestServerSpans(app);
  app.setErrorHandler((error, _request, reply) => sendError(reply, error, options.logger));
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send(errorBody('ROUTE_NOT_FOUND', 'No such route.')),
  );
  app.get('/healthz', async () => ({ status: 'ok' }));
  return app;
}

/** Listens and returns the handle; `stop` closes the server and its idle connections. */
export async function listenRest(
  app: RestApp,
  options: ResolvedBackendOptions,
): Promise<RestBackendHandle> {
  await app.listen({ host: options.host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  return {
    port,
    url: `http://${dialHost(options.host)}:${port}`,
    calls: options.calls,
    stop: () => app.close(),
  };
}
