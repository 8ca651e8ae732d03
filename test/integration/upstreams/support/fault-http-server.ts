import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo } from 'node:net';
import { routes, type RouteTools } from './fault-http-routes';

export { HUGE_BODY_BYTES } from './fault-http-routes';

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
  /** Counters routes keep (bytes of /huge written before the client hung up). */
  stats: RouteTools['stats'];
  stop(): Promise<void>;
}

export async function startFaultHttpServer(): Promise<FaultHttpServer> {
  const received: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const tools: RouteTools = {
    later(ms, run) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
    },
    hits: new Map(),
    stats: { hugeBytesWritten: 0 },
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
      if (route) route(req, res, tools);
      else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NO_ROUTE', message: 'none' } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stats: tools.stats,
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
