import { type CallContext } from './call-context';

/**
 * The only request-derived values a backend sees: the request id and the identity the edge
 * verified. Nothing the client sent travels further (design: never trust identity headers
 * from clients). Shared by REST headers and gRPC metadata so both carry the same names.
 */
export function propagatedHeaders(ctx: CallContext): Record<string, string> {
  const headers: Record<string, string> = { 'x-request-id': ctx.requestId };
  if (ctx.identity) {
    headers['x-principal-kind'] = ctx.identity.kind;
    headers['x-principal-id'] = ctx.identity.id;
    headers['x-principal-scopes'] = ctx.identity.scopes.join(' ');
  }
  return headers;
}
