import type { EnvReader } from '../config/env-reader';

/** The OTEL_TRACES_SAMPLER values of the OpenTelemetry specification (env var spec). */
export const SAMPLER_NAMES = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type SamplerName = (typeof SAMPLER_NAMES)[number];

export type LogFormat = 'auto' | 'json' | 'pretty';

export interface TracingConfig {
  /** Where spans are POSTed as OTLP/HTTP JSON, e.g. http://otel-collector:4318/v1/traces. */
  readonly tracesUrl: string;
  readonly sampler: SamplerName;
  /** Share of traces kept by the `*traceidratio` samplers, 0..1. */
  readonly samplerRatio: number;
}

export interface TelemetryConfig {
  /** `service.name` of every span (OTEL_SERVICE_NAME, default the service's own name). */
  readonly serviceName: string;
  /** `auto`: pretty in development on a terminal, JSON otherwise (chooseLogFormat). */
  readonly logFormat: LogFormat;
  /** Undefined: tracing off. No SDK is loaded and the OpenTelemetry API stays a no-op. */
  readonly tracing: TracingConfig | undefined;
}

/**
 * The standard OTEL_* variables this project honours, plus LOG_FORMAT. Tracing is on only
 * when an OTLP endpoint is given, OTEL_SDK_DISABLED is not true and OTEL_TRACES_EXPORTER is
 * not `none`: an unconfigured process pays nothing for it.
 */
export function readTelemetryConfig(read: EnvReader, serviceName: string): TelemetryConfig {
  const logFormat = read.oneOf('LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto');
  const disabled = read.boolean('OTEL_SDK_DISABLED', false);
  const exporter = read.oneOf('OTEL_TRACES_EXPORTER', ['otlp', 'none'] as const, 'otlp');
  const tracesUrl = tracesEndpoint(read);
  const sampler = read.oneOf('OTEL_TRACES_SAMPLER', SAMPLER_NAMES, 'parentbased_always_on');
  const samplerRatio = read.number('OTEL_TRACES_SAMPLER_ARG', 1, { min: 0, max: 1 });
  const on = !disabled && exporter === 'otlp' && tracesUrl !== undefined;
  return {
    serviceName: read.string('OTEL_SERVICE_NAME', serviceName),
    logFormat,
    tracing: on ? { tracesUrl, sampler, samplerRatio } : undefined,
  };
}

/**
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as given; OTEL_EXPORTER_OTLP_ENDPOINT is a base
 * to which `v1/traces` is appended (OTLP exporter specification).
 */
function tracesEndpoint(read: EnvReader): string | undefined {
  const signal = checkedUrl(read, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = checkedUrl(read, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (signal !== undefined) return signal;
  return base === undefined ? undefined : `${base.replace(/\/+$/, '')}/v1/traces`;
}

function checkedUrl(read: EnvReader, name: string): string | undefined {
  const value = read.optionalString(name);
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]/.test(value) || !URL.canParse(value)) {
    read.problem(`${name} must be an http(s) URL, got "${value}"`);
    return undefined;
  }
  return value;
}

/** Pretty output for a developer at a terminal; JSON for everything that collects logs. */
export function chooseLogFormat(
  format: LogFormat,
  mode: string,
  stdoutIsTerminal: boolean,
): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return mode === 'development' && stdoutIsTerminal ? 'pretty' : 'json';
}
