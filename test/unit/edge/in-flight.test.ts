import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { createInFlightCounter } from '../../../services/edge/shedding/in-flight';

const response = () => new EventEmitter() as unknown as ServerResponse;

describe('createInFlightCounter', () => {
  it('counts a response until it closes', () => {
    const counter = createInFlightCounter();
    const a = response();
    counter.track(a);
    counter.track(response());
    expect(counter.count).toBe(2);
    a.emit('close');
    expect(counter.count).toBe(1);
  });

  it('resolves idle() with true at once when nothing is in flight', async () => {
    await expect(createInFlightCounter().idle(1000)).resolves.toBe(true);
  });

  it('resolves idle() with true when the last response closes', async () => {
    const counter = createInFlightCounter();
    const a = response();
    counter.track(a);
    const idle = counter.idle(10_000);
    setTimeout(() => a.emit('close'), 5);
    await expect(idle).resolves.toBe(true);
  });

  it('resolves idle() with false when the timeout passes first', async () => {
    const counter = createInFlightCounter();
    counter.track(response());
    await expect(counter.idle(10)).resolves.toBe(false);
  });
});
