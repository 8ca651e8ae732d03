import { context, diag, DiagLogLevel, propagation, trace } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type * as TraceSdk from '@opentelemetry/sdk-trace-base';
import type { Sampler, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createAsyncLocalContextManager } from './async-local-context';
import { pinoDiagLogger } from './diag-logger';
import type { SamplerName, TelemetryConfig } from './telemetry-config';

export interface Tracing {
  readonly enabled: boolean;
  /**
   * Flushes the spans still buffered (for at most FLUSH_TIMEOUT_MS), then uninstalls the
   * provider. Never rejects: a collector that is down must not hold up or fail a stop.
   * Idempotent.
   */
  shutdown(): Promise<void>;
}

export interface InstallTracingOptions {
  serviceName: string;
  /** Where finished spans go: a BatchSpanProcessor in production, a Simple one in tests. */
  spanProcessors: SpanProcessor[];
  /** Default: parentbased_always_on, the specification's default. */
  sampler?: { name: SamplerName; ratio: number };
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

/** How long a stop waits for the last spans to leave (the exporter alone retries for 10 s). */
export const FLUSH_TIMEOUT_MS = 2000;

function withinFlushTime(flushing: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not flushed within ${FLUSH_TIMEOUT_MS} ms`)),
      FLUSH_TIMEOUT_MS,
    );
    timer.unref();
  });
  return Promise.race([flushing, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Tracing from TelemetryConfig: off unless an OTLP endpoint is configured, and then spans
 * leave in batches (BatchSpanProcessor: a bounded queue, exported off the request path,
 * dropped rather than blocking when the collector is slow) as OTLP/HTTP JSON. The SDK is
 * imported only here, so a process without tracing never loads it.
 */
export async function startTracing(config: TelemetryConfig, logger?: Logger): Promise<Tracing> {
  const tracing = config.tracing;
  if (!tracing) return OFF;
  // Export failures and dropped spans are warnings worth seeing; the SDK's chatter is not.
  if (logger) diag.setLogger(pinoDiagLogger(logger), DiagLogLevel.WARN);
  const [{ BatchSpanProcessor }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const exporter = new OTLPTraceExporter({ url: tracing.tracesUrl });
  return installTracing({
    serviceName: config.serviceName,
    spanProcessors: [new BatchSpanProcessor(exporter)],
    sampler: { name: tracing.sampler, ratio: tracing.samplerRatio },
  });
}

/**
 * Installs a tracer provider, the AsyncLocalStorage context manager and the W3C Trace
 * Context propagator as the OpenTelemetry API's globals (what instrumented code reaches
 * through `trace`, `context` and `propagation`). Tests call it with an in-memory exporter.
 */
export async function installTracing(options: InstallTracingOptions): Promise<Tracing> {
  const [sdk, { resourceFromAttributes }, { W3CTraceContextPropagator }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    sampler: createSampler(sdk, options.sampler ?? { name: 'parentbased_always_on', ratio: 1 }),
    spanProcessors: options.spanProcessors,
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(createAsyncLocalContextManager());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  let stopping: Promise<void> | undefined;
  return {
    enabled: true,
    shutdown: () =>
      (stopping ??= withinFlushTime(provider.shutdown())
        .catch((error: unknown) => diag.warn('spans still queued were not exported', error))
        .finally(() => {
          trace.disable();
          context.disable();
          propagation.disable();
          diag.disable();
        })),
  };
}

type SamplerKit = Pick<
  typeof TraceSdk,
  'AlwaysOnSampler' | 'AlwaysOffSampler' | 'TraceIdRatioBasedSampler' | 'ParentBasedSampler'
>;

function createSampler(kit: SamplerKit, { name, ratio }: { name: SamplerName; ratio: number }) {
  const root: Sampler = name.endsWith('always_off')
    ? new kit.AlwaysOffSampler()
    : name.endsWith('traceidratio')
      ? new kit.TraceIdRatioBasedSampler(ratio)
      : new kit.AlwaysOnSampler();
  return name.startsWith('parentbased_') ? new kit.ParentBasedSampler({ root }) : root;
}
