import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signAccessToken } from '../../../services/edge';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

const BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;
const OTHER_USER = 'u0042';

/** Identity claims a client might try to smuggle past the edge. */
const SPOOFED: Record<string, string> = {
  'x-user-id': OTHER_USER,
  'x-principal-id': OTHER_USER,
  'x-principal-kind': 'partner',
  'x-principal-scopes': 'admin',
  'x-forwarded-user': OTHER_USER,
  'x-partner-id': 'evil-partner',
  cookie: `session=${OTHER_USER}; user=${OTHER_USER}`,
};

interface RecordingProxy {
  url: string;
  target: string;
  seen: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Sits in front of a REST backend and records the raw headers the BFF sends it. */
async function startRecordingProxy(): Promise<RecordingProxy> {
  const state = { target: '', seen: [] as IncomingHttpHeaders[] };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/healthz') state.seen.push(req.headers);
    const upstream = forward(`${state.target}${req.url ?? ''}`, {
      method: req.method,
      headers: req.headers,
    });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

describe('web BFF: identity never comes from client headers', () => {
  let stack: WebStack;
  let users: RecordingProxy;
  let orders: RecordingProxy;
  let token: string;

  beforeAll(async () => {
    users = await startRecordingProxy();
    orders = await startRecordingProxy();
    stack = await startWebStack({ env: { USERS_URL: users.url, ORDERS_URL: orders.url } });
    users.target = stack.backends.urls.users;
    orders.target = stack.backends.urls.orders;
    token = signAccessToken({
      ...WEB_DEV_AUTH,
      privateKeyPem: stack.keys.privateKeyPem,
      subject: 'u0001',
      scopes: ['orders:read'],
    });
  });
  afterAll(async () => {
    await stack.stop();
    await users.close();
    await orders.close();
  });
  beforeEach(() => {
    stack.backends.clearCalls();
    users.seen.length = 0;
    orders.seen.length = 0;
  });

  const records = () => BACKENDS.flatMap((name) => stack.backends[name].calls.list());

  it('forwards only the verified principal to every backend, whatever identity headers the client adds', async () => {
    const res = await stack.post(
      { query: ORDER_HISTORY },
      { ...SPOOFED, authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
    expect((res.body.data?.me as { id: string }).id).toBe('u0001');
    expect(BACKENDS.filter((name) => stack.backends[name].calls.count() === 0)).toEqual([]);
    for (const record of records()) {
      expect(record.principal).toEqual({ kind: 'user', id: 'u0001', scopes: ['orders:read'] });
      expect(record.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  it('lets no client header name or value reach the REST backends', async () => {
    await stack.post({ query: ORDER_HISTORY }, { ...SPOOFED, authorization: `Bearer ${token}` });
    const seen = [...users.seen, ...orders.seen];
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const headers of seen) {
      for (const name of [
        'x-user-id',
        'x-forwarded-user',
        'x-partner-id',
        'cookie',
        'authorization',
      ]) {
        expect(headers[name]).toBeUndefined();
      }
      expect(headers['x-principal-id']).toBe('u0001');
      expect(headers['x-principal-kind']).toBe('user');
      expect(headers['x-principal-scopes']).toBe('orders:read');
      const values = JSON.stringify(headers);
      expect(values).not.toContain(OTHER_USER);
      expect(values).not.toContain('evil-partner');
      expect(values).not.toContain(token);
    }
  });

  it.each<[string, () => Record<string, string>]>([
    [
      'identity headers alone, without a token',
      () => ({ ...SPOOFED, 'x-principal-id': 'u0001', 'x-user-id': 'u0001' }),
    ],
    ['a session cookie instead of a token', () => ({ cookie: 'session=u0001' })],
    [
      'two bearer tokens in one authorization header',
      () => ({ authorization: `Bearer ${token}, Bearer ${token}` }),
    ],
    [
      'a token in x-forwarded-authorization',
      () => ({ 'x-forwarded-authorization': `Bearer ${token}` }),
    ],
    ['a token in the cookie', () => ({ cookie: `access_token=${token}` })],
  ])('answers %s with 401 and calls no backend', async (_name, headers) => {
    const res = await stack.post({ query: ORDER_HISTORY }, headers());
    expect(res.status).toBe(401);
    expect(records()).toEqual([]);
    expect([...users.seen, ...orders.seen]).toEqual([]);
  });
});
