/**
 * `npm run bench:tracing [-- --quick] [--connections N] [--duration S] [--rounds N] [--latency MS]
 *   [--node PATH]`
 *
 * What tracing costs the web BFF: OrderHistory under closed-loop load against three BFF
 * processes over the same five backends, measured in alternating rounds (so drift on the
 * machine hits every variant alike): tracing off; tracing on, exporting OTLP/HTTP to a local
 * collector stub; tracing off with the access log off too (LOG_LEVEL=warn), which prices the
 * access line; and tracing on with the always_off sampler, which prices the context
 * machinery alone. Backends do not trace, so only the BFF's cost is measured.
 */
import { join } from 'node:path';
import { WEB_DEV_AUTH } from '../../services/bff-web/config';
import { ensureDevKeyPair, signAccessToken } from '../../services/edge';
import { devKeysDir, projectRoot } from '../../services/shared';
import { runLoad, type LoadRequest } from './load/run-load';
import { startCollectorStub } from './tracing-collector';
import { freePort, startProcess, type BenchProcess } from './tracing-processes';
import { parseTracingArgs } from './tracing-options';
import { sampleProcesses } from './probe/proc-stats';
import { printReport, type VariantResult } from './tracing-report';

const ORDER_HISTORY = `query OrderHistory { me { id name orders(first: 20) { id status total { amount currency }
  items { quantity product { id name price { amount currency } inStock rating } } } } }`;
const BFF_MAIN = 'services/bff-web/main.ts';
const BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;
const BACKEND_ENV = ['USERS_URL', 'ORDERS_URL', 'CATALOG_ADDR', 'INVENTORY_ADDR', 'REVIEWS_ADDR'];

async function main(): Promise<void> {
  const opts = parseTracingArgs(process.argv.slice(2));
  const logDir = join(projectRoot(), 'bench-results', 'tracing-logs');
  const collector = await startCollectorStub();
  const started: BenchProcess[] = [];
  try {
    for (const name of BACKENDS) {
      const env = { PORT: '0', LATENCY_MS: String(opts.latencyMs), LOG_LEVEL: 'info' };
      const ready = { msg: 'listening' };
      started.push(
        await startProcess(name, `services/backends/${name}/main.ts`, env, ready, logDir),
      );
    }
    const upstreamEnv = Object.fromEntries(
      started.map((p, i) => [BACKEND_ENV[i], String(p.ready.address)]),
    );
    const keys = ensureDevKeyPair(devKeysDir());
    const bffEnv = {
      ...upstreamEnv,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      RATE_LIMIT_POINTS: '1000000000',
      JWT_ISSUER: WEB_DEV_AUTH.issuer,
      JWT_AUDIENCE: WEB_DEV_AUTH.audience,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
    };
    const variants = [
      { id: 'off', label: 'tracing off', env: {} },
      {
        id: 'on',
        label: 'tracing on (OTLP/HTTP to a local stub)',
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_SERVICE_NAME: 'bff-web' },
      },
      { id: 'nolog', label: 'tracing off, no access log', env: { LOG_LEVEL: 'warn' } },
      {
        id: 'unsampled',
        label: 'tracing on, sampling nothing',
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
          OTEL_TRACES_SAMPLER: 'always_off',
        },
      },
    ];
    const bffs = new Map<string, { origin: string; process: BenchProcess }>();
    for (const v of variants) {
      const [port, adminPort] = [await freePort(), await freePort()];
      const env = { ...bffEnv, ...v.env, PORT: String(port), ADMIN_PORT: String(adminPort) };
      const ready = { url: `http://127.0.0.1:${adminPort}/readyz` };
      const bff = await startProcess(`bff-web-${v.id}`, BFF_MAIN, env, ready, logDir, opts.node);
      started.push(bff);
      bffs.set(v.id, { origin: `http://127.0.0.1:${port}`, process: bff });
    }
    const token = signAccessToken({
      ...WEB_DEV_AUTH,
      privateKeyPem: keys.privateKeyPem,
      kid: keys.kid,
      subject: 'u0001',
      ttlSec: 3600,
    });
    const request: LoadRequest = {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ORDER_HISTORY }),
    };
    const load = (id: string, durationSec: number) =>
      runLoad({
        origin: bffs.get(id)?.origin ?? '',
        connections: opts.connections,
        durationSec,
        requests: [request],
        verifyBody: (body) => !body.includes('"errors"'),
      });
    console.log(`warming up ${variants.length} web BFFs (${opts.warmupSec} s each)...`);
    const warmups = new Map<string, number>();
    for (const v of variants) warmups.set(v.id, (await load(v.id, opts.warmupSec)).responses);
    const results: VariantResult[] = variants.map((v) => ({ ...v, runs: [], cpuMsPerRequest: [] }));
    const measure = async (result: VariantResult) => {
      const pid = bffs.get(result.id)?.process.pid ?? 0;
      const before = sampleProcesses([pid]).cpuMs;
      const run = await load(result.id, opts.durationSec);
      result.runs.push(run);
      result.cpuMsPerRequest.push((sampleProcesses([pid]).cpuMs - before) / run.responses);
    };
    for (let round = 0; round < opts.rounds; round++) {
      // Alternate the order too, so no variant always runs first or last.
      const order = round % 2 === 0 ? results : [...results].reverse();
      for (const result of order) await measure(result);
      console.log(`round ${round + 1}/${opts.rounds} done`);
    }
    await bffs.get('on')?.process.stop(); // flushes the spans still queued
    printReport(opts, results, collector.counts().spans, warmups.get('on') ?? 0);
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await collector.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
