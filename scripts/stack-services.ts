/** The processes `npm start` runs, with the env each one gets in development. */
export interface StackService {
  readonly name: string;
  /** Compiled entry point, relative to dist/. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Printed for people. */
  readonly url: string;
  /** BFFs only: the admin listener, polled on /readyz before the banner is printed. */
  readonly adminUrl?: string;
}

const backend = (name: string, port: number, scheme: 'http' | 'grpc'): StackService => ({
  name,
  entry: `services/backends/${name}/main.js`,
  env: { PORT: String(port) },
  url: `${scheme}://127.0.0.1:${port}`,
});

const bff = (client: string, port: number, adminPort: number, path: string): StackService => ({
  name: `bff-${client}`,
  entry: `services/bff-${client}/main.js`,
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
