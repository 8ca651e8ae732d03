/**
 * Typed reading of environment variables that collects every problem before failing, so an
 * operator fixes a broken deployment in one pass instead of one variable per restart.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export interface IntRule {
  min?: number;
  max?: number;
}

export interface EnvReader {
  string(name: string, fallback: string): string;
  optionalString(name: string): string | undefined;
  int(name: string, fallback: number, rule?: IntRule): number;
  number(name: string, fallback: number, rule?: IntRule): number;
  boolean(name: string, fallback: boolean): boolean;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  url(name: string, fallback: string): string;
  /** Records a problem found by the caller (e.g. a combination of variables). */
  problem(message: string): void;
  /** Throws a ConfigError listing every problem, if any. */
  finish(): void;
}

export function createEnvReader(env: Env): EnvReader {
  const problems: string[] = [];
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const numeric = (name: string, fallback: number, rule: IntRule, integer: boolean): number => {
    const value = raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    const kind = integer ? 'an integer' : 'a number';
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed))) {
      problems.push(`${name} must be ${kind}, got "${value}"`);
      return fallback;
    }
    if (
      (rule.min !== undefined && parsed < rule.min) ||
      (rule.max !== undefined && parsed > rule.max)
    ) {
      problems.push(
        `${name} must be between ${rule.min ?? '-inf'} and ${rule.max ?? 'inf'}, got ${parsed}`,
      );
      return fallback;
    }
    return parsed;
  };

  return {
    string: (name, fallback) => raw(name) ?? fallback,
    optionalString: (name) => raw(name),
    int: (name, fallback, rule = {}) => numeric(name, fallback, rule, true),
    number: (name, fallback, rule = {}) => numeric(name, fallback, rule, false),
    boolean(name, fallback) {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      problems.push(`${name} must be true or false, got "${value}"`);
      return fallback;
    },
    oneOf(name, allowed, fallback) {
      const value = raw(name);
      if (value === undefined) return fallback;
      if ((allowed as readonly string[]).includes(value)) return value as (typeof allowed)[number];
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
      return fallback;
    },
    url(name, fallback) {
      const value = raw(name) ?? fallback;
      try {
        new URL(value);
      } catch {
        problems.push(`${name} must be a URL, got "${value}"`);
      }
      return value;
    },
    problem: (message) => void problems.push(message),
    finish() {
      if (problems.length > 0) throw new ConfigError(problems);
    },
  };
}
