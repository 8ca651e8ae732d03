import { type RequestStats } from '../shared';

/** The verified caller, as the edge derived it from a token or an API key. */
export interface CallIdentity {
  kind: 'user' | 'partner';
  id: string;
  scopes: readonly string[];
}

/**
 * What every upstream call needs to know about the request it serves. The BFF builds one per
 * incoming request; upstreams never read client headers themselves.
 */
export interface CallContext {
  /** Propagated as `x-request-id` so backend logs join the BFF's. */
  requestId: string;
  /** Epoch ms by which the whole client request must be answered; calls never outlive it. */
  deadline?: number;
  /** Aborted when the client request is abandoned; in-flight calls are cancelled. */
  signal?: AbortSignal;
  /** Propagated as `x-principal-*`; absent for anonymous requests. */
  identity?: CallIdentity;
  /** The request's counters (the edge's access line): each call sent adds one. Default: none. */
  stats?: RequestStats;
}
