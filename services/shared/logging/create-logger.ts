import { createRequire } from 'node:module';
import pino, { type Logger, type LoggerOptions } from 'pino';

export interface CreateLoggerOptions {
  level: string;
  /** `pretty` needs pino-pretty (a dev dependency); without it the output stays JSON. */
  format: 'json' | 'pretty';
  /** Fields on every line, e.g. `{ service: 'bff-web' }`. */
  base?: Record<string, string>;
  /** Where JSON lines go. Default: stdout, written asynchronously (see below). */
  destination?: pino.DestinationStream;
}

/**
 * Credentials never reach a log line: the edge logs none of them on purpose, and these
 * paths censor them should a header object ever be logged (an `err` carrying a request,
 * a debug line). Keys are lower case, as Node delivers headers.
 */
export const REDACTED_PATHS: readonly string[] = ['authorization', 'cookie', 'x-api-key'].flatMap(
  (name) => [`headers["${name}"]`, `req.headers["${name}"]`, `request.headers["${name}"]`],
);

/** Past this much unwritten output (stdout stalled), new lines are dropped, not queued. */
export const MAX_PENDING_LOG_BYTES = 16 * 1024 * 1024;

/**
 * The process logger: JSON lines (one object per line) for collectors, or pino-pretty for a
 * developer. JSON goes to stdout through pino's asynchronous destination: a line is handed to
 * the kernel without waiting (lines written meanwhile leave together), so a slow consumer of
 * stdout (a container runtime's pipe) never stalls the event loop; at most
 * MAX_PENDING_LOG_BYTES wait, beyond that lines are dropped rather than memory growing; pino
 * flushes what is pending synchronously when the process exits.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const settings: LoggerOptions = {
    level: options.level,
    base: options.base ?? {},
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
  if (options.format === 'pretty' && prettyAvailable()) {
    return pino({ ...settings, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  const destination =
    options.destination ??
    pino.destination({ dest: 1, sync: false, maxLength: MAX_PENDING_LOG_BYTES });
  return pino(settings, destination);
}

function prettyAvailable(): boolean {
  try {
    createRequire(__filename).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
