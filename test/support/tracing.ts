import { SpanKind } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { installTracing, type Tracing } from '../../services/shared';

export interface TestTracing {
  readonly exporter: InMemorySpanExporter;
  /** Finished spans of one trace. */
  spansOf(traceId: string): ReadableSpan[];
  /** Waits until a span matching `test` has finished (a server span ends after its response). */
  waitFor(test: (span: ReadableSpan) => boolean, timeoutMs?: number): Promise<ReadableSpan>;
  shutdown(): Promise<void>;
}

/** Installs tracing as main.ts would, exporting every span at once to memory. */
export async function installTestTracing(): Promise<TestTracing> {
  const exporter = new InMemorySpanExporter();
  const tracing: Tracing = await installTracing({
    serviceName: 'test',
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const spansOf = (traceId: string) =>
    exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  return {
    exporter,
    spansOf,
    async waitFor(test, timeoutMs = 2000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = exporter.getFinishedSpans().find(test);
        if (found) return found;
        if (Date.now() > until) throw new Error('span not finished in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    shutdown: () => tracing.shutdown(),
  };
}

export const isServer = (span: ReadableSpan): boolean => span.kind === SpanKind.SERVER;
export const isClient = (span: ReadableSpan): boolean => span.kind === SpanKind.CLIENT;
export const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

/** A W3C traceparent a client would send, with random ids. */
export function clientTraceparent(): { header: string; traceId: string; parentId: string } {
  const hex = (bytes: number) =>
    Array.from({ length: bytes }, () =>
      Math.floor(Math.random() * 256)
        .toString(16)
        .padStart(2, '0'),
    ).join('');
  const traceId = hex(16);
  const parentId = hex(8);
  return { header: `00-${traceId}-${parentId}-01`, traceId, parentId };
}
