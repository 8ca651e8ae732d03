import { startBffProcess } from '../edge';
import { devKeysDir, runMain } from '../shared';
import { loadPartnerConfig } from './config';
import { startPartnerBff } from './server';

runMain('bff-partner', async () => {
  const config = loadPartnerConfig(process.env, devKeysDir());
  return startBffProcess({
    service: 'bff-partner',
    edge: config.edge,
    summary: { keys: config.apiKeys.kind },
    start: (logger) => startPartnerBff(config, { logger }),
  });
});
