import { type Registry } from 'prom-client';

/**
 * The metric already registered under `name`, or a new one: several transports (and
 * several BFFs in one test process) share a registry, and prom-client throws on a second
 * registration of the same name.
 */
export function reuse<M>(
  registry: Registry,
  name: string,
  kind: abstract new (...args: never[]) => M,
  create: () => M,
): M {
  const existing = registry.getSingleMetric(name);
  return existing instanceof kind ? existing : create();
}
