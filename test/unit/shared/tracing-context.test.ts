import { context, createContextKey, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { createAsyncLocalContextManager } from '../../../services/shared/telemetry/async-local-context';
import { traceIdOf } from '../../../services/shared';

describe('createAsyncLocalContextManager', () => {
  const key = createContextKey('test');
  const manager = createAsyncLocalContextManager();
  afterAll(() => manager.disable());

  it('keeps the context across awaits and timers, and restores the outer one', async () => {
    const ctx = ROOT_CONTEXT.setValue(key, 'inner');
    const seen = await manager.with(ctx, async () => {
      await Promise.resolve();
      const afterAwait = manager.active().getValue(key);
      const afterTimer = await new Promise((resolve) =>
        setTimeout(() => resolve(manager.active().getValue(key)), 1),
      );
      return [afterAwait, afterTimer];
    });
    expect(seen).toEqual(['inner', 'inner']);
    expect(manager.active()).toBe(ROOT_CONTEXT);
  });

  it('binds a function to a context and passes this and arguments', () => {
    const ctx = ROOT_CONTEXT.setValue(key, 'bound');
    const target = { factor: 3 };
    const fn = manager.bind(ctx, function (this: typeof target, n: number) {
      return [manager.active().getValue(key), this.factor * n];
    });
    expect(fn.call(target, 2)).toEqual(['bound', 6]);
  });
});

describe('traceIdOf', () => {
  const id = '0af7651916cd43dd8448eb211c80319c';

  it("takes a client's traceparent when no span records", () => {
    const span = trace.getSpan(context.active());
    expect(traceIdOf(span, `00-${id}-b7ad6b7169203331-01`)).toBe(id);
  });

  it('ignores malformed or all-zero trace ids', () => {
    expect(traceIdOf(undefined, 'garbage')).toBeUndefined();
    expect(traceIdOf(undefined, `00-${'0'.repeat(32)}-b7ad6b7169203331-01`)).toBeUndefined();
    expect(traceIdOf(undefined, ['x'])).toBeUndefined();
  });
});
