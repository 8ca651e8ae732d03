import type { ClientName } from '../config/edge-defaults';

/**
 * The namespace of one BFF's rate-limit budgets: every process of the BFF (its replicas in
 * Redis, its cluster workers in the primary) uses the same one, so they charge one budget.
 */
export function rateLimitKeyPrefix(client: ClientName): string {
  return `frontdoor:${client}`;
}
