import { type BackendOptions, resolveBackendOptions } from '../common/backend-options';
import type { RestBackendHandle } from '../common/backend-options';
import { createRestApp, listenRest } from '../common/rest-app';
import { getSampleData } from '../data/sample-data';
import { registerUserRoutes } from './routes';

/** Starts the users REST backend (contracts/rest/users-api.ts). */
export async function startUsersBackend(options?: BackendOptions): Promise<RestBackendHandle> {
  const resolved = resolveBackendOptions(options);
  const app = createRestApp(resolved);
  registerUserRoutes(app, resolved, getSampleData());
  return listenRest(app, resolved);
}
