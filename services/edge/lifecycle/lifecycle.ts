/**
 * The process's serving state, shared by a BFF's GraphQL and admin servers: once draining
 * starts, /readyz answers 503 so the load balancer stops routing here, while the GraphQL
 * listener finishes what it holds. Pass the same object to createGraphQLServer and
 * createAdminServer.
 */
export interface Lifecycle {
  isDraining(): boolean;
  /** Idempotent; there is no way back (a drained process exits). */
  startDraining(): void;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  return {
    isDraining: () => draining,
    startDraining() {
      draining = true;
    },
  };
}
