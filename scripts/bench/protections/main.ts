/**
 * BENCHMARK ONLY: the web BFF with every protection OFF and bearer tokens NOT verified
 * (compiled to dist/scripts/bench/protections/main.js, started by `npm run bench:protections`
 * next to the ordinary web BFF to price the protections). It is services/bff-web/main.ts
 * with one difference, `protections: 'off'`, which lives here, outside services/: the image
 * copies dist/services only, so no deployment can even start it. No explorer either.
 */
import { startBffProcess } from '../../../services/edge';
import { loadWebConfig } from '../../../services/bff-web/config';
import { startWebBff } from '../../../services/bff-web/server';
import { runMain } from '../../../services/shared';

runMain('bff-web-unprotected', async () => {
  const config = loadWebConfig(process.env);
  return startBffProcess({
    service: 'bff-web-unprotected',
    edge: config.edge,
    summary: { protections: 'off' },
    start: (logger) => startWebBff(config, { logger, protections: 'off' }),
  });
});
