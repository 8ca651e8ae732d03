import { startWebStack, type WebStack } from '../../support/web-bff';

describe('web BFF admin listener', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());

  it('answers /healthz with 200', async () => {
    const response = await fetch(`${stack.bff.adminUrl}/healthz`);
    expect(response.status).toBe(200);
  });

  it('is ready when every backend answers its health check', async () => {
    const response = await fetch(`${stack.bff.adminUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      checks: { users: true, orders: true, catalog: true, inventory: true, reviews: true },
    });
  });

  it('serves Prometheus text on /metrics', async () => {
    const response = await fetch(`${stack.bff.adminUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await response.text()).toContain('# TYPE frontdoor_upstream_requests_total counter');
  });

  it('is not ready once a backend is down', async () => {
    await stack.backends.reviews.stop();
    const response = await fetch(`${stack.bff.adminUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { checks: Record<string, boolean> }).checks.reviews).toBe(
      false,
    );
  });
});
