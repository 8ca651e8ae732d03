import pino from 'pino';
import { runMain } from '../shared';
import { loadWebConfig } from './config';
import { startWebBff } from './server';

runMain('bff-web', async () => {
  const config = loadWebConfig(process.env);
  const logger = pino({ level: config.edge.logLevel, base: { service: 'bff-web' } });
  const bff = await startWebBff(config, { logger });
  logger.info({ url: bff.url, admin: bff.adminUrl, auth: config.auth.kind }, 'web BFF listening');
  return bff;
});
