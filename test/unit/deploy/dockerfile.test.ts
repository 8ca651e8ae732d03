import { BFF_NODE_FLAGS } from '../../../scripts/stack-services';
import { entrySource } from './support/compose';
import { argsOf, dockerStages, execForm, runtimeStage, type Stage } from './support/dockerfile';
import { exists, readText } from './support/project-files';

const stages = dockerStages();
const runtime = runtimeStage();
const runs = (stage: Stage): string[] => argsOf(stage, 'RUN');
const byName = (name: string): Stage | undefined => stages.find((s) => s.name === name);

/** The stage a `COPY --from=<stage> <source> ...` in the runtime stage takes `source` from. */
function copiedFrom(source: string): Stage {
  for (const args of argsOf(runtime, 'COPY')) {
    const match = /^--from=(\S+)\s+(\S+)/.exec(args);
    const stage = match?.[2] === source ? byName(match[1] ?? '') : undefined;
    if (stage) return stage;
  }
  throw new Error(`the runtime stage copies ${source} from no named stage`);
}

describe('Dockerfile', () => {
  it('builds every stage on Node 24 LTS (bookworm-slim)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toBe('node:24-bookworm-slim');
  });

  it('compiles with every dependency, then ships production dependencies only', () => {
    const dist = copiedFrom('/app/dist/services');
    expect(runs(dist).some((r) => /\bnpm ci\b/.test(r) && !r.includes('--omit=dev'))).toBe(true);
    expect(runs(dist)).toContain('npm run build');
    const modules = copiedFrom('/app/node_modules');
    expect(runs(modules).some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs(runtime)).toEqual([]);
  });

  it('compiles services/ into dist/services, the path the commands name', () => {
    const build = JSON.parse(readText('package.json')) as { scripts: Record<string, string> };
    expect(build.scripts.build).toBe('tsc -p tsconfig.build.json');
    const tsconfig = JSON.parse(readText('tsconfig.json')) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    expect(tsconfig.compilerOptions).toMatchObject({ rootDir: '.', outDir: 'dist' });
    expect(readText('tsconfig.build.json')).toContain('"services"');
  });

  it('puts package.json, protos/ and schemas/ at the root the code finds by walking up', () => {
    expect(argsOf(runtime, 'WORKDIR')).toEqual(['/app']);
    const copies = argsOf(runtime, 'COPY');
    for (const dir of ['protos', 'schemas']) {
      expect(copies).toContain(`${dir} ./${dir}`);
      expect(exists(dir)).toBe(true);
    }
    expect(copies).toContain('package.json ./');
    expect(copies).toContain('--from=build /app/dist/services ./dist/services');
  });

  it('runs in production mode as a non-root user, with source maps', () => {
    expect(argsOf(runtime, 'ENV')).toContain('NODE_ENV=production');
    const [user = ''] = argsOf(runtime, 'USER');
    expect(user).toMatch(/^[1-9]\d*(:\d+)?$/);
    expect(execForm(argsOf(runtime, 'ENTRYPOINT')[0] ?? '')).toEqual([
      'node',
      '--enable-source-maps',
    ]);
  });

  it('has no HEALTHCHECK: compose and Kubernetes probe each service', () => {
    for (const stage of stages) expect(argsOf(stage, 'HEALTHCHECK')).toEqual([]);
  });

  it('defaults to the web BFF, with the Node flags every BFF runs with', () => {
    const command = execForm(argsOf(runtime, 'CMD')[0] ?? '');
    expect(command).toEqual([...BFF_NODE_FLAGS, 'dist/services/bff-web/main.js']);
    expect(exists(entrySource(command.at(-1) ?? ''))).toBe(true);
  });

  it('never copies the whole context, and keeps credentials out of it', () => {
    for (const stage of stages) {
      for (const copy of argsOf(stage, 'COPY')) expect(copy).not.toMatch(/^\.\s/);
    }
    const ignored = readText('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.dev-keys', '.env', 'node_modules', 'dist']));
  });
});
