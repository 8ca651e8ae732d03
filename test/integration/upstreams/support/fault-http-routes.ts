import { type IncomingMessage, type ServerResponse } from 'node:http';

/** What a route may use besides the request: timers the server clears, and shared state. */
export interface RouteTools {
  later(ms: number, run: () => void): void;
  /** Hits per `?key=` of the `/fail-once` route. */
  hits: Map<string, number>;
  /** Bytes `/huge` managed to write before the client hung up. */
  stats: { hugeBytesWritten: number };
}

export type Route = (req: IncomingMessage, res: ServerResponse, tools: RouteTools) => void;

/** What /huge would send if nobody stopped it: far over any response cap. */
export const HUGE_BODY_BYTES = 20 * 1024 * 1024;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const param = (req: IncomingMessage, name: string) =>
  new URL(req.url ?? '', 'http://x').searchParams.get(name);

const user = (id: string) => ({
  id,
  display_name: `User ${id}`,
  email: `${id}@example.test`,
  tier: 'standard',
  created_at: '2026-01-01T00:00:00Z',
  password_hash: '$argon2id$secret',
  internal_notes: 'internal',
});

/** Streams HUGE_BODY_BYTES of valid JSON, honouring backpressure, counting what got out. */
function huge(res: ServerResponse, tools: RouteTools): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('"');
  const pump = () => {
    while (tools.stats.hugeBytesWritten < HUGE_BODY_BYTES && !res.destroyed) {
      tools.stats.hugeBytesWritten += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('"');
  };
  pump();
}

/**
 * A REST backend that misbehaves on purpose, one route per fault (design §3). `/users`
 * knows every id but those starting with `ghost`; the id `bad-shape` gets a user whose id
 * is a number.
 */
export const routes: Record<string, Route> = {
  '/healthz': (_req, res) => json(res, 200, { status: 'ok' }),
  '/ok': (_req, res) => json(res, 200, { hello: 'world' }),
  '/ok-after-100ms': (_req, res, { later }) => later(100, () => json(res, 200, { late: 'ok' })),
  '/users': (req, res) => {
    const ids = param(req, 'ids')?.split(',') ?? [];
    const users = ids.filter((id) => !id.startsWith('ghost')).map(user);
    json(res, 200, { users: users.map((u) => (u.id === 'bad-shape' ? { ...u, id: 5 } : u)) });
  },
  '/error-500-json': (_req, res) =>
    json(res, 500, { ok: true, error: { code: 'BOOM', message: 'db-1.internal:5432 down' } }),
  '/html-502': (_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html><body>Bad gateway from nginx at 10.0.0.7</body></html>');
  },
  '/unavailable': (_req, res) =>
    json(res, 503, { error: { code: 'DOWN', message: 'maintenance' } }),
  '/fail-once': (req, res, { hits }) => {
    const key = param(req, 'key') ?? '';
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (hits.get(key) === 1) json(res, 503, { error: { code: 'DOWN', message: 'blip' } });
    else json(res, 200, { attempt: hits.get(key) });
  },
  '/unavailable-together': (req, res, { hits, later }) => {
    // 503 for all of the first `n` calls at the same moment, once the n-th has arrived;
    // later calls (retries) get theirs at once: "the backend died under every call".
    const n = Number(param(req, 'n'));
    const seen = (hits.get('together') ?? 0) + 1;
    hits.set('together', seen);
    const answer = () => json(res, 503, { error: { code: 'DOWN', message: 'gone' } });
    if (seen > n) return answer();
    const check = () => ((hits.get('together') ?? 0) >= n ? answer() : later(1, check));
    check();
  },
  '/overloaded': (_req, res) => json(res, 429, { error: { code: 'SLOW_DOWN', message: 'later' } }),
  '/forbidden': (_req, res) => json(res, 403, { error: { code: 'NO', message: 'not yours' } }),
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
  '/huge': (_req, res, tools) => huge(res, tools),
  '/invalid-json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"users": [');
  },
  '/truncated-json': (_req, res) => {
    // A complete HTTP response (length matches) whose JSON stops half way.
    const body = '{"users": [{"id": "a", "display_name": "Us';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  },
  '/reset-mid-body': (req, res) => {
    // Headers promise 4 KiB, 100 bytes arrive, then the connection is torn down.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 4096 });
    res.write('{"users": [' + ' '.repeat(89));
    setImmediate(() => req.socket.destroy());
  },
  '/html-200': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html></html>');
  },
  '/slow-headers': (_req, res, { later }) => later(1500, () => json(res, 200, { late: true })),
  '/drip': (_req, res, { later }) => {
    // Each gap is short (undici's bodyTimeout alone would never fire), the total is long.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    for (let i = 1; i <= 30; i += 1) later(i * 50, () => res.write(i === 1 ? '0' : `,${i}`));
    later(31 * 50, () => res.end(']'));
  },
  '/reset': (req) => req.socket.destroy(),
  '/echo': (_req, res) => json(res, 201, { echoed: true }),
};
