import type { Readiness } from '../admin/admin-server';

/**
 * A BFF is ready (its /readyz answers 200) when every backend answers its health check and
 * not every circuit breaker is open: with all of them open it could answer nothing but
 * CIRCUIT_OPEN, so the load balancer should send the traffic elsewhere. One open breaker is
 * not enough: the other backends still serve their fields. (Draining is the admin server's
 * check, before this one.)
 */
export async function bffReadiness(
  backendChecks: () => Promise<Record<string, boolean>>,
  circuitStates?: () => Record<string, string>,
): Promise<Readiness> {
  const checks = { ...(await backendChecks()) };
  const states = Object.values(circuitStates?.() ?? {});
  if (states.length > 0 && states.every((state) => state === 'open')) {
    checks['circuit-breakers'] = false;
  }
  return { ready: Object.values(checks).every(Boolean), checks };
}
