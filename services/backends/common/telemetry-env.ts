import {
  ConfigError,
  createEnvReader,
  readTelemetryConfig,
  type Env,
  type TelemetryConfig,
} from '../../shared';

export type TelemetryEnvResult =
  | { readonly ok: true; readonly config: TelemetryConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * LOG_FORMAT and the OTEL_* variables of one backend (the same reader as the BFFs'),
 * `service.name` defaulting to the backend's name; problems listed, not thrown.
 */
export function readBackendTelemetry(env: Env, name: string): TelemetryEnvResult {
  const read = createEnvReader(env);
  const config = readTelemetryConfig(read, name);
  try {
    read.finish();
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problems: error.problems };
    throw error;
  }
  return { ok: true, config };
}
