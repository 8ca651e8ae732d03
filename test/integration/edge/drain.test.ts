import { connect } from 'node:net';
import pino from 'pino';
import { Registry } from 'prom-client';
import {
  createAdminServer,
  createLifecycle,
  type ContextInput,
  type EdgeServer,
} from '../../../services/edge';
import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the error code of a fresh TCP connection, or 'connected'. */
function tryConnect(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('edge graceful drain', () => {
  const lifecycle = createLifecycle();
  let entered = 0;
  let server: TestServer;
  let admin: EdgeServer;
  let adminUrl: string;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({
      lifecycle,
      createContext: async (input: ContextInput) => {
        entered++;
        await sleep(300);
        return input;
      },
    });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
    admin = createAdminServer({
      registry: new Registry(),
      readiness: async () => ({ ready: true, checks: { catalog: true } }),
      logger: pino({ level: 'silent' }),
      lifecycle,
    });
    adminUrl = (await admin.listen({ host: '127.0.0.1', port: 0 })).url;
  });
  afterAll(async () => {
    await server.close();
    await admin.close();
  });

  it('finishes in-flight requests, turns /readyz 503 at once and refuses new connections', async () => {
    expect((await fetch(`${adminUrl}/readyz`)).status).toBe(200);
    const inFlight = [1, 2, 3].map(() => postGraphQL(server.url, token, { query: '{ hello }' }));
    while (entered < 3) await sleep(5);

    const drained = server.drain(5000);
    const readyz = await fetch(`${adminUrl}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ ready: false, draining: true, checks: {} });
    expect(await tryConnect(server.url)).toBe('ECONNREFUSED');

    const answers = await Promise.all(inFlight);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(answers.map((res) => res.headers.get('connection'))).toEqual([
      'close',
      'close',
      'close',
    ]);
    await drained;
  });
});

describe('edge drain past its grace period', () => {
  let server: TestServer;
  let entered = false;
  let released = false;
  beforeAll(async () => {
    server = await startTestServer({
      // Holds the request until its signal aborts: the client went away.
      createContext: (input: ContextInput) => {
        entered = true;
        return new Promise<ContextInput>((resolve) =>
          input.signal.addEventListener('abort', () => {
            released = true;
            resolve(input);
          }),
        );
      },
    });
  });
  afterAll(() => server.close());

  it('destroys the sockets of requests still running when the grace period ends', async () => {
    const token = mintToken({ keys: server.keys, ttlSec: 3600 });
    const stuck = postGraphQL(server.url, token, { query: '{ hello }' }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    while (!entered) await sleep(5);
    const started = Date.now();
    await server.drain(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await stuck).toBe('TypeError'); // fetch failed: the socket was closed under it
    while (!released) await sleep(5); // the request's signal told the work to stop
    await sleep(50); // let the abandoned request run out before the environment goes
  });
});
