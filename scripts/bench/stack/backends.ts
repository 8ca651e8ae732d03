import { join } from 'node:path';
import { spawnChild, type Child } from './children';
import { distPath } from './dist-path';
import { freePorts } from './free-ports';
import { waitForHttp, waitForPort } from './wait-ready';

const BACKENDS = [
  { name: 'users', kind: 'rest', env: 'USERS_URL' },
  { name: 'orders', kind: 'rest', env: 'ORDERS_URL' },
  { name: 'catalog', kind: 'grpc', env: 'CATALOG_ADDR' },
  { name: 'inventory', kind: 'grpc', env: 'INVENTORY_ADDR' },
  { name: 'reviews', kind: 'grpc', env: 'REVIEWS_ADDR' },
] as const;

export interface RunningBackends {
  readonly children: readonly Child[];
  /** USERS_URL, ORDERS_URL, CATALOG_ADDR, ...: what every BFF and the floor read. */
  readonly upstreamEnv: Readonly<Record<string, string>>;
}

/** The five sample backends as processes, every recorded call delayed by `latencyMs`. */
export async function startBackends(latencyMs: number, logDir: string): Promise<RunningBackends> {
  const ports = await freePorts(BACKENDS.length);
  const started = BACKENDS.map((backend, index) => {
    const port = ports[index] ?? 0;
    const child = spawnChild({
      name: backend.name,
      script: distPath(`services/backends/${backend.name}/main.js`),
      env: { PORT: String(port), LATENCY_MS: String(latencyMs), LOG_LEVEL: 'warn' },
      logFile: join(logDir, `${backend.name}.log`),
    });
    const address = backend.kind === 'rest' ? `http://127.0.0.1:${port}` : `127.0.0.1:${port}`;
    const ready =
      backend.kind === 'rest' ? waitForHttp(child, `${address}/healthz`) : waitForPort(child, port);
    return { backend, child, address, ready };
  });
  await Promise.all(started.map((s) => s.ready));
  return {
    children: started.map((s) => s.child),
    upstreamEnv: Object.fromEntries(started.map((s) => [s.backend.env, s.address])),
  };
}
