import { runBackendMain } from '../common/run-main';
import { startReviewsBackend } from './server';

void runBackendMain({
  name: 'reviews',
  defaultPort: 50053,
  env: process.env,
  start: startReviewsBackend,
});
