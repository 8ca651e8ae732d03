import { at, list, record, text, type Json } from './narrow';
import { listFiles, readYamlDocuments } from './project-files';

export const K8S_DIR = 'deploy/kubernetes';

export interface Manifest {
  readonly file: string;
  readonly kind: string;
  readonly name: string;
  readonly doc: Json;
}

let parsed: Manifest[] | undefined;

/** Every Kubernetes object under deploy/kubernetes (kustomization files excluded), read once. */
export function manifests(): Manifest[] {
  parsed ??= readManifests();
  return parsed;
}

function readManifests(): Manifest[] {
  return listFiles(K8S_DIR, '.yaml')
    .filter((file) => !file.endsWith('kustomization.yaml'))
    .flatMap((file) =>
      readYamlDocuments(file).map((value, i) => {
        const doc = record(value, `${file}#${i}`);
        return { file, kind: text(doc.kind, `${file} kind`), name: name(doc, file), doc };
      }),
    );
}

function name(doc: Json, file: string): string {
  return text(at(doc, 'metadata', 'name'), `${file} metadata.name`);
}

export function findManifest(kind: string, objectName: string): Manifest {
  const found = manifests().find((m) => m.kind === kind && m.name === objectName);
  if (!found) throw new Error(`no ${kind} "${objectName}" under ${K8S_DIR}`);
  return found;
}

/** The one container of a Deployment's pod template. */
export function mainContainer(deployment: Json): Json {
  const containers = list(at(deployment, 'spec', 'template', 'spec', 'containers'), 'containers');
  if (containers.length !== 1) throw new Error('expected exactly one container');
  return record(containers[0], 'containers[0]');
}

export function podSpec(deployment: Json): Json {
  return record(at(deployment, 'spec', 'template', 'spec'), 'spec.template.spec');
}

/** containerPort by port name. */
export function namedPorts(container: Json): Record<string, number> {
  const entries = list(container.ports, 'ports').map((p) => {
    const port = record(p, 'port');
    return [text(port.name, 'port name'), Number(port.containerPort)] as const;
  });
  return Object.fromEntries(entries);
}

/** A probe's HTTP path and port (a number, or resolved from the container's port names). */
export function httpProbe(container: Json, probe: string): { path: string; port: number } {
  const get = record(at(container, probe, 'httpGet'), `${probe}.httpGet`);
  const port = typeof get.port === 'number' ? get.port : namedPorts(container)[String(get.port)];
  if (port === undefined) throw new Error(`${probe}: port ${String(get.port)} is not declared`);
  return { path: text(get.path, `${probe}.path`), port };
}

/** Kubernetes quantities used here: "250m", "1", "256Mi", "512Mi". */
export function quantity(value: unknown): number {
  const match = /^(\d+(?:\.\d+)?)(m|Mi|Gi)?$/.exec(String(value));
  if (!match) throw new Error(`unsupported quantity "${String(value)}"`);
  const scale = { m: 0.001, Mi: 2 ** 20, Gi: 2 ** 30 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * scale;
}
