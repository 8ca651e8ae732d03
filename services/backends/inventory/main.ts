import { runBackendMain } from '../common/run-main';
import { startInventoryBackend } from './server';

void runBackendMain({
  name: 'inventory',
  defaultPort: 50052,
  env: process.env,
  start: startInventoryBackend,
});
