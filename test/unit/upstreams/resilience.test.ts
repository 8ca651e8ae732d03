import { Registry } from 'prom-client';
import { AppError } from '../../../services/shared';
import { createUpstreamMetrics, type ResilienceOptions } from '../../../services/upstreams';
import { createResilience } from '../../../services/upstreams/resilience/resilience';
import { resolveResilience } from '../../../services/upstreams/resilience/resilience-options';

const ctx = { requestId: 'r' };
const unavailable = () => new AppError('UPSTREAM_UNAVAILABLE', { upstream: 'x' });

function resilience(options: ResilienceOptions = {}, timeoutMs = 1000) {
  return createResilience({
    upstream: 'x',
    timeoutMs,
    options: resolveResilience(options, 8),
    metrics: createUpstreamMetrics(new Registry()),
    random: () => 0,
  });
}

/** A send that fails with each given error in turn, then succeeds; records each deadline. */
function scripted(...failures: Error[]) {
  const deadlines: number[] = [];
  const send = async (deadline: number) => {
    deadlines.push(deadline);
    const failure = failures.shift();
    if (failure) throw failure;
    return 'ok';
  };
  return { send, deadlines };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe('createResilience', () => {
  it('sends nothing and fails with UPSTREAM_TIMEOUT when the request deadline has passed', async () => {
    const { send, deadlines } = scripted();
    const late = { ...ctx, deadline: Date.now() - 1 };
    expect(await codeOf(resilience().call(late, true, send))).toBe('UPSTREAM_TIMEOUT');
    expect(deadlines).toHaveLength(0);
  });

  it('gives the retry the same deadline as the first attempt: retries never extend a call', async () => {
    const { send, deadlines } = scripted(unavailable());
    await expect(resilience().call(ctx, true, send)).resolves.toBe('ok');
    expect(deadlines).toHaveLength(2);
    expect(deadlines[1]).toBe(deadlines[0]);
  });

  it('does not retry a call that is not idempotent', async () => {
    const { send, deadlines } = scripted(unavailable());
    expect(await codeOf(resilience().call(ctx, false, send))).toBe('UPSTREAM_UNAVAILABLE');
    expect(deadlines).toHaveLength(1);
  });

  it('does not retry once the client has gone', async () => {
    const client = new AbortController();
    const send = async () => {
      client.abort();
      throw unavailable();
    };
    const aborted = { ...ctx, signal: client.signal };
    expect(await codeOf(resilience().call(aborted, true, send))).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('stops the retry with CIRCUIT_OPEN when the first failure opened the circuit', async () => {
    const { send, deadlines } = scripted(unavailable(), unavailable());
    const strict = resilience({ breaker: { consecutiveFailures: 1 } });
    expect(await codeOf(strict.call(ctx, true, send))).toBe('CIRCUIT_OPEN');
    expect(deadlines).toHaveLength(1);
    expect(strict.circuitState()).toBe('open');
  });

  it('lets a programming error through untouched and never counts it against the backend', async () => {
    const strict = resilience({ breaker: { consecutiveFailures: 1 } });
    const bug = new TypeError('bug');
    await expect(strict.call(ctx, true, () => Promise.reject(bug))).rejects.toBe(bug);
    expect(strict.circuitState()).toBe('closed');
  });
});
