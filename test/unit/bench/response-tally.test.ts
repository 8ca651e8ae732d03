import { createResponseTally } from '../../../scripts/bench/load/response-tally';

const noErrors = (body: string) => !body.includes('"errors"');

describe('createResponseTally', () => {
  it('keeps the latency of successful responses only', () => {
    const tally = createResponseTally(noErrors);
    tally.body(200, '{"data":{}}');
    tally.latency(5);
    tally.body(503, '{"errors":[{"extensions":{"code":"SERVICE_OVERLOADED"}}]}');
    tally.latency(1);
    tally.body(200, '{"errors":[],"data":null}');
    tally.latency(2);
    expect(tally.okLatencies).toEqual([5]);
    expect(tally.responses).toBe(3);
  });

  it('counts a 2xx error body once as a bad body, and a non-2xx not at all (autocannon does)', () => {
    const tally = createResponseTally(noErrors);
    tally.body(200, '{"errors":[]}');
    tally.body(500, 'oops');
    expect(tally.badBodies).toBe(1);
  });

  it('remembers the first failure, status and start of body', () => {
    const tally = createResponseTally(noErrors);
    tally.body(200, '{"data":{}}');
    tally.body(503, `{"errors":"${'x'.repeat(1000)}"}`);
    tally.body(500, 'later');
    expect(tally.firstFailure?.startsWith('503 {"errors":"xxx')).toBe(true);
    expect(tally.firstFailure?.length).toBe(304);
  });

  it('does not count a response whose body was never seen as a success', () => {
    const tally = createResponseTally(noErrors);
    tally.latency(3);
    expect(tally.okLatencies).toEqual([]);
    expect(tally.responses).toBe(1);
  });
});
