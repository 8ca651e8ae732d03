import { at, envMap, isRecord, list, record, text, type Json } from './narrow';
import { readYaml } from './project-files';

export const COMPOSE_FILE = 'docker-compose.yml';

let parsed: Json | undefined;

/** The parsed compose file, read once per test file (tests never change it). */
export function composeFile(): Json {
  parsed ??= record(readYaml(COMPOSE_FILE), COMPOSE_FILE);
  return parsed;
}

export function composeServices(): Record<string, Json> {
  const services = record(composeFile().services, 'services');
  const entries = Object.entries(services).map(([name, s]) => [name, record(s, name)] as const);
  return Object.fromEntries(entries);
}

export function composeService(name: string): Json {
  const service = composeServices()[name];
  if (!service) throw new Error(`${COMPOSE_FILE} has no service "${name}"`);
  return service;
}

/** Services built from the frontdoor image: they run `node dist/<entry>.js`. */
export function frontdoorServices(): string[] {
  return Object.entries(composeServices())
    .filter(([, service]) => service.image === 'frontdoor:latest')
    .map(([name]) => name);
}

export function serviceEnv(name: string): Record<string, string> {
  return envMap(composeService(name).environment ?? {}, `${name}.environment`);
}

export function serviceCommand(name: string): string[] {
  return list(composeService(name).command, `${name}.command`).map((c, i) =>
    text(c, `${name}.command[${i}]`),
  );
}

/** Published ports as numbers; `HOST:CONTAINER` and `IP:HOST:CONTAINER` forms. */
export function publishedPorts(name: string): { host: number; container: number }[] {
  return list(composeService(name).ports ?? [], `${name}.ports`).map((port, i) => {
    const parts = text(port, `${name}.ports[${i}]`).split(':');
    return { host: Number(parts.at(-2)), container: Number(parts.at(-1)) };
  });
}

/** The healthcheck's command line, joined, or undefined without one. */
export function healthcheck(name: string): string | undefined {
  const check = composeService(name).healthcheck;
  if (!isRecord(check)) return undefined;
  return list(at(check, 'test'), `${name}.healthcheck.test`).map(String).join(' ');
}

/** Compose durations as used here ("30s", "1m30s") in seconds. */
export function durationSeconds(value: unknown, where: string): number {
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(text(value, where));
  if (!match || (!match[1] && !match[2])) throw new Error(`${where}: not a duration`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/** `node dist/services/x/main.js` (or the bare argument) → `services/x/main.ts`. */
export function entrySource(argument: string): string {
  const match = /^dist\/(services\/.+)\.js$/.exec(argument);
  if (!match) throw new Error(`"${argument}" is not a compiled entry under dist/services/`);
  return `${match[1]}.ts`;
}
