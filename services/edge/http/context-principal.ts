import type { Principal } from '../principal';

// Apollo shallow-clones the context value per operation (Object.assign onto the same
// prototype), so identity-keyed storage (a WeakMap) loses it. An enumerable symbol survives
// the clone and any spread, and stays invisible to string keys and JSON.
const PRINCIPAL = Symbol('frontdoor.edge.principal');

/** Tags the BFF's context with the verified principal, for the edge's own plugins. */
export function attachPrincipal(contextValue: object, principal: Principal): void {
  Object.defineProperty(contextValue, PRINCIPAL, { value: principal, enumerable: true });
}

export function principalOf(contextValue: object): Principal | undefined {
  const value: unknown = Reflect.get(contextValue, PRINCIPAL);
  return isPrincipal(value) ? value : undefined;
}

function isPrincipal(value: unknown): value is Principal {
  return typeof value === 'object' && value !== null && 'kind' in value && 'id' in value;
}
