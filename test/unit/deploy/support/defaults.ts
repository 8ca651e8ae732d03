import type { Env } from '../../../../services/shared';
import { DEPLOYMENT_KEYS, loadedText, type BffSpec } from './bffs';

/**
 * Keys of `env` whose value changes what a BFF reads compared with leaving the key out: a
 * deploy file that restates a default must restate it exactly, or a change of default in the
 * code would be silently overridden. Deployment choices (DEPLOYMENT_KEYS) are left out.
 */
export function keysThatChangeDefaults(bff: BffSpec, env: Env): string[] {
  const full = loadedText(bff, env);
  return Object.keys(env).filter((key) => {
    if (DEPLOYMENT_KEYS.has(key)) return false;
    const { [key]: _dropped, ...rest } = env;
    return loadedText(bff, rest) !== full;
  });
}
