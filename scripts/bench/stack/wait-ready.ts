import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Child } from './children';

const POLL_MS = 100;

/** Polls until `probe` succeeds; fails early if the child has exited, or after `timeoutMs`. */
async function waitUntil(
  child: Child,
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const exit = child.exitCode();
    if (exit !== undefined) throw new Error(`${child.name} exited (${exit}) before ${what}`);
    if (await probe()) return;
    await sleep(POLL_MS);
  }
  throw new Error(`${child.name}: ${what} not ready after ${timeoutMs / 1000}s`);
}

/** Waits for an HTTP 2xx from `url` (a /healthz or /readyz). */
export function waitForHttp(child: Child, url: string, timeoutMs = 30_000): Promise<void> {
  const probe = () =>
    fetch(url).then(
      async (response) => {
        await response.arrayBuffer();
        return response.ok;
      },
      () => false,
    );
  return waitUntil(child, url, probe, timeoutMs);
}

/** Waits until a TCP connection to 127.0.0.1:port is accepted (gRPC backends). */
export function waitForPort(child: Child, port: number, timeoutMs = 30_000): Promise<void> {
  const probe = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  return waitUntil(child, `port ${port}`, probe, timeoutMs);
}
