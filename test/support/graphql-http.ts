import type { SampleBackends } from './backends';

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

async function read(response: Response): Promise<GraphQLResponse> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

/** POSTs a GraphQL request body (an object, or a raw string for malformed-input tests). */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return read(response);
}

/** GETs a GraphQL request with its parameters JSON-encoded in the query string. */
export async function getGraphQL(
  url: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  return read(await fetch(`${url}?${search}`, { headers }));
}

/** The environment that points a BFF at in-process sample backends. */
export function backendEnv(backends: SampleBackends): Record<string, string> {
  return {
    USERS_URL: backends.urls.users,
    ORDERS_URL: backends.urls.orders,
    CATALOG_ADDR: backends.addresses.catalog,
    INVENTORY_ADDR: backends.addresses.inventory,
    REVIEWS_ADDR: backends.addresses.reviews,
  };
}

/** Reads one sample of a Prometheus counter from an admin /metrics text. */
export async function metricValue(
  adminUrl: string,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

export const BACKEND_NAMES = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;

/** Calls each backend received, in BACKEND_NAMES order. */
export function callCounts(backends: SampleBackends): number[] {
  return BACKEND_NAMES.map((name) => backends[name].calls.count());
}

/**
 * Settings every in-process BFF stack shares. Event-loop-lag shedding is off: Jest runs the BFF
 * and its backends in one loaded process, and its own tests (test/integration/edge) cover it;
 * the in-flight cap stays on.
 */
export const TEST_BFF_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'test',
  PORT: '0',
  ADMIN_PORT: '0',
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  // Compile every document on first sight, so every integration test runs the graphql-jit path.
  GRAPHQL_JIT_COMPILE_AFTER: '0',
};
