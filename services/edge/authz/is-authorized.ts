import type { Principal } from '../principal';
import type { FieldRequirement } from './field-requirement';

/**
 * Apollo Router's rule: `@authenticated` needs a principal; each `@requiresScopes` needs a
 * principal holding every scope of at least one of its inner lists. Scopes are compared as
 * exact strings (RFC 6749 §3.3 scope tokens are case-sensitive).
 */
export function isAuthorized(
  requirement: FieldRequirement,
  principal: Principal | undefined,
): boolean {
  if (!principal) return false;
  const held = new Set(principal.scopes);
  return requirement.scopes.every((alternatives) =>
    alternatives.some((allOf) => allOf.every((scope) => held.has(scope))),
  );
}
