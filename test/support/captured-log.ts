import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../services/shared';

export interface CapturedLog {
  /** The production logger (JSON, redaction on), writing into memory. */
  readonly logger: Logger;
  /** Every line written so far, parsed. */
  lines(): Array<Record<string, unknown>>;
  /** Access lines only (`msg: "graphql request"`). */
  accessLines(): Array<Record<string, unknown>>;
  /** Everything written, as text: what a secret must never appear in. */
  text(): string;
}

/** A logger as main.ts builds it, whose output a test can read. */
export function captureLog(): CapturedLog {
  let written = '';
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level: 'info', format: 'json', destination });
  const lines = () =>
    written
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    logger,
    lines,
    accessLines: () => lines().filter((line) => line.msg === 'graphql request'),
    text: () => written,
  };
}

/** Waits for the access line of `requestId`: it is written when the response closes. */
export async function accessLineOf(
  log: CapturedLog,
  requestId: string,
): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const line = log.accessLines().find((l) => l.requestId === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no access line for ${requestId}`);
}
