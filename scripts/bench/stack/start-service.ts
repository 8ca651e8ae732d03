import { join } from 'node:path';
import { BFF_NODE_FLAGS } from '../../stack-services';
import { spawnChild, type Child } from './children';
import { distPath } from './dist-path';
import { freePorts } from './free-ports';
import { productionEnv } from './production-env';
import type { ServiceSpec } from './service-specs';
import { waitForHttp } from './wait-ready';

export interface RunningService {
  readonly spec: ServiceSpec;
  readonly child: Child;
  /** Where the load goes, e.g. http://127.0.0.1:41234/graphql. */
  readonly url: string;
  /** A BFF's admin origin (/metrics); the floor's own origin (/calls). */
  readonly statsUrl: string;
}

export interface StartServiceOptions {
  readonly upstreamEnv: Readonly<Record<string, string>>;
  readonly logDir: string;
  /** WORKERS=N for BFFs that run node:cluster workers; harmless where ignored. */
  readonly workers?: number;
  /** NODE_OPTIONS for BFFs (not the floor): runtime flags under test. */
  readonly bffNodeOptions?: string;
  /** 'production' (default: real key configuration) or 'development' (dev keys). */
  readonly nodeEnv?: 'production' | 'development';
  /** Added last, e.g. ALLOC_PROFILE_FILE for the allocation run. */
  readonly env?: Readonly<Record<string, string>>;
  /** e.g. ['--cpu-prof', '--cpu-prof-dir=...'] for the profiling run. */
  readonly nodeArgs?: readonly string[];
}

/**
 * Protections stay on; only the rate limit is raised out of reach, because a benchmark
 * client is ten users sending thousands of requests a second. NODE_ENV and log level are
 * production's (production-env.ts).
 * Tracing is off: OTEL_SDK_DISABLED is OpenTelemetry's standard switch, ignored until the
 * BFFs trace.
 */
const BFF_ENV = {
  LOG_LEVEL: 'info',
  RATE_LIMIT_POINTS: '1000000000',
  OTEL_SDK_DISABLED: 'true',
};

/** Starts one service as its own process on free ports and waits until it is ready. */
export async function startService(
  spec: ServiceSpec,
  options: StartServiceOptions,
): Promise<RunningService> {
  const [port = 0, adminPort = 0] = await freePorts(2);
  const workers: Record<string, string> =
    options.workers === undefined ? {} : { WORKERS: String(options.workers) };
  const nodeOptions: Record<string, string> =
    options.bffNodeOptions && spec.kind === 'bff' ? { NODE_OPTIONS: options.bffNodeOptions } : {};
  const mode =
    spec.auth && options.nodeEnv !== 'development'
      ? productionEnv(spec.auth)
      : { NODE_ENV: 'development' };
  const env: Record<string, string> = {
    ...(spec.kind === 'bff' ? BFF_ENV : {}),
    ...mode,
    ...options.upstreamEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    ADMIN_PORT: String(adminPort),
    ...workers,
    ...nodeOptions,
    ...spec.env,
    ...options.env,
  };
  const child = spawnChild({
    name: spec.id,
    script: distPath(spec.entry),
    // Every service (the floor too, so the comparison is fair) runs with the BFFs' Node flags,
    // as `npm start` and the deploy files run BFFs.
    nodeArgs: [...BFF_NODE_FLAGS, ...(options.nodeArgs ?? [])],
    env,
    logFile: join(options.logDir, `${spec.id}.log`),
  });
  const origin = `http://127.0.0.1:${port}`;
  const statsUrl = spec.kind === 'bff' ? `http://127.0.0.1:${adminPort}` : origin;
  try {
    await waitForHttp(child, spec.kind === 'bff' ? `${statsUrl}/readyz` : `${origin}/healthz`);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { spec, child, url: origin + spec.path, statsUrl };
}
