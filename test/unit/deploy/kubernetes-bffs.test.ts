import { BFF_NODE_FLAGS } from '../../../scripts/stack-services';
import { EDGE_DEFAULTS } from '../../../services/edge';
import { BFFS, drainGraceMs } from './support/bffs';
import { bffObjects, podEnv, secretFiles } from './support/bff-manifests';
import { entrySource } from './support/compose';
import { argsOf, runtimeStage } from './support/dockerfile';
import { httpProbe, mainContainer, namedPorts, podSpec, quantity } from './support/kubernetes';
import { at, list, num, record, text } from './support/narrow';
import { exists } from './support/project-files';

const cases = BFFS.map((bff) => [bff.name, bff] as const);

/** The uid the image runs as (Dockerfile `USER uid[:gid]`). */
function imageUid(): number {
  const [user = ''] = argsOf(runtimeStage(), 'USER');
  return Number(user.split(':')[0]);
}

describe.each(cases)('Kubernetes: %s', (name, bff) => {
  const objects = bffObjects(bff);
  const deployment = objects.Deployment ?? {};
  const container = mainContainer(deployment);
  const pod = podSpec(deployment);
  const defaults = EDGE_DEFAULTS[bff.client];
  const podLabels = record(at(deployment, 'spec', 'template', 'metadata', 'labels'), 'labels');

  it('runs two replicas of the BFF entry point from the frontdoor image', () => {
    expect(at(deployment, 'spec', 'replicas')).toBe(2);
    expect(text(container.image, 'image')).toMatch(/^frontdoor:/);
    const args = list(container.args, 'args').map(String);
    expect(args).toEqual([...BFF_NODE_FLAGS, `dist/services/${name}/main.js`]);
    expect(exists(entrySource(args.at(-1) ?? ''))).toBe(true);
  });

  it('declares the default GraphQL and admin ports, as the ConfigMap sets them', () => {
    expect(namedPorts(container)).toEqual({ graphql: defaults.port, admin: defaults.adminPort });
    expect(podEnv(bff)).toMatchObject({
      PORT: String(defaults.port),
      ADMIN_PORT: String(defaults.adminPort),
      HOST: '0.0.0.0',
      ADMIN_HOST: '0.0.0.0',
    });
  });

  it('probes liveness on /healthz and readiness on /readyz, on the admin port', () => {
    const admin = defaults.adminPort;
    expect(httpProbe(container, 'startupProbe')).toEqual({ path: '/healthz', port: admin });
    expect(httpProbe(container, 'livenessProbe')).toEqual({ path: '/healthz', port: admin });
    expect(httpProbe(container, 'readinessProbe')).toEqual({ path: '/readyz', port: admin });
  });

  it('gives the preStop pause and the drain time to finish before SIGKILL', () => {
    const command = list(at(container, 'lifecycle', 'preStop', 'exec', 'command'), 'preStop');
    expect(command[0]).toBe('sleep');
    const pauseSec = Number(command[1]);
    expect(pauseSec).toBeGreaterThan(0);
    const grace = num(pod.terminationGracePeriodSeconds, 'terminationGracePeriodSeconds');
    expect(grace * 1000).toBeGreaterThan(pauseSec * 1000 + drainGraceMs(podEnv(bff)));
  });

  it('requests and limits CPU and memory, with the V8 heap below the memory limit', () => {
    const requests = record(at(container, 'resources', 'requests'), 'requests');
    const limits = record(at(container, 'resources', 'limits'), 'limits');
    for (const resource of ['cpu', 'memory']) {
      expect(quantity(requests[resource])).toBeLessThanOrEqual(quantity(limits[resource]));
    }
    const heapMb = /--max-old-space-size=(\d+)/.exec(podEnv(bff).NODE_OPTIONS ?? '')?.[1];
    expect(Number(heapMb) * 2 ** 20).toBeLessThan(quantity(limits.memory));
  });

  it('runs as the image user, non-root, read-only, without privileges', () => {
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: imageUid(),
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
  });

  it('takes env from its ConfigMap and its credential file from a Secret volume', () => {
    expect(list(container.envFrom, 'envFrom')).toEqual([{ configMapRef: { name } }]);
    expect(secretFiles(deployment)).toEqual([podEnv(bff)[bff.credentialFileKey]]);
  });

  it('announces its admin /metrics to Prometheus', () => {
    expect(at(deployment, 'spec', 'template', 'metadata', 'annotations')).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(defaults.adminPort),
      'prometheus.io/path': '/metrics',
    });
  });

  it('selects its own pods from the Deployment, Service and PodDisruptionBudget', () => {
    const selector = at(deployment, 'spec', 'selector', 'matchLabels');
    expect(podLabels).toMatchObject(record(selector, 'selector'));
    expect(at(objects.Service, 'spec', 'selector')).toEqual(selector);
    expect(at(objects.PodDisruptionBudget, 'spec', 'selector', 'matchLabels')).toEqual(selector);
  });

  it('serves GraphQL and the admin port through its Service, by port name', () => {
    const ports = list(at(objects.Service, 'spec', 'ports'), 'ports').map((p) => record(p, 'port'));
    expect(ports.map(({ name: n, port, targetPort }) => ({ n, port, targetPort }))).toEqual([
      { n: 'graphql', port: defaults.port, targetPort: 'graphql' },
      { n: 'admin', port: defaults.adminPort, targetPort: 'admin' },
    ]);
  });

  it('scales on 70% CPU from 2 to 10 pods and keeps one through disruptions', () => {
    expect(objects.HorizontalPodAutoscaler).toMatchObject({
      apiVersion: 'autoscaling/v2',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
    });
    expect(objects.PodDisruptionBudget).toMatchObject({
      apiVersion: 'policy/v1',
      spec: { minAvailable: 1 },
    });
  });
});
