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
  const bff = await startPartnerBff(config, { logger });
  logger.info(
    {
      url: bff.url,
      admin: bff.adminUrl,
      keys: config.apiKeys.kind,
      tracing: telemetry.tracing.enabled,
    },
    'partner BFF listening',
  );
  return telemetry.stopping(bff);
});
