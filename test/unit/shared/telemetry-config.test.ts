import {
  chooseLogFormat,
  ConfigError,
  createEnvReader,
  readTelemetryConfig,
  type TelemetryConfig,
} from '../../../services/shared';

function read(env: Record<string, string>): TelemetryConfig {
  const reader = createEnvReader(env);
  const config = readTelemetryConfig(reader, 'bff-web');
  reader.finish();
  return config;
}

describe('readTelemetryConfig', () => {
  it('leaves tracing off with no endpoint, and names the service after itself', () => {
    expect(read({})).toEqual({ serviceName: 'bff-web', logFormat: 'auto', tracing: undefined });
  });

  it('appends v1/traces to OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    const config = read({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318/',
      OTEL_SERVICE_NAME: 'web-eu',
    });
    expect(config.serviceName).toBe('web-eu');
    expect(config.tracing).toEqual({
      tracesUrl: 'http://otel-collector:4318/v1/traces',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
    });
  });

  it('uses OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, before the generic one', () => {
    const config = read({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/custom/traces',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(config.tracing).toEqual({
      tracesUrl: 'http://b:4318/custom/traces',
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
    });
  });

  it.each<Record<string, string>>([
    { OTEL_SDK_DISABLED: 'true' },
    { OTEL_TRACES_EXPORTER: 'none' },
  ])('stays off with an endpoint when %p', (off) => {
    expect(read({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', ...off }).tracing).toBeUndefined();
  });

  it('lists every bad value at once', () => {
    let problems: readonly string[] = [];
    try {
      read({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318',
        OTEL_TRACES_SAMPLER: 'sometimes',
        OTEL_TRACES_SAMPLER_ARG: '2',
        LOG_FORMAT: 'xml',
      });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'LOG_FORMAT',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_TRACES_SAMPLER',
      'OTEL_TRACES_SAMPLER_ARG',
    ]);
  });
});

describe('chooseLogFormat', () => {
  it('is pretty only in development on a terminal, unless told', () => {
    expect(chooseLogFormat('auto', 'development', true)).toBe('pretty');
    expect(chooseLogFormat('auto', 'development', false)).toBe('json');
    expect(chooseLogFormat('auto', 'production', true)).toBe('json');
    expect(chooseLogFormat('pretty', 'production', false)).toBe('pretty');
    expect(chooseLogFormat('json', 'development', true)).toBe('json');
  });
});
