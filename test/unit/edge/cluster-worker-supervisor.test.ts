import type { Worker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { CLUSTER_CHANNEL } from '../../../services/edge/runtime/cluster/cluster-messages';
import { superviseWorkers } from '../../../services/edge/runtime/cluster/worker-supervisor';

/** A stand-in for a forked worker: it listens when told, and exits when told or signalled. */
class FakeWorker extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWorker.nextId++;
  readonly signals: string[] = [];
  readonly process = {
    pid: 10_000 + this.id,
    kill: (signal: string) => {
      this.signals.push(signal);
      if (this.drainsOnSignal) setImmediate(() => this.exit(0, null));
      return true;
    },
  };
  drainsOnSignal = true;
  listen(url = 'http://127.0.0.1:4000/graphql'): void {
    this.emit('message', { channel: CLUSTER_CHANNEL, type: 'listening', url });
  }
  exit(code: number | null, signal: string | null): void {
    this.emit('exit', code, signal);
  }
}

const quick = { baseDelayMs: 1, maxDelayMs: 4, maxCrashes: 2, windowMs: 60_000 };
const silent = pino({ level: 'silent' });

function supervise(count: number, onGiveUp = jest.fn(), restarts = jest.fn()) {
  const forked: FakeWorker[] = [];
  const supervisor = superviseWorkers({
    count,
    logger: silent,
    policy: quick,
    fork: () => {
      const worker = new FakeWorker();
      forked.push(worker);
      return worker as unknown as Worker;
    },
    onGiveUp,
    onRestart: restarts,
  });
  return { supervisor, forked };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('superviseWorkers', () => {
  it('is started, with the shared URL, once every worker listens', async () => {
    const { supervisor, forked } = supervise(2);
    let started: string | undefined;
    void supervisor.started.then((url) => (started = url));
    forked[0]?.listen();
    await tick();
    expect(started).toBeUndefined();
    forked[1]?.listen();
    await tick();
    expect(started).toBe('http://127.0.0.1:4000/graphql');
    expect(supervisor.listening()).toHaveLength(2);
  });

  it('replaces a worker that exits unexpectedly', async () => {
    const restarts = jest.fn();
    const { supervisor, forked } = supervise(2, jest.fn(), restarts);
    forked.forEach((worker) => worker.listen());
    await supervisor.started;
    forked[0]?.exit(null, 'SIGKILL');
    expect(supervisor.listening()).toHaveLength(1);
    await tick();
    expect(forked).toHaveLength(3);
    expect(restarts).toHaveBeenCalledTimes(1);
    forked[2]?.listen();
    expect(supervisor.listening()).toHaveLength(2);
  });

  it('gives up on a slot that crash-loops before start: started rejects', async () => {
    const onGiveUp = jest.fn();
    const { supervisor, forked } = supervise(1, onGiveUp);
    const outcome = supervisor.started.then(
      () => 'started',
      (error: Error) => error.message,
    );
    for (let death = 0; death < 3; death++) {
      forked[death]?.exit(1, null);
      await tick();
    }
    expect(await outcome).toMatch(/exited 3 times within 60 s: crash loop, giving up/);
    expect(forked).toHaveLength(3); // no fourth fork
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it('reports a crash loop after start to onGiveUp, once', async () => {
    const onGiveUp = jest.fn();
    const { supervisor, forked } = supervise(1, onGiveUp);
    forked[0]?.listen();
    await supervisor.started;
    for (let death = 0; death < 3; death++) {
      forked[death]?.exit(1, null);
      await tick();
    }
    expect(onGiveUp).toHaveBeenCalledTimes(1);
    expect(forked).toHaveLength(3);
  });

  it('on stop sends SIGTERM to every worker, waits for them all and restarts none', async () => {
    const { supervisor, forked } = supervise(2);
    forked.forEach((worker) => worker.listen());
    await supervisor.started;
    await supervisor.stop(10_000);
    expect(forked.map((worker) => worker.signals)).toEqual([['SIGTERM'], ['SIGTERM']]);
    await tick();
    expect(forked).toHaveLength(2);
  });

  it('kills a worker that has not exited once the force timeout passes', async () => {
    const { supervisor, forked } = supervise(1);
    forked[0]?.listen();
    await supervisor.started;
    const stuck = forked[0] as FakeWorker;
    stuck.drainsOnSignal = false;
    const stopped = supervisor.stop(10);
    await tick(30);
    expect(stuck.signals).toEqual(['SIGTERM', 'SIGKILL']);
    stuck.exit(null, 'SIGKILL');
    await stopped;
  });
});
