import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
} from 'fastify';
import type pino from 'pino';
import { isAppError } from '../../shared';
import { codeForHttpStatus } from '../errors/http-error-code';
import { resolveRequestId } from '../request-id';
import { writeClientError } from './client-error';
import { sendError } from './send-error';

export interface EdgeAppOptions {
  logger: pino.Logger;
  /** Largest accepted request body. Default: 1 MiB. */
  bodyLimitBytes?: number;
  /** Time allowed to receive the request headers. Default: 10000 ms. */
  headersTimeoutMs?: number;
  /** Time allowed to receive the whole request. Default: 30000 ms. */
  requestTimeoutMs?: number;
}

/**
 * A Fastify instance with the edge's HTTP hygiene: tight header/request timeouts (Node's
 * 60 s / 300 s defaults let slowloris hold sockets), our request id, JSON for every error,
 * no per-request info logs (the access log is a later issue).
 */
export function createFastifyApp(options: EdgeAppOptions): FastifyInstance {
  // Typed as Fastify's base logger so the instance is a plain FastifyInstance.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (raw) => resolveRequestId(raw.headers['x-request-id']),
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    exposeHeadRoutes: false,
    return503OnClosing: true,
    clientErrorHandler: writeClientError,
    frameworkErrors: (_error, _request, reply) => void sendError(reply, 'BAD_REQUEST'),
  });
  app.server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'ROUTE_NOT_FOUND'));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = isAppError(error) ? error.code : codeForHttpStatus(error.statusCode);
    if (code === 'INTERNAL_SERVER_ERROR') request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, code);
  });
  return app;
}
