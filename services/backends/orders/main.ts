import { runBackendMain } from '../common/run-main';
import { startOrdersBackend } from './server';

void runBackendMain({
  name: 'orders',
  defaultPort: 5002,
  env: process.env,
  start: startOrdersBackend,
});
