import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';

/** The instrumentation scope of every span frontdoor makes itself. */
export const TRACER_NAME = 'frontdoor';

/**
 * The global tracer: a no-op until startTracing installs a provider. Looked up per use
 * (cheap) so a provider installed later, or again in a test, is always the one used.
 */
export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/**
 * The active span when it records, else undefined. Child spans are made only under a
 * recording parent: tracing off (no context manager, so no active span) and unsampled
 * requests then cost one lookup, and probes outside any request make no orphan traces.
 */
export function recordingActiveSpan(): Span | undefined {
  const span = trace.getSpan(context.active());
  return span?.isRecording() ? span : undefined;
}

/** Ends `span`, marking it failed with `reason` (an error code or an Error) when given. */
export function endSpan(span: Span, reason?: string | Error): void {
  if (reason !== undefined) {
    const message = typeof reason === 'string' ? reason : reason.name;
    span.setStatus({ code: SpanStatusCode.ERROR, message });
  }
  span.end();
}

/**
 * Writes the trace context (W3C `traceparent`, `tracestate`) of `span`, or of the active
 * context, into `carrier`. A no-op while no propagator is installed (tracing off).
 */
export function injectTraceContext(carrier: Record<string, string>, span?: Span): void {
  const ctx = span ? trace.setSpan(context.active(), span) : context.active();
  propagation.inject(ctx, carrier);
}

/**
 * The remote parent a caller sent, on an empty context: never the context that happens to
 * be active where a server callback runs.
 */
export function extractTraceContext<C>(carrier: C, getter?: TextMapGetter<C>): Context {
  return getter
    ? propagation.extract(ROOT_CONTEXT, carrier, getter)
    : propagation.extract(ROOT_CONTEXT, carrier);
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/**
 * The trace id of a span, or of a client's `traceparent` header when the span is not
 * recording (tracing off): logs still join the caller's trace.
 */
export function traceIdOf(span: Span | undefined, traceparent: unknown): string | undefined {
  const spanContext = span?.spanContext();
  if (spanContext && trace.isSpanContextValid(spanContext)) return spanContext.traceId;
  if (typeof traceparent !== 'string') return undefined;
  const id = TRACEPARENT.exec(traceparent.trim())?.[1];
  return id && !/^0+$/.test(id) ? id : undefined;
}
