import { runClustered } from '../edge';
import { devKeysDir, runMain, startProcessTelemetry } from '../shared';
import { loadPartnerConfig } from './config';
import { startPartnerBff } from './server';

runMain('bff-partner', async () => {
  const config = loadPartnerConfig(process.env, devKeysDir());
  const telemetry = await startProcessTelemetry({
    service: 'bff-partner',
    level: config.edge.logLevel,
    mode: config.edge.mode,
    telemetry: config.edge.telemetry,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  const { logger } = telemetry;
  // WORKERS > 1: this process becomes the cluster primary and each worker runs the callback.
  const bff = await runClustered({ edge: config.edge, logger }, (log) =>
    startPartnerBff(config, { logger: log }),
  );
  if (bff.role !== 'worker') {
    logger.info(
      {
        url: bff.url,
        admin: bff.adminUrl,
        workers: bff.workers,
        keys: config.apiKeys.kind,
        tracing: telemetry.tracing.enabled,
      },
      'partner BFF listening',
    );
  }
  return telemetry.stopping(bff);
});
