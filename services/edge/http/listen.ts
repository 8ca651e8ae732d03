import type { FastifyInstance } from 'fastify';

export interface ListenOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
}

export interface ListeningAddress {
  /** Full URL, including the path of the served endpoint. */
  url: string;
  port: number;
}

export async function listenOn(
  app: FastifyInstance,
  options: ListenOptions,
  path = '',
): Promise<ListeningAddress> {
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not a TCP listener');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}${path}`, port: address.port };
}
