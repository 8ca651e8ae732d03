import type { Scenario } from '../scenarios/scenario';
import { loud } from '../progress';
import { sourceExists } from './dist-path';
import { SERVICE_SPECS, type ServiceId } from './service-specs';
import { startService, type RunningService, type StartServiceOptions } from './start-service';

export interface RunningServices {
  readonly services: ReadonlyMap<ServiceId, RunningService>;
  /** Scenarios that cannot run, and why (a BFF not written yet, or failing to start). */
  readonly skipped: ReadonlyArray<{ scenario: string; reason: string }>;
  stop(): Promise<void>;
}

/**
 * Starts, in parallel, each service the scenarios use. A service that does not exist yet
 * or fails to start skips its scenarios, loudly, instead of failing the whole run.
 */
export async function startServices(
  scenarios: readonly Scenario[],
  upstreamEnv: Readonly<Record<string, string>>,
  logDir: string,
  runtime: Pick<StartServiceOptions, 'workers' | 'bffNodeOptions' | 'nodeEnv'>,
): Promise<RunningServices> {
  const ids = [...new Set(scenarios.map((s) => s.service))];
  const reasons = new Map<ServiceId, string>();
  const started = await Promise.all(
    ids.map(async (id) => {
      const spec = SERVICE_SPECS[id];
      if (!sourceExists(spec.source)) {
        reasons.set(id, `${spec.source} does not exist yet`);
        return undefined;
      }
      try {
        const { workers, bffNodeOptions, nodeEnv } = runtime;
        return await startService(spec, { upstreamEnv, logDir, workers, bffNodeOptions, nodeEnv });
      } catch (error) {
        reasons.set(id, `${id} failed to start: ${(error as Error).message} (see ${logDir})`);
        return undefined;
      }
    }),
  );
  const services = new Map(started.flatMap((s) => (s ? [[s.spec.id, s] as const] : [])));
  const skipped = scenarios.flatMap((scenario) => {
    const reason = reasons.get(scenario.service);
    return reason ? [{ scenario: scenario.id, reason }] : [];
  });
  for (const { scenario, reason } of skipped) loud(`${scenario} skipped: ${reason}`);
  return {
    services,
    skipped,
    async stop() {
      await Promise.all([...services.values()].map((s) => s.child.stop()));
    },
  };
}
