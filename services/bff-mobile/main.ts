import pino from 'pino';
import { runMain } from '../shared';
import { loadMobileConfig } from './config';
import { startMobileBff } from './server';

runMain('bff-mobile', async () => {
  const config = loadMobileConfig(process.env);
  const logger = pino({ level: config.edge.logLevel, base: { service: 'bff-mobile' } });
  const bff = await startMobileBff(config, { logger });
  logger.info(
    { url: bff.url, admin: bff.adminUrl, auth: config.auth.kind },
    'mobile BFF listening',
  );
  return bff;
});
