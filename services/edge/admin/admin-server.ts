import type pino from 'pino';
import type { Registry } from 'prom-client';
import { createFastifyApp } from '../http/fastify-app';
import type { EdgeServer } from '../http/graphql-server-options';
import { listenOn } from '../http/listen';
import type { Lifecycle } from '../lifecycle/lifecycle';
import { readinessReport, type Readiness } from './readiness-report';

export type { Readiness } from './readiness-report';

/**
 * Where /metrics comes from: a prom-client Registry, or anything rendering the same text (the
 * cluster primary renders its workers' registries aggregated).
 */
export type MetricsSource = Pick<Registry, 'metrics' | 'contentType'>;

export interface AdminServerOptions {
  registry: MetricsSource;
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
    const report = await readinessReport(options, (error) =>
      request.log.warn({ err: error }, 'readiness check failed'),
    );
    return reply.code(report.ready ? 200 : 503).send(report);
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
