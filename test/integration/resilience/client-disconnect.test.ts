import { startWebStack, type WebStack } from '../../support/web-bff';
import {
  startHangingGrpcServer,
  startHangingHttpServer,
  type HangingServer,
} from '../../support/fault-servers';

/**
 * How soon after the client hangs up the hanging backend must see the call dropped: far
 * below the 5 s call budget, with room for the in-process backends sharing the event loop.
 */
const PROMPT_MS = 500;
/** Each query touches one backend only, the hanging one. */
const MY_NAME = '{ me { name } }';
const PRODUCT_NAME = 'query ($id: ID!) { product(id: $id) { name } }';

let users: HangingServer;
let catalog: HangingServer;
let stack: WebStack;

beforeAll(async () => {
  [users, catalog] = await Promise.all([
    startHangingHttpServer(),
    startHangingGrpcServer('catalog'),
  ]);
  // A long call budget: only the client's disconnect can end these calls early.
  stack = await startWebStack({
    env: { USERS_URL: users.address, CATALOG_ADDR: catalog.address, UPSTREAM_TIMEOUT_MS: '5000' },
  });
});
afterAll(async () => {
  await stack.stop();
  await Promise.all([users.stop(), catalog.stop()]);
});

async function until(check: () => boolean): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 3000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** POSTs `query` to the web BFF with an abort controller; the promise settles on abort. */
function startQuery(query: string, variables: Record<string, unknown> = {}) {
  const client = new AbortController();
  const done = fetch(stack.bff.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token()}` },
    body: JSON.stringify({ query, variables }),
    signal: client.signal,
  }).then(
    () => 'answered',
    () => 'aborted',
  );
  return { client, done };
}

describe('web BFF when the client disconnects while a backend hangs', () => {
  it('cancels the in-flight REST call: the hanging users backend sees its socket closed', async () => {
    const { client, done } = startQuery(MY_NAME);
    await until(() => users.received() === 1);
    const abortedAt = Date.now();
    client.abort();
    expect(await done).toBe('aborted');
    await until(() => users.cancelledAt.length === 1);
    expect((users.cancelledAt[0] ?? Infinity) - abortedAt).toBeLessThan(PROMPT_MS);
  });

  it('cancels the in-flight gRPC call: the hanging catalog backend sees it cancelled', async () => {
    const { client, done } = startQuery(PRODUCT_NAME, { id: 'p00001' });
    await until(() => catalog.received() === 1);
    const abortedAt = Date.now();
    client.abort();
    expect(await done).toBe('aborted');
    await until(() => catalog.cancelledAt.length === 1);
    expect((catalog.cancelledAt[0] ?? Infinity) - abortedAt).toBeLessThan(PROMPT_MS);
  });
});
