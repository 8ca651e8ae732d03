import { createCallGate } from '../../../services/backends/common/call-gate';
import { createCallRecorder } from '../../../services/backends/common/call-recorder';

const call = { operation: 'op', keys: [], requestId: 'r-1', principal: undefined };

describe('createCallGate', () => {
  it('records a call even when it is chosen to fail, and fails it as UNAVAILABLE', async () => {
    const recorder = createCallRecorder();
    const gate = createCallGate({ recorder, errorRate: 0.5, random: () => 0.1 });
    await expect(gate.admit(call)).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    expect(recorder.count('op')).toBe(1);
  });

  it('lets a call through when the draw is above errorRate', async () => {
    const gate = createCallGate({
      recorder: createCallRecorder(),
      errorRate: 0.5,
      random: () => 0.9,
    });
    await expect(gate.admit(call)).resolves.toBeUndefined();
  });

  it('never fails a call when errorRate is 0', async () => {
    const gate = createCallGate({ recorder: createCallRecorder(), random: () => 0 });
    await expect(gate.admit(call)).resolves.toBeUndefined();
  });

  it('delays a call by fixedMs plus a share of jitterMs', async () => {
    const gate = createCallGate({
      recorder: createCallRecorder(),
      latency: { fixedMs: 20, jitterMs: 20 },
      random: () => 0.5,
    });
    const started = performance.now();
    await gate.admit(call);
    // libuv timers run on a millisecond clock and may fire up to 1 ms early.
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });

  it.each([
    [{ errorRate: 1.5 }],
    [{ errorRate: -0.1 }],
    [{ latency: { fixedMs: -1 } }],
    [{ latency: { fixedMs: 0, jitterMs: Number.NaN } }],
  ])('throws a RangeError for out-of-range knobs %p', (knobs) => {
    expect(() => createCallGate({ recorder: createCallRecorder(), ...knobs })).toThrow(RangeError);
  });
});
