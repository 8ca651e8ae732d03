import type { BffSpec } from './bffs';
import { findManifest, mainContainer } from './kubernetes';
import { envMap, isRecord, list, record, text, type Json } from './narrow';

/** The objects deploy/kubernetes/<client>/ holds for one BFF. */
export function bffObjects(bff: BffSpec): Record<string, Json> {
  const kinds = ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'];
  const objects = Object.fromEntries(kinds.map((k) => [k, findManifest(k, bff.name).doc]));
  return { ...objects, ConfigMap: findManifest('ConfigMap', bff.name).doc };
}

export function configMapData(bff: BffSpec): Record<string, string> {
  return envMap(findManifest('ConfigMap', bff.name).doc.data, `${bff.name} ConfigMap data`);
}

/** Env entries set directly on the container (`env:`), name → value. */
export function containerEnv(deployment: Json): Record<string, string> {
  const env = list(mainContainer(deployment).env ?? [], 'env').map((e) => {
    const entry = record(e, 'env entry');
    if (!('value' in entry)) throw new Error(`env ${String(entry.name)}: expected a plain value`);
    return [text(entry.name, 'env name'), text(entry.value, 'env value')] as const;
  });
  return Object.fromEntries(env);
}

/** What the container's process sees: the ConfigMap, then direct env entries over it. */
export function podEnv(bff: BffSpec): Record<string, string> {
  return { ...configMapData(bff), ...containerEnv(findManifest('Deployment', bff.name).doc) };
}

/** File paths the pod gets from Secret volumes: mountPath/item path. */
export function secretFiles(deployment: Json): string[] {
  const spec = record(record(deployment.spec, 'spec').template, 'template');
  const pod = record(spec.spec, 'pod spec');
  const secretVolumes = new Map(
    list(pod.volumes ?? [], 'volumes')
      .map((v) => record(v, 'volume'))
      .filter((v) => isRecord(v.secret))
      .map((v) => [text(v.name, 'volume name'), record(v.secret, 'secret')] as const),
  );
  return list(mainContainer(deployment).volumeMounts ?? [], 'volumeMounts').flatMap((m) => {
    const mount = record(m, 'volumeMount');
    const secret = secretVolumes.get(text(mount.name, 'mount name'));
    if (!secret) return [];
    return list(secret.items ?? [], 'items').map(
      (item) => `${text(mount.mountPath, 'mountPath')}/${text(record(item, 'item').path, 'path')}`,
    );
  });
}
