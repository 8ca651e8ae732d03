import { devExplorer, startBffProcess } from '../edge';
import { runMain } from '../shared';
import { loadMobileConfig } from './config';
import { startMobileBff } from './server';

runMain('bff-mobile', async () => {
  const config = loadMobileConfig(process.env);
  const explorer = devExplorer(config.edge, config.auth);
  return startBffProcess({
    service: 'bff-mobile',
    edge: config.edge,
    summary: { auth: config.auth.kind },
    start: (logger) => startMobileBff(config, { logger, explorer }),
  });
});
