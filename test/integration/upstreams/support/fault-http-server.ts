import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  remotePort: number | undefined;
}

export interface FaultHttpServer {
  url: string;
  /** Every request received, in order, so tests can assert what was (not) sent. */
  received: RecordedRequest[];
  stop(): Promise<void>;
}

type Route = (
  req: IncomingMessage,
  res: ServerResponse,
  later: (ms: number, run: () => void) => void,
) => void;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** A REST backend that misbehaves on purpose, one route per fault (design §3). */
const routes: Record<string, Route> = {
  '/healthz': (_req, res) => json(res, 200, { status: 'ok' }),
  '/ok': (_req, res) => json(res, 200, { hello: 'world' }),
  '/users': (req, res) => {
    const ids = new URL(req.url ?? '', 'http://x').searchParams.get('ids')?.split(',') ?? [];
    const users = ids
      .filter((id) => !id.startsWith('ghost'))
      .map((id) => ({
        id,
        display_name: `User ${id}`,
        email: `${id}@example.test`,
        tier: 'standard',
        created_at: '2026-01-01T00:00:00Z',
        password_hash: '$argon2id$secret',
        internal_notes: 'internal',
      }));
    json(res, 200, { users });
  },
  '/error-500-json': (_req, res) =>
    json(res, 500, { ok: true, error: { code: 'BOOM', message: 'db-1.internal:5432 down' } }),
  '/html-502': (_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html><body>Bad gateway from nginx at 10.0.0.7</body></html>');
  },
  '/unavailable': (_req, res) =>
    json(res, 503, { error: { code: 'DOWN', message: 'maintenance' } }),
  '/overloaded': (_req, res) => json(res, 429, { error: { code: 'SLOW_DOWN', message: 'later' } }),
  '/redirect': (_req, res) => {
    res.writeHead(302, { location: '/ok' });
    res.end();
  },
  '/rejected': (_req, res) =>
    json(res, 422, { error: { code: 'OUT_OF_STOCK', message: 'sku 7 at warehouse db-3' } }),
  '/oversized': (_req, res) => json(res, 200, { blob: 'x'.repeat(64 * 1024) }),
  '/oversized-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    for (let i = 0; i < 64; i += 1) res.write(i === 0 ? '["' + 'x'.repeat(1024) : 'x'.repeat(1024));
    res.end('"]');
  },
  '/invalid-json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"users": [');
  },
  '/html-200': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html></html>');
  },
  '/slow-headers': (_req, res, later) => later(1500, () => json(res, 200, { late: true })),
  '/drip': (_req, res, later) => {
    // Each gap is short (undici's bodyTimeout alone would never fire), the total is long.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    for (let i = 1; i <= 30; i += 1) later(i * 50, () => res.write(i === 1 ? '0' : `,${i}`));
    later(31 * 50, () => res.end(']'));
  },
  '/reset': (req) => req.socket.destroy(),
  '/echo': (req, res) => json(res, 201, { echoed: true }),
};

export async function startFaultHttpServer(): Promise<FaultHttpServer> {
  const received: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort,
      });
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res, later);
      else json(res, 404, { error: { code: 'NO_ROUTE', message: 'none' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: bound, read, then released, so connecting is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
