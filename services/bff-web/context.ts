import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createLoaders,
  type CallContext,
  type Loaders,
  type Upstreams,
} from '../upstreams';

/** What every web resolver receives. Built once per request, so loader caches never cross users. */
export interface WebContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: Loaders;
  readonly upstreams: Upstreams;
}

export function createContextFactory(
  upstreams: Upstreams,
  options: { batching: boolean },
): (input: ContextInput) => WebContext {
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    return {
      principal,
      call,
      upstreams,
      loaders: createLoaders(upstreams, call, { batch: options.batching }),
    };
  };
}
