import type { Principal } from '../edge';
import { createLoaders, type CallContext, type Loaders, type Upstreams } from '../upstreams';

/** What every web resolver receives. Built once per request, so loader caches never cross users. */
export interface WebContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: Loaders;
  readonly upstreams: Upstreams;
}

export interface ContextInput {
  principal: Principal;
  requestId: string;
  deadline: number;
  signal: AbortSignal;
}

export function createContextFactory(
  upstreams: Upstreams,
  options: { batching: boolean },
): (input: ContextInput) => WebContext {
  return ({ principal, requestId, deadline, signal }) => {
    const call: CallContext = {
      requestId,
      deadline,
      signal,
      identity: { kind: principal.kind, id: principal.id, scopes: principal.scopes },
    };
    return {
      principal,
      call,
      upstreams,
      loaders: createLoaders(upstreams, call, { batch: options.batching }),
    };
  };
}
