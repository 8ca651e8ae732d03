/** The processes `npm start` runs, with the env each one gets in development. */
export interface StackService {
  readonly name: string;
  /** Compiled entry point, relative to dist/. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Printed for people; BFFs also have an admin URL polled for readiness. */
  readonly url: string;
  readonly readyUrl?: string;
}

export const STACK_SERVICES: readonly StackService[] = [
  {
    name: 'users',
    entry: 'services/backends/users/main.js',
    env: { PORT: '5001' },
    url: 'http://127.0.0.1:5001',
  },
  {
    name: 'orders',
    entry: 'services/backends/orders/main.js',
    env: { PORT: '5002' },
    url: 'http://127.0.0.1:5002',
  },
  {
    name: 'catalog',
    entry: 'services/backends/catalog/main.js',
    env: { PORT: '50051' },
    url: 'grpc://127.0.0.1:50051',
  },
  {
    name: 'inventory',
    entry: 'services/backends/inventory/main.js',
    env: { PORT: '50052' },
    url: 'grpc://127.0.0.1:50052',
  },
  {
    name: 'reviews',
    entry: 'services/backends/reviews/main.js',
    env: { PORT: '50053' },
    url: 'grpc://127.0.0.1:50053',
  },
  {
    name: 'bff-web',
    entry: 'services/bff-web/main.js',
    env: { PORT: '4000', ADMIN_PORT: '9400' },
    url: 'http://127.0.0.1:4000/graphql',
    readyUrl: 'http://127.0.0.1:9400/readyz',
  },
];
