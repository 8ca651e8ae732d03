import type { FastifyReply, FastifyRequest } from 'fastify';
import type pino from 'pino';
import { traceIdOf } from '../../shared';
import type { RequestRecord } from './request-record';

/**
 * The one access line of a GraphQL request, at info: who (principal id, never a credential),
 * what (operation name, or the persisted hash), how it went (status, error codes, duration)
 * and what it cost (operation cost, backend calls). No header, token, key, cookie or body
 * is ever put on it; the logger's redaction is only a safety net.
 */
export function writeAccessLine(
  logger: pino.Logger,
  record: RequestRecord,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (!logger.isLevelEnabled('info')) return;
  logger.info(
    {
      requestId: request.id,
      traceId: traceIdOf(record.span, request.headers.traceparent),
      operation: record.operationName,
      persistedHash: record.persistedHash,
      principal: record.principalId,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      cost: record.cost,
      upstreamCalls: record.stats.upstreamCalls,
      errorCodes: record.errorCodes,
      ...(reply.raw.writableFinished ? {} : { aborted: true }),
    },
    'graphql request',
  );
}
