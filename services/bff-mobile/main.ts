import { devTokenHeaders, runClustered } from '../edge';
import { devKeysDir, runMain, startProcessTelemetry } from '../shared';
import { loadMobileConfig } from './config';
import { startMobileBff } from './server';

runMain('bff-mobile', async () => {
  const config = loadMobileConfig(process.env);
  const telemetry = await startProcessTelemetry({
    service: 'bff-mobile',
    level: config.edge.logLevel,
    mode: config.edge.mode,
    telemetry: config.edge.telemetry,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  const { logger } = telemetry;
  // GraphiQL at the GraphQL URL in development, signed in as npm run token's default user.
  const explorer =
    config.edge.mode === 'development'
      ? { headers: devTokenHeaders(config.auth, devKeysDir(), 'u0001') }
      : undefined;
  // WORKERS > 1: this process becomes the cluster primary and each worker runs the callback.
  const bff = await runClustered({ edge: config.edge, logger }, (log) =>
    startMobileBff(config, { logger: log, explorer }),
  );
  if (bff.role !== 'worker') {
    logger.info(
      {
        url: bff.url,
        admin: bff.adminUrl,
        workers: bff.workers,
        auth: config.auth.kind,
        tracing: telemetry.tracing.enabled,
      },
      'mobile BFF listening',
    );
  }
  return telemetry.stopping(bff);
});
