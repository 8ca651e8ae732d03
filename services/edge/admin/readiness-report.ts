import type { Lifecycle } from '../lifecycle/lifecycle';

export interface Readiness {
  ready: boolean;
  /** Named dependency checks, e.g. { catalog: true, users: false }. */
  checks: Record<string, boolean>;
}

/** What /readyz answers: 200 when `ready`, else 503. */
export interface ReadinessReport extends Readiness {
  /** Present (true) while the process drains; the checks are then not run. */
  draining?: true;
}

export interface ReadinessSource {
  readiness: () => Promise<Readiness>;
  lifecycle?: Pick<Lifecycle, 'isDraining'>;
}

/**
 * The readiness of one process, as the admin server's /readyz and a cluster worker's answer to
 * its primary both report it: draining wins without running the checks (a drained process is
 * leaving, whatever its backends say); a check that throws is "not ready", not an error.
 */
export async function readinessReport(
  source: ReadinessSource,
  onCheckError: (error: unknown) => void,
): Promise<ReadinessReport> {
  if (source.lifecycle?.isDraining()) return { ready: false, draining: true, checks: {} };
  const readiness = await source.readiness().catch((error: unknown): Readiness => {
    onCheckError(error);
    return { ready: false, checks: {} };
  });
  return { ready: readiness.ready, checks: readiness.checks };
}
