import {
  createEnvReader,
  readTelemetryConfig,
  startTracing,
  tracer,
} from '../../../services/shared';
import { captureLog } from '../../support/captured-log';

describe('startTracing', () => {
  it('loads nothing and stays a no-op without an endpoint', async () => {
    const tracing = await startTracing(readTelemetryConfig(createEnvReader({}), 'test'));
    expect(tracing.enabled).toBe(false);
    expect(tracer().startSpan('x').isRecording()).toBe(false);
    await tracing.shutdown();
  });

  it('stops within the flush time when the collector is down, with a warning, not an error', async () => {
    const log = captureLog();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1' };
    const tracing = await startTracing(
      readTelemetryConfig(createEnvReader(env), 'test'),
      log.logger,
    );
    expect(tracing.enabled).toBe(true);
    tracer().startSpan('lost').end();
    const started = Date.now();
    await expect(tracing.shutdown()).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(4000);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({ level: 40, component: 'opentelemetry' }),
    );
    expect(tracer().startSpan('after').isRecording()).toBe(false);
  });
});
