import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { registerExplorer } from '../explorer/register-explorer';
import { registerDrainHooks, type DrainState } from '../lifecycle/drain-hooks';
import { createLifecycle } from '../lifecycle/lifecycle';
import { createServerControl } from '../lifecycle/server-control';
import { createEdgeMetrics } from '../metrics/edge-metrics';
import { createObservePlugin } from '../observe/observe-plugin';
import { registerObservation } from '../observe/observe-requests';
import { recordOfContext } from '../observe/request-record';
import { createInFlightCounter, type InFlightCounter } from '../shedding/in-flight';
import { registerLoadShedding } from '../shedding/load-shedding';
import { registerCompression } from './compression';
import { registerCors } from './cors';
import { createApollo } from './create-apollo';
import { createFastifyApp } from './fastify-app';
import { createGraphQLHandler } from './graphql-handler';
import type { EdgeServer, GraphQLServerOptions } from './graphql-server-options';
import { bodyShapeGuard, contentTypeGuard, methodNotAllowed } from './http-guard';
import { perimeterProtections } from './protections';
import { registerStaticRoutes } from './static-routes';

export type { EdgeServer, GraphQLServerOptions } from './graphql-server-options';

/**
 * The perimeter of one BFF, in request order: request id → CORS → load shedding → HTTP
 * guard (method, content type, body size and shape) → auth-failure throttle → identify →
 * persisted operations → parse/validate → throttle → execute → error policy. A request it
 * rejects never reaches a resolver. `protections: 'off'` (benchmark only) removes the
 * shedding, throttles, limits, authorization and token verification from that chain.
 */
export function createGraphQLServer<TContext extends object>(
  options: GraphQLServerOptions<TContext>,
): EdgeServer {
  const logger = options.logger.child({ client: options.client });
  // Authorization directives, query limits, throttle, shedding, auth-failure throttle and JWT
  // verification: all on, unless a benchmark turned every one of them off (protections.ts).
  const guard = perimeterProtections(options, noteCost);
  const apollo = createApollo<TContext>({
    schema: guard.schema,
    logger,
    maxTokens: options.maxTokens ?? 2000,
    compiledExecution: options.compiledExecution,
    introspection: options.introspection ?? false,
    plugins: [createObservePlugin<TContext>(), ...guard.plugins],
    persistedOnly: options.persistedOperations !== undefined,
  });
  const app = createFastifyApp({ logger, ...httpSettings(options) });
  const inFlight = createInFlightCounter();
  const control = createServerControl({
    app,
    apollo,
    inFlight,
    lifecycle: options.lifecycle ?? createLifecycle(),
    path: options.path,
  });
  // Before every other hook, so a request refused by one still gets its access line and span.
  registerObservation(app, {
    client: options.client,
    path: options.path,
    logger,
    registry: options.metricsRegistry,
  });
  registerPerimeter(app, { ...options, loadShedding: guard.loadShedding }, inFlight, control);
  const handler = createGraphQLHandler<TContext>({
    apollo,
    authenticator: guard.authenticator,
    createContext: options.createContext,
    requestDeadlineMs: options.requestDeadlineMs ?? 10_000,
    authFailures: guard.authFailures,
    persistedByHash: options.persistedOperations?.byHash,
  });
  // Routes go in a plugin so they are declared after the plugins above have loaded
  // (compression decorates routes as they are added).
  void app.register(async (scope: FastifyInstance) => {
    // Before the GraphQL route, so a browser opening the URL gets GraphiQL, not a 400.
    if (options.explorer) {
      const { path, client, schema } = options;
      const persistedByHash = options.persistedOperations?.byHash;
      registerExplorer(scope, { path, client, schema, logger, persistedByHash }, options.explorer);
    }
    scope.route({
      method: ['GET', 'POST'],
      url: options.path,
      onRequest: contentTypeGuard,
      preValidation: bodyShapeGuard,
      handler,
    });
    scope.route({
      method: ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'],
      url: options.path,
      handler: methodNotAllowed,
    });
    registerStaticRoutes(scope, options.staticRoutes ?? []);
  });
  return { listen: control.listen, close: control.close, drain: control.drain };
}

function httpSettings<TContext extends object>(options: GraphQLServerOptions<TContext>) {
  return {
    bodyLimitBytes: options.bodyLimitBytes,
    headersTimeoutMs: options.headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs,
    maxHeaderSizeBytes: options.maxHeaderSizeBytes,
    trustedProxies: options.trustedProxies,
  };
}

/** Hooks and plugins that run on every request, in the order they are registered. */
function registerPerimeter<TContext extends object>(
  app: FastifyInstance,
  options: GraphQLServerOptions<TContext>,
  inFlight: InFlightCounter,
  drainState: DrainState,
): void {
  registerDrainHooks(app, drainState);
  // CORS first, so even a shed or rejected response carries the headers a browser needs to
  // let the page read it.
  if (options.cors) registerCors(app, options.cors);
  registerLoadShedding(app, inFlight, options.loadShedding);
  if (options.compression) registerCompression(app);
  observeRequests(app, options.client, options.metricsRegistry);
}

function noteCost(contextValue: object, cost: number): void {
  const record = recordOfContext(contextValue);
  if (record) record.cost = cost;
}

function observeRequests(app: FastifyInstance, client: string, registry?: Registry): void {
  const metrics = createEdgeMetrics(registry);
  app.addHook('onResponse', async (_request, reply) => {
    metrics.observeRequest({ client, status: reply.statusCode }, reply.elapsedTime / 1000);
  });
}
