import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createLoaders,
  type CallContext,
  type Loaders,
  type Upstreams,
} from '../upstreams';

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
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders = createLoaders(upstreams, call, { batch: options.batching });
    return { principal, call, upstreams, loaders };
  };
}
