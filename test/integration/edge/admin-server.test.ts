import pino from 'pino';
import { Counter, Registry } from 'prom-client';
import { createAdminServer, type Readiness } from '../../../services/edge';

describe('admin server', () => {
  const registry = new Registry();
  new Counter({
    name: 'edge_test_total',
    help: 'A counter for the test.',
    registers: [registry],
  }).inc(3);
  const allReady = async (): Promise<Readiness> => ({ ready: true, checks: { catalog: true } });
  let readiness = allReady;
  const admin = createAdminServer({
    registry,
    readiness: () => readiness(),
    logger: pino({ level: 'silent' }),
  });
  let base: string;

  beforeAll(async () => {
    base = (await admin.listen({ host: '127.0.0.1', port: 0 })).url;
  });
  afterAll(() => admin.close());
  beforeEach(() => {
    readiness = allReady;
  });

  it('answers /healthz with 200 {"status":"ok"}', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 and the checks when ready', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, checks: { catalog: true } });
  });

  it('answers /readyz with 503 when a dependency is not ready', async () => {
    readiness = async () => ({ ready: false, checks: { catalog: false, users: true } });
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, checks: { catalog: false, users: true } });
  });

  it('answers /readyz with 503 when the readiness check itself throws', async () => {
    readiness = async () => {
      throw new Error('boom');
    };
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, checks: {} });
  });

  it('serves the registry as Prometheus text on /metrics', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^edge_test_total 3$/m);
  });

  it('answers JSON 404 elsewhere', async () => {
    const res = await fetch(`${base}/graphql`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [{ message: 'No such route.', extensions: { code: 'ROUTE_NOT_FOUND' } }],
    });
  });
});
