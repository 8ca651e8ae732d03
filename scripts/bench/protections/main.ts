/**
 * BENCHMARK ONLY: the web BFF with every protection OFF and bearer tokens NOT verified
 * (compiled to dist/scripts/bench/protections/main.js, started by `npm run bench:protections`
 * next to the ordinary web BFF to price the protections). It is services/bff-web/main.ts
 * with one difference, `protections: 'off'`, which lives here, outside services/: the image
 * copies dist/services only, so no deployment can even start it. No explorer either.
 */
import { loadWebConfig } from '../../../services/bff-web/config';
import { startWebBff } from '../../../services/bff-web/server';
import { runMain, startProcessTelemetry } from '../../../services/shared';

runMain('bff-web-unprotected', async () => {
  const config = loadWebConfig(process.env);
  const telemetry = await startProcessTelemetry({
    service: 'bff-web-unprotected',
    level: config.edge.logLevel,
    mode: config.edge.mode,
    telemetry: config.edge.telemetry,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  const { logger } = telemetry;
  const bff = await startWebBff(config, { logger, protections: 'off' });
  logger.info(
    { url: bff.url, admin: bff.adminUrl, protections: 'off', tracing: telemetry.tracing.enabled },
    'web BFF listening (protections off, benchmark only)',
  );
  return telemetry.stopping(bff);
});
