import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { measureWaveBound } from '../../../scripts/bench/probe/wave-bound';
import { waveBoundTable } from '../../../scripts/bench/report/wave-bound-table';

/** A users backend stand-in that answers every GET after `delayMs`, counting the calls. */
function delayedUsers(delayMs: number): { server: Server; calls: string[] } {
  const calls: string[] = [];
  const server = createServer((request, response) => {
    calls.push(`${request.url ?? ''} ${String(request.headers['x-principal-id'])}`);
    setTimeout(() => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ users: [{ id: 'u0001' }] }));
    }, delayMs);
  });
  return { server, calls };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** 15 ms, less what an early-firing timer can take off it. */
const TIMER_SLACK_FLOOR = 13;

describe('measureWaveBound', () => {
  const backend = delayedUsers(15);
  let url = '';
  beforeAll(async () => {
    url = await listen(backend.server);
  });
  afterAll(() => new Promise((resolve) => backend.server.close(resolve)));

  it('times pairs of sequential calls on a real socket, and the timer of the latency', async () => {
    const bound = await measureWaveBound(url, 15, 5);
    // Two calls that each wait 15 ms cannot take much less than 30 ms together. Node's timers
    // count from the event loop's cached clock, so one may fire up to a millisecond or so
    // early by performance.now(): the bounds allow for it.
    expect(bound.oneCallP50Ms).toBeGreaterThanOrEqual(TIMER_SLACK_FLOOR);
    expect(bound.twoCallsP50Ms).toBeGreaterThanOrEqual(2 * TIMER_SLACK_FLOOR);
    expect(bound.twoCallsP50Ms).toBeGreaterThan(bound.oneCallP50Ms);
    expect(bound.timerP50Ms).toBeGreaterThanOrEqual(TIMER_SLACK_FLOOR);
    // 10 warm-up pairs, then 5 timed pairs: one user by id, as an identified caller.
    expect(backend.calls).toHaveLength(30);
    expect(new Set(backend.calls)).toEqual(new Set(['/users?ids=u0001 u0001']));
  });

  it('has no timer figure at 0 ms, and prints a dash for it', async () => {
    const bound = await measureWaveBound(url, 0, 2);
    expect(bound.timerP50Ms).toBeUndefined();
    const table = waveBoundTable([{ ...bound, oneCallP50Ms: 15.5, twoCallsP50Ms: 31.25 }]);
    expect(table.split('\n')[2]).toBe('| 0 ms | 2 | 15.5 | 31.3 | – |');
  });
});
