import { listFiles, readText } from './project-files';

/**
 * How services/** reads the environment, as source text. Config loaders call the env reader
 * (`read.int('PORT', ...)`), helpers take the env or reader first (`integer(env, 'PORT', ...)`),
 * a few read properties directly (`env.LOG_LEVEL`, `process.env.X`), and tables name them
 * (`{ env: 'USERS_URL' }`).
 */
const PATTERNS: readonly RegExp[] = [
  /\bread\.[A-Za-z]+\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  /\(\s*(?:read|env)\s*,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  /\b(?:process\.)?env\.([A-Z][A-Z0-9_]*)\b/g,
  /\b(?:process\.)?env\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
  // A table naming variables, e.g. BACKEND_ADDRESSES: `users: { env: 'USERS_URL', ... }`.
  /\benv:\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
];

/**
 * In a config reader (a file using EnvReader), a helper whose first argument is a whole
 * UPPER_SNAKE literal takes a variable name, e.g. `seconds('JWT_MAX_LIFETIME_SEC', max)`.
 */
const READER_HELPER = /\b[A-Za-z_$][\w$]*\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g;

/** Env keys the given source text reads. */
export function envKeysInSource(source: string): Set<string> {
  const keys = new Set<string>();
  const patterns = /\bEnvReader\b/.test(source) ? [...PATTERNS, READER_HELPER] : PATTERNS;
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) keys.add(match[1]);
  }
  return keys;
}

/** Env keys read by the TypeScript under `dir` (default: all of services/). */
export function envKeysReadUnder(dir = 'services'): Set<string> {
  const keys = new Set<string>();
  for (const file of listFiles(dir, '.ts')) {
    for (const key of envKeysInSource(readText(file))) keys.add(key);
  }
  return keys;
}

/**
 * The keys a config loader actually looks up, recorded through a Proxy over `env`. Problems
 * are expected (a partial env); the reads before the throw are what counts.
 */
export function recordEnvReads(
  load: (env: Readonly<Record<string, string | undefined>>) => unknown,
  env: Readonly<Record<string, string>>,
): Set<string> {
  const keys = new Set<string>();
  const proxy = new Proxy(env, {
    get(target, property) {
      if (typeof property === 'string') keys.add(property);
      return Reflect.get(target, property) as unknown;
    },
  });
  try {
    load(proxy);
  } catch {
    // A ConfigError still leaves the record of every key read before it.
  }
  return keys;
}
