import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import { writeAccessLine } from './access-log';
import { createOperationLabeler, outcomeOf } from './operation-label';
import { openRecord, type RequestRecord } from './request-record';
import { createRequestMetrics } from './request-metrics';
import { endRequestSpan, startRequestSpan } from './request-span';

export interface ObservationOptions {
  client: string;
  /** The GraphQL route: only its requests are observed (not static routes or 404s). */
  path: string;
  logger: pino.Logger;
  registry?: Registry;
}

/**
 * Opens a RequestRecord and the server span for each GraphQL request, first thing, so a
 * request shed or refused in onRequest is seen too; when its response closes (finished or
 * abandoned), writes the access line, the request metrics and ends the span. Register it
 * before any hook that may answer.
 */
export function registerObservation(app: FastifyInstance, options: ObservationOptions): void {
  const metrics = createRequestMetrics(options.registry, options.client);
  const labelOf = createOperationLabeler();
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== options.path) return;
    const { span, traceContext } = startRequestSpan(request, options.path, options.client);
    const record = openRecord(request.raw, span, traceContext);
    const ended = metrics.started();
    reply.raw.once('close', () => {
      ended();
      finish(record, request, reply);
    });
  });

  function finish(record: RequestRecord, request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const operation = labelOf(record);
    metrics.finished({
      operation,
      outcome: outcomeOf(status, record.errorCodes),
      seconds: reply.elapsedTime / 1000,
      cost: record.cost,
      rateLimited: status === 429,
    });
    writeAccessLine(options.logger, record, request, reply);
    endRequestSpan(record, status, operation);
  }
}
