import type { Principal } from '../principal';

// Apollo shallow-clones the context value per operation (Object.assign onto the same
// prototype), so identity-keyed storage (a WeakMap) loses it. An enumerable symbol survives
// the clone and any spread, and stays invisible to string keys and JSON.
const PRINCIPAL = Symbol('frontdoor.edge.principal');
const CLIENT_ADDRESS = Symbol('frontdoor.edge.clientAddress');

/**
 * Tags the BFF's context with the verified principal and the resolved client address, for
 * the edge's own plugins (throttling keys on the principal, or the address without one).
 */
export function attachPrincipal(
  contextValue: object,
  principal: Principal,
  clientAddress?: string,
): void {
  Object.defineProperty(contextValue, PRINCIPAL, { value: principal, enumerable: true });
  if (clientAddress !== undefined) {
    Object.defineProperty(contextValue, CLIENT_ADDRESS, { value: clientAddress, enumerable: true });
  }
}

export function principalOf(contextValue: object): Principal | undefined {
  const value: unknown = Reflect.get(contextValue, PRINCIPAL);
  return isPrincipal(value) ? value : undefined;
}

export function clientAddressOf(contextValue: object): string | undefined {
  const value: unknown = Reflect.get(contextValue, CLIENT_ADDRESS);
  return typeof value === 'string' ? value : undefined;
}

function isPrincipal(value: unknown): value is Principal {
  return typeof value === 'object' && value !== null && 'kind' in value && 'id' in value;
}
