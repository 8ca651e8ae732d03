import { SpanKind, type Span } from '@opentelemetry/api';
import { endSpan, recordingActiveSpan, tracer } from '../../shared';

/**
 * The client span of the call being sent, from startCall to propagatedHeaders. Both
 * transports call them back to back in one synchronous run (REST: startCall, then the
 * request's headers; gRPC: startCall, then the call's metadata), so one slot is enough and
 * no call can slip in between; a test checks each backend's span is its client span's child.
 */
let pending: Span | undefined;

/**
 * Starts the CLIENT span of one attempt sent to a backend, as a child of the active span
 * (the batch's, or the request's). None outside a recording request: health checks for
 * /readyz and unsampled requests make no spans.
 */
export function startCallSpan(
  upstream: string,
  operation: string,
  retry: boolean,
): Span | undefined {
  if (!recordingActiveSpan()) return (pending = undefined);
  const span = tracer().startSpan(`${upstream} ${operation}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'peer.service': upstream,
      'frontdoor.upstream': upstream,
      'frontdoor.upstream.operation': operation,
      'frontdoor.upstream.retry': retry,
    },
  });
  pending = span;
  return span;
}

/** The span startCallSpan just started, once: what the outgoing headers must carry. */
export function takePendingCallSpan(): Span | undefined {
  const span = pending;
  pending = undefined;
  return span;
}

/** Ends a client span with the call's outcome: `ok`, or the error code it failed with. */
export function endCallSpan(span: Span, outcome: string): void {
  span.setAttribute('frontdoor.upstream.outcome', outcome);
  endSpan(span, outcome === 'ok' ? undefined : outcome);
}
