import { runBackendMain } from '../common/run-main';
import { startCatalogBackend } from './server';

void runBackendMain({
  name: 'catalog',
  defaultPort: 50051,
  env: process.env,
  start: startCatalogBackend,
});
