import pino from 'pino';
import { devKeysDir, runMain } from '../shared';
import { loadPartnerConfig } from './config';
import { startPartnerBff } from './server';

runMain('bff-partner', async () => {
  const config = loadPartnerConfig(process.env, devKeysDir());
  const logger = pino({ level: config.edge.logLevel, base: { service: 'bff-partner' } });
  const bff = await startPartnerBff(config, { logger });
  logger.info(
    { url: bff.url, admin: bff.adminUrl, keys: config.apiKeys.kind },
    'partner BFF listening',
  );
  return bff;
});
