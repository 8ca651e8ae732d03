import { devExplorer, startBffProcess } from '../edge';
import { runMain } from '../shared';
import { loadWebConfig } from './config';
import { startWebBff } from './server';

runMain('bff-web', async () => {
  const config = loadWebConfig(process.env);
  const explorer = devExplorer(config.edge, config.auth);
  return startBffProcess({
    service: 'bff-web',
    edge: config.edge,
    summary: { auth: config.auth.kind },
    start: (logger) => startWebBff(config, { logger, explorer }),
  });
});
