import type { DiagLogger } from '@opentelemetry/api';
import type { Logger } from 'pino';

/**
 * OpenTelemetry's own complaints (an export the collector refused, spans dropped because the
 * batch queue was full) as log lines of the process logger, instead of nowhere.
 */
export function pinoDiagLogger(logger: Logger): DiagLogger {
  const child = logger.child({ component: 'opentelemetry' });
  const detail = (args: unknown[]) => (args.length > 0 ? { detail: args.map(String) } : {});
  return {
    error: (message, ...args) => child.error(detail(args), message),
    warn: (message, ...args) => child.warn(detail(args), message),
    info: (message, ...args) => child.info(detail(args), message),
    debug: (message, ...args) => child.debug(detail(args), message),
    verbose: (message, ...args) => child.trace(detail(args), message),
  };
}
