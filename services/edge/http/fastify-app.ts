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
  /** Time allowed to receive the whole request (headers and body). Default: 30000 ms. */
  requestTimeoutMs?: number;
  /** Largest accepted request head (request line and headers). Default: 16384 bytes. */
  maxHeaderSizeBytes?: number;
  /** Proxies whose X-Forwarded-For is believed (IPs or CIDRs). Default: none. */
  trustedProxies?: readonly string[];
}

/**
 * A Fastify instance with the edge's HTTP hygiene: tight header/request timeouts (Node's
 * 60 s / 300 s defaults let slowloris hold sockets), a 16 KiB head cap, our request id,
 * JSON for every error, no per-request info logs (the access log is a later issue).
 */
export function createFastifyApp(options: EdgeAppOptions): FastifyInstance {
  const { headersTimeoutMs = 10_000, requestTimeoutMs = 30_000 } = options;
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error('headersTimeoutMs must not exceed requestTimeoutMs');
  }
  // Typed as Fastify's base logger so the instance is a plain FastifyInstance.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (raw) => resolveRequestId(raw.headers['x-request-id']),
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    requestTimeout: requestTimeoutMs,
    http: {
      maxHeaderSize: options.maxHeaderSizeBytes ?? 16 * 1024,
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Node looks for expired requests only this often (default 30 s, which would let a
      // slow client outlive its timeout by that much).
      connectionsCheckingInterval: Math.min(1000, Math.max(10, headersTimeoutMs / 4)),
    },
    // Only a listed hop may speak for the client (proxy-addr walks X-Forwarded-For from the
    // right and stops at the first untrusted address); without one, the socket address.
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
    exposeHeadRoutes: false,
    // The edge answers requests that arrive while closing itself (JSON, catalogue shape).
    return503OnClosing: false,
    clientErrorHandler: writeClientError,
    frameworkErrors: (_error, _request, reply) => void sendError(reply, 'BAD_REQUEST'),
  });
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
