/** What a backend's main.ts reads from the environment. */
export interface BackendEnv {
  readonly host: string;
  readonly port: number;
  readonly latency: { readonly fixedMs: number; readonly jitterMs: number };
  readonly errorRate: number;
  readonly logLevel: string;
}

export type EnvResult =
  | { readonly ok: true; readonly config: BackendEnv }
  | { readonly ok: false; readonly problems: readonly string[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, max: number, problems: string[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value <= max)) problems.push(`${name} must be an integer in 0..${max}, got "${raw}"`);
  return value;
}

function rate(env: Env, name: string, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return 0;
  const value = /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 0 && value <= 1)) problems.push(`${name} must be a number in 0..1, got "${raw}"`);
  return value;
}

/**
 * Reads HOST, PORT, LATENCY_MS, LATENCY_JITTER_MS, ERROR_RATE and LOG_LEVEL, listing every
 * bad value (each message names its variable) rather than stopping at the first.
 */
export function readBackendEnv(env: Env, defaultPort: number): EnvResult {
  const problems: string[] = [];
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const config: BackendEnv = {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', defaultPort, 65_535, problems),
    latency: {
      fixedMs: integer(env, 'LATENCY_MS', 0, 600_000, problems),
      jitterMs: integer(env, 'LATENCY_JITTER_MS', 0, 600_000, problems),
    },
    errorRate: rate(env, 'ERROR_RATE', problems),
    logLevel,
  };
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, config: Object.freeze(config) };
}
