import type pino from 'pino';
import type { Registry } from 'prom-client';
import { createFastifyApp } from '../http/fastify-app';
import type { EdgeServer } from '../http/graphql-server-options';
import { listenOn } from '../http/listen';
import type { Lifecycle } from '../lifecycle/lifecycle';

export interface Readiness {
  ready: boolean;
  /** Named dependency checks, e.g. { catalog: true, users: false }. */
  checks: Record<string, boolean>;
}

export interface AdminServerOptions {
  registry: Registry;
  readiness: () => Promise<Readiness>;
  logger: pino.Logger;
  /**
   * The lifecycle shared with createGraphQLServer: while it drains, /readyz answers 503
   * `{ ready: false, draining: true, checks: {} }` without running the checks. Default: none.
   */
  lifecycle?: Pick<Lifecycle, 'isDraining'>;
}

/**
 * Health and metrics on their own port, so they are never exposed with the public API and
 * never throttled or authenticated: /healthz (liveness: the process answers), /readyz
 * (readiness: dependencies usable and not draining; 503 takes the instance out of rotation),
 * /metrics. Its `drain` is a plain close: close it last, after the GraphQL server drained,
 * so /readyz keeps saying "draining" meanwhile.
 */
export function createAdminServer(options: AdminServerOptions): EdgeServer {
  const app = createFastifyApp({ logger: options.logger.child({ component: 'admin' }) });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    if (options.lifecycle?.isDraining()) {
      return reply.code(503).send({ ready: false, draining: true, checks: {} });
    }
    const readiness = await options.readiness().catch((error: unknown) => {
      request.log.warn({ err: error }, 'readiness check failed');
      return { ready: false, checks: {} };
    });
    return reply
      .code(readiness.ready ? 200 : 503)
      .send({ ready: readiness.ready, checks: readiness.checks });
  });
  app.get('/metrics', async (_request, reply) => {
    const text = await options.registry.metrics();
    return reply.type(options.registry.contentType).send(text);
  });
  const close = () => app.close();
  return {
    listen: (listenOptions) => listenOn(app, listenOptions),
    close,
    drain: close,
  };
}
