import { injectTraceContext } from '../shared';
import { type CallContext } from './call-context';
import { takePendingCallSpan } from './tracing/call-span';

/**
 * The only request-derived values a backend sees: the request id, the identity the edge
 * verified, and the W3C trace context (`traceparent`) of this call's client span, so the
 * backend's span joins the request's trace. Nothing the client sent travels further
 * (design: never trust identity headers from clients). Shared by REST headers and gRPC
 * metadata so both carry the same names.
 *
 * Both transports build it exactly once per attempt sent, right after startCall: it is
 * the one per-call point that sees the request's CallContext, so it also counts the call
 * in the request's stats.
 */
export function propagatedHeaders(ctx: CallContext): Record<string, string> {
  const headers: Record<string, string> = { 'x-request-id': ctx.requestId };
  if (ctx.identity) {
    headers['x-principal-kind'] = ctx.identity.kind;
    headers['x-principal-id'] = ctx.identity.id;
    headers['x-principal-scopes'] = ctx.identity.scopes.join(' ');
  }
  injectTraceContext(headers, takePendingCallSpan());
  if (ctx.stats) ctx.stats.upstreamCalls += 1;
  return headers;
}
