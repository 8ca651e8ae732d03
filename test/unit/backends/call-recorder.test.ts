import { createCallRecorder } from '../../../services/backends/common/call-recorder';

const call = (operation: string, keys: string[] = []) => ({
  operation,
  keys,
  requestId: undefined,
  principal: undefined,
});

describe('createCallRecorder', () => {
  it('lists calls oldest first with their arrival time', () => {
    let now = 1_000;
    const recorder = createCallRecorder({ now: () => now++ });
    recorder.record(call('getUser', ['u0001']));
    recorder.record(call('batchGetUsers', ['u0001', 'u0002']));
    expect(recorder.list()).toEqual([
      { ...call('getUser', ['u0001']), at: 1_000 },
      { ...call('batchGetUsers', ['u0001', 'u0002']), at: 1_001 },
    ]);
  });

  it('counts all calls, or the calls of one operation', () => {
    const recorder = createCallRecorder();
    recorder.record(call('a'));
    recorder.record(call('b'));
    recorder.record(call('a'));
    expect(recorder.count()).toBe(3);
    expect(recorder.count('a')).toBe(2);
    expect(recorder.count('missing')).toBe(0);
  });

  it('forgets everything on clear', () => {
    const recorder = createCallRecorder();
    recorder.record(call('a'));
    recorder.clear();
    expect(recorder.count()).toBe(0);
    expect(recorder.list()).toEqual([]);
  });

  it('drops the oldest records beyond maxRecords', () => {
    const recorder = createCallRecorder({ maxRecords: 2 });
    for (const name of ['first', 'second', 'third']) recorder.record(call(name));
    expect(recorder.list().map((record) => record.operation)).toEqual(['second', 'third']);
  });

  it('keeps a copy of the keys, so later changes by the caller do not alter the record', () => {
    const recorder = createCallRecorder();
    const keys = ['u0001'];
    recorder.record(call('getUser', keys));
    keys.push('u0002');
    expect(recorder.list()[0]?.keys).toEqual(['u0001']);
  });
});
