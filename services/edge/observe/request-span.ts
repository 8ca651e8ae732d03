import { SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import { endSpan, extractTraceContext, tracer } from '../../shared';
import type { RequestRecord } from './request-record';

/**
 * The SERVER span of one GraphQL request, child of the client's `traceparent` when it sent
 * one (W3C Trace Context), and the context carrying it. With tracing off both are no-op
 * values: nothing is recorded or exported.
 */
export function startRequestSpan(
  request: FastifyRequest,
  route: string,
  client: string,
): { span: Span; traceContext: Context } {
  const parent = extractTraceContext(request.headers);
  const span = tracer().startSpan(
    `${request.method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': request.method,
        'http.route': route,
        'url.path': route,
        'frontdoor.client': client,
        'frontdoor.request_id': request.id,
      },
    },
    parent,
  );
  return { span, traceContext: trace.setSpan(parent, span) };
}

/** What the request came to; a 5xx marks the span failed (a 4xx is the client's, semconv). */
export function endRequestSpan(record: RequestRecord, status: number, operation: string): void {
  const { span } = record;
  if (!span.isRecording()) return span.end();
  span.setAttributes({
    'http.response.status_code': status,
    'frontdoor.operation': operation,
    'frontdoor.upstream_calls': record.stats.upstreamCalls,
    'frontdoor.error_codes': record.errorCodes,
  });
  if (record.operationName) span.setAttribute('graphql.operation.name', record.operationName);
  if (record.operationType) span.setAttribute('graphql.operation.type', record.operationType);
  if (record.cost !== undefined) span.setAttribute('frontdoor.operation_cost', record.cost);
  endSpan(span, status >= 500 ? (record.errorCodes[0] ?? `HTTP ${status}`) : undefined);
}
