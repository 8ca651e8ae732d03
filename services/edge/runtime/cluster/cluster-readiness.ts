import type { Readiness, ReadinessReport } from '../../admin/readiness-report';

/**
 * The whole process's readiness from its workers' reports: ready only when every one of the
 * `expected` workers is listening and reports ready, so a load balancer sends traffic only to
 * a process at full strength (a worker being replaced, or one draining on its own, takes the
 * process out of rotation for those seconds). `checks` ANDs each check across the workers
 * that answered, plus `workers`: whether all `expected` answered and none is draining.
 */
export function clusterReadiness(
  expected: number,
  reports: readonly (ReadinessReport | undefined)[],
): Readiness {
  const checks: Record<string, boolean> = {};
  for (const report of reports) {
    for (const [name, ok] of Object.entries(report?.checks ?? {})) {
      checks[name] = (checks[name] ?? true) && ok;
    }
  }
  const answered = reports.filter((report): report is ReadinessReport => report !== undefined);
  checks.workers = answered.length === expected && answered.every((report) => !report.draining);
  return { ready: checks.workers && answered.every((report) => report.ready), checks };
}
