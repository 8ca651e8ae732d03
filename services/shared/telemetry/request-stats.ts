/**
 * What one client request cost downstream, counted while it runs and read once by the
 * edge's access line. The edge creates it per request and hands it to the BFF's context
 * factory, which puts it in the request's CallContext: the upstream seam that sees every
 * call sent (propagated-headers.ts) counts into it. A plain mutable object: one request,
 * one event loop, no locking.
 */
export interface RequestStats {
  /** Backend calls actually sent for this request, retries included. */
  upstreamCalls: number;
}

export function createRequestStats(): RequestStats {
  return { upstreamCalls: 0 };
}
