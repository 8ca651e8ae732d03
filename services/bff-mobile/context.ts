import type { ContextInput, Principal } from '../edge';
import { createLoaders, type CallContext, type Loaders, type Upstreams } from '../upstreams';

/** What every mobile resolver receives. Built once per request: loader caches never cross users. */
export interface MobileContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: Loaders;
  readonly upstreams: Upstreams;
}

export function createContextFactory(
  upstreams: Upstreams,
  options: { batching: boolean },
): (input: ContextInput) => MobileContext {
  return ({ principal, requestId, deadline, signal }) => {
    const call: CallContext = {
      requestId,
      deadline,
      signal,
      identity: { kind: principal.kind, id: principal.id, scopes: principal.scopes },
    };
    const loaders = createLoaders(upstreams, call, { batch: options.batching });
    return { principal, call, upstreams, loaders };
  };
}
