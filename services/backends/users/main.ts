import { runBackendMain } from '../common/run-main';
import { startUsersBackend } from './server';

void runBackendMain({
  name: 'users',
  defaultPort: 5001,
  env: process.env,
  start: startUsersBackend,
});
