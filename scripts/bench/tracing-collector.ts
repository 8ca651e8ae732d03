import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CollectorStub {
  /** Base URL for OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://127.0.0.1:41234. */
  readonly endpoint: string;
  /** Spans received so far, and the export requests that carried them. */
  counts(): { spans: number; exports: number };
  close(): Promise<void>;
}

/**
 * An OTLP/HTTP collector reduced to what the benchmark needs: it accepts POST /v1/traces
 * (JSON, as the exporter sends it), counts the spans and answers 200, so exporting costs the
 * BFF what it would against a real collector on the same host, minus the collector's work.
 */
export async function startCollectorStub(): Promise<CollectorStub> {
  let spans = 0;
  let exports = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        exports++;
        spans += spanCount(Buffer.concat(chunks).toString('utf8'));
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => ({ spans, exports }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface ExportBody {
  resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: unknown[] }> }>;
}

/** Spans in one OTLP JSON export request. */
export function spanCount(json: string): number {
  try {
    const body = JSON.parse(json) as ExportBody;
    return (body.resourceSpans ?? [])
      .flatMap((resource) => resource.scopeSpans ?? [])
      .reduce((sum, scope) => sum + (scope.spans?.length ?? 0), 0);
  } catch {
    return 0;
  }
}
