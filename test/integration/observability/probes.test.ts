import pino from 'pino';
import {
  startCatalogBackend,
  startInventoryBackend,
  startOrdersBackend,
  startReviewsBackend,
  startUsersBackend,
} from '../../../services/backends';
import { loadWebConfig, WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { startWebBff, type RunningWebBff } from '../../../services/bff-web/server';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

jest.setTimeout(20_000);

const silent = pino({ level: 'silent' });
const probe = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** The five backends on fixed ports, so they can stop and come back where the BFF looks. */
async function startBackendsOn(ports: number[] = [0, 0, 0, 0, 0]) {
  const [users, orders, catalog, inventory, reviews] = await Promise.all([
    startUsersBackend({ port: ports[0], logger: silent }),
    startOrdersBackend({ port: ports[1], logger: silent }),
    startCatalogBackend({ port: ports[2], logger: silent }),
    startInventoryBackend({ port: ports[3], logger: silent }),
    startReviewsBackend({ port: ports[4], logger: silent }),
  ]);
  const all = [users, orders, catalog, inventory, reviews];
  return {
    ports: all.map((b) => b.port),
    env: {
      USERS_URL: users.url,
      ORDERS_URL: orders.url,
      CATALOG_ADDR: catalog.address,
      INVENTORY_ADDR: inventory.address,
      REVIEWS_ADDR: reviews.address,
    },
    stop: () => Promise.all(all.map((b) => b.stop())),
  };
}

describe('probes during start-up: live at once, ready once the backends answer', () => {
  let bff: RunningWebBff;
  let backends: Awaited<ReturnType<typeof startBackendsOn>>;

  afterAll(async () => {
    await bff?.stop();
    await backends?.stop();
  });

  it('answers /healthz 200 and /readyz 503 until every backend check passes, then 200', async () => {
    const first = await startBackendsOn();
    await first.stop();
    const config = loadWebConfig({
      NODE_ENV: 'test',
      PORT: '0',
      ADMIN_PORT: '0',
      JWT_ISSUER: WEB_DEV_AUTH.issuer,
      JWT_AUDIENCE: WEB_DEV_AUTH.audience,
      JWT_HMAC_SECRET: 'x'.repeat(64),
      JWT_ALGORITHMS: 'HS256',
      ...first.env,
    });
    bff = await startWebBff(config, { logger: silent });
    expect((await probe(`${bff.adminUrl}/healthz`)).status).toBe(200);
    expect(await probe(`${bff.adminUrl}/readyz`)).toEqual({
      status: 503,
      body: {
        ready: false,
        checks: { users: false, orders: false, catalog: false, inventory: false, reviews: false },
      },
    });

    backends = await startBackendsOn(first.ports);
    let readyz = await probe(`${bff.adminUrl}/readyz`);
    for (let i = 0; i < 60 && readyz.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      readyz = await probe(`${bff.adminUrl}/readyz`);
    }
    expect(readyz.status).toBe(200);
    expect(readyz.body.ready).toBe(true);
  });
});

describe('probes during drain', () => {
  let stack: WebStack;
  beforeAll(async () => {
    // Slow backends keep a request in flight while the BFF drains.
    stack = await startWebStack({ backends: { latency: { fixedMs: 300, jitterMs: 0 } } });
  });
  afterAll(() => stack.stop());

  it('answers /readyz 503 with draining: true at once, stays live, and finishes the request', async () => {
    expect((await probe(`${stack.bff.adminUrl}/readyz`)).status).toBe(200);
    const inFlight = stack.query(ORDER_HISTORY);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = stack.bff.stop();
    expect(await probe(`${stack.bff.adminUrl}/readyz`)).toEqual({
      status: 503,
      body: { ready: false, draining: true, checks: {} },
    });
    expect((await probe(`${stack.bff.adminUrl}/healthz`)).status).toBe(200);
    expect((await inFlight).status).toBe(200);
    await stopped;
  });
});
