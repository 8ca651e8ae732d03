import { STACK_SERVICES } from '../../../scripts/stack-services';
import { readBackendEnv } from '../../../services/backends/common/env';
import { KEYS_READ_ELSEWHERE } from './support/bffs';
import {
  composeServices,
  entrySource,
  frontdoorServices,
  healthcheck,
  serviceCommand,
  serviceEnv,
} from './support/compose';
import { envKeysReadUnder } from './support/env-keys';
import { exists, listFiles, readText } from './support/project-files';

const BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'];
const REST_BACKENDS = ['users', 'orders'];
const services = frontdoorServices();

/** The port a backend's main.ts listens on by default. */
function backendDefaultPort(name: string): number {
  const match = /defaultPort:\s*([\d_]+)/.exec(readText(`services/backends/${name}/main.ts`));
  if (!match?.[1]) throw new Error(`no defaultPort in services/backends/${name}/main.ts`);
  return Number(match[1].replace(/_/g, ''));
}

describe('docker-compose.yml: frontdoor services', () => {
  it('runs each service entry point of the repository exactly once', () => {
    const entries = services.map((name) => entrySource(serviceCommand(name).at(-1) ?? ''));
    const mains = listFiles('services', '.ts').filter((file) => file.endsWith('/main.ts'));
    expect(entries.sort()).toEqual(mains);
  });

  it.each(services)(
    '%s: its command is Node flags, then one compiled entry that exists',
    (name) => {
      const command = serviceCommand(name);
      expect(command.slice(0, -1).every((arg) => arg.startsWith('--'))).toBe(true);
      expect(exists(entrySource(command.at(-1) ?? ''))).toBe(true);
    },
  );

  it.each(services)('%s: runs what `npm start` runs, on the same ports', (name) => {
    const stack = STACK_SERVICES.find((s) => s.name === name);
    expect(stack).toBeDefined();
    expect(serviceCommand(name)).toEqual([...(stack?.nodeFlags ?? []), `dist/${stack?.entry}`]);
    expect(serviceEnv(name)).toMatchObject(stack?.env ?? {});
  });

  it.each(services)('%s: listens on all interfaces and reports traces as itself', (name) => {
    const env = serviceEnv(name);
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.OTEL_SERVICE_NAME).toBe(name);
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
  });

  it.each(BACKENDS)('%s: keeps its default port and a valid environment', (name) => {
    const env = serviceEnv(name);
    expect(Number(env.PORT)).toBe(backendDefaultPort(name));
    expect(readBackendEnv(env, backendDefaultPort(name))).toMatchObject({ ok: true });
    const known = new Set([
      ...envKeysReadUnder('services/backends'),
      ...Object.keys(KEYS_READ_ELSEWHERE),
    ]);
    expect(Object.keys(env).filter((key) => !known.has(key))).toEqual([]);
  });

  it.each(BACKENDS)('%s: its healthcheck probes its own port', (name) => {
    const port = serviceEnv(name).PORT ?? '';
    const probe = REST_BACKENDS.includes(name)
      ? `http://127.0.0.1:${port}/healthz`
      : `connect(${port},'127.0.0.1')`;
    expect(healthcheck(name)).toContain(probe);
  });

  it('addresses each backend by its service name and the port it listens on', () => {
    const ports = new Map(BACKENDS.map((b) => [b, serviceEnv(b).PORT]));
    const wrong = services.flatMap((name) =>
      Object.entries(serviceEnv(name)).filter(([, value]) => {
        const [, host = '', port] = /^(?:[a-z]+:\/\/)?([a-z][a-z0-9-]*):(\d+)$/.exec(value) ?? [];
        return ports.has(host) && ports.get(host) !== port;
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('names only services that exist in depends_on', () => {
    const names = Object.keys(composeServices());
    for (const [name, service] of Object.entries(composeServices())) {
      const deps = service.depends_on ?? [];
      const list = Array.isArray(deps) ? deps.map(String) : Object.keys(deps);
      expect({ name, missing: list.filter((d) => !names.includes(d)) }).toEqual({
        name,
        missing: [],
      });
    }
  });
});
