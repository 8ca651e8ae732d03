import type { Principal } from '../principal';

/**
 * Whose budget an operation is charged to: a verified principal by `${kind}:${id}` (NAT does
 * not pool users, and a partner key has one quota however many IPs it calls from); an
 * anonymous caller by `ip:${clientAddress}`. Undefined when neither is known.
 */
export function throttleKey(
  principal: Principal | undefined,
  clientAddress: string | undefined,
): string | undefined {
  if (principal) return `${principal.kind}:${principal.id}`;
  return clientAddress ? `ip:${clientAddress}` : undefined;
}
