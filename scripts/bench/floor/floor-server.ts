import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFloorBackends, type FloorBackendsConfig } from './floor-backends';
import { loadOrderHistory } from './order-history';
import { tokenSubject } from './token-subject';

export interface RunningFloor {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The floor: a plain node:http server that answers OrderHistory with the same backend calls
 * and the same JSON as the web BFF, and nothing else (no GraphQL, auth, limits or metrics).
 * Routes: POST /order-history, GET /healthz, GET /calls (backend calls and requests so far).
 */
export async function startFloor(
  config: FloorBackendsConfig & { host: string; port: number },
): Promise<RunningFloor> {
  const backends = createFloorBackends(config);
  let served = 0;
  const server = createServer((request, response) => {
    route(request, response).catch((error: Error) => send(response, 502, { error: error.message }));
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET' && request.url === '/healthz') return send(response, 200, {});
    if (request.method === 'GET' && request.url === '/calls') {
      return send(response, 200, { calls: backends.calls(), requests: served });
    }
    if (request.method !== 'POST' || request.url !== '/order-history') {
      return send(response, 404, {});
    }
    // Counted like the BFF's frontdoor_http_requests_total: answered, whatever the status.
    response.once('finish', () => (served += 1));
    // The body is read and parsed, as any JSON endpoint would, then ignored.
    JSON.parse(await readBody(request));
    const userId = tokenSubject(request.headers.authorization);
    if (!userId) return send(response, 401, {});
    send(response, 200, await loadOrderHistory(backends, userId));
  }

  await new Promise<void>((listening) => server.listen(config.port, config.host, listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    async stop() {
      await new Promise((closed) => server.close(closed));
      await backends.close();
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
