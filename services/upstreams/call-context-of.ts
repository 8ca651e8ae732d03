import type { RequestStats } from '../shared';
import type { CallContext } from './call-context';

/** What the edge hands a BFF for each request (structurally; upstreams do not import the edge). */
export interface RequestScope {
  requestId: string;
  deadline: number;
  signal: AbortSignal;
  principal: { kind: 'user' | 'partner'; id: string; scopes: readonly string[] };
  /** The request's counters, for the edge's access line. */
  stats?: RequestStats;
}

/** The CallContext of one request: only the verified identity travels to backends. */
export function callContextOf({
  requestId,
  deadline,
  signal,
  principal,
  stats,
}: RequestScope): CallContext {
  return {
    requestId,
    deadline,
    signal,
    identity: { kind: principal.kind, id: principal.id, scopes: principal.scopes },
    stats,
  };
}
