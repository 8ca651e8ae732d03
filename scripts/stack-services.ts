/**
 * Node flags of every BFF process, wherever it runs: `npm start`, the benchmarks, the image's
 * default command, docker-compose.yml and the Kubernetes Deployments (tests keep those in step).
 * A BFF at saturation allocates ~1 MB per request that lives as long as the request; with
 * V8's defaults much of it is promoted and the old generation grows to ~4x the live set
 * before a full collection (peak RSS ~285 MiB at 32 connections for a 43 MiB live set).
 * A 32 MiB semi-space lets request garbage die young; a heap growing factor of 2 keeps the old
 * generation near twice the live set. Measured together on OrderHistory at 32 connections:
 * −12% CPU per request and peak RSS ~235 MiB (docs/performance.md). `--heap-growing-percent`
 * is not allowed in NODE_OPTIONS, hence command-line flags.
 */
export const BFF_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=32',
  '--heap-growing-percent=100',
];

/** The processes `npm start` runs, with the env each one gets in development. */
export interface StackService {
  readonly name: string;
  /** Compiled entry point, relative to dist/. */
  readonly entry: string;
  /** Node flags before the entry (BFF_NODE_FLAGS for BFFs, none for the sample backends). */
  readonly nodeFlags: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Printed for people. */
  readonly url: string;
  /** BFFs only: the admin listener, polled on /readyz before the banner is printed. */
  readonly adminUrl?: string;
}

const backend = (name: string, port: number, scheme: 'http' | 'grpc'): StackService => ({
  name,
  entry: `services/backends/${name}/main.js`,
  nodeFlags: [],
  env: { PORT: String(port) },
  url: `${scheme}://127.0.0.1:${port}`,
});

const bff = (client: string, port: number, adminPort: number, path: string): StackService => ({
  name: `bff-${client}`,
  entry: `services/bff-${client}/main.js`,
  nodeFlags: BFF_NODE_FLAGS,
  env: { PORT: String(port), ADMIN_PORT: String(adminPort) },
  url: `http://127.0.0.1:${port}${path}`,
  adminUrl: `http://127.0.0.1:${adminPort}`,
});

export const STACK_SERVICES: readonly StackService[] = [
  backend('users', 5001, 'http'),
  backend('orders', 5002, 'http'),
  backend('catalog', 50051, 'grpc'),
  backend('inventory', 50052, 'grpc'),
  backend('reviews', 50053, 'grpc'),
  bff('web', 4000, 9400, '/graphql'),
  bff('mobile', 4001, 9401, '/graphql'),
  bff('partner', 4002, 9402, '/v1/graphql'),
];
