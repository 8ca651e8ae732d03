/**
 * Scaffolds an upstream (the recipe in docs/adding-an-upstream.md, step 2) from the templates
 * in scripts/scaffold/templates/: services/upstreams/<name>/{types,wire,client,loaders}.ts, a
 * README with the remaining steps, and a unit test. Never overwrites a file.
 *   npm run new:upstream -- <name> --grpc|--rest
 * (test/integration/scaffold runs it into a scratch copy and compiles, lints and tests the output)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectRoot } from '../../services/shared';
import { parseArgs, type ScaffoldRequest, type UpstreamTransport } from './args';
import { render, upstreamNames } from './names';

// From the project root, not __dirname: the same under tsx and compiled into dist/.
const TEMPLATES = join(projectRoot(), 'scripts', 'scaffold', 'templates');

/** Output path (relative to the root, with the name) → template file. */
function plan(kebab: string, transport: UpstreamTransport): Record<string, string> {
  const folder = `services/upstreams/${kebab}`;
  return {
    [`${folder}/types.ts`]: 'types.ts.tmpl',
    [`${folder}/wire.ts`]: 'wire.ts.tmpl',
    [`${folder}/client.ts`]: `client.${transport}.ts.tmpl`,
    [`${folder}/loaders.ts`]: 'loaders.ts.tmpl',
    [`${folder}/README.md`]: `README.${transport}.md.tmpl`,
    [`test/unit/upstreams/${kebab}-upstream.test.ts`]: `test.${transport}.ts.tmpl`,
  };
}

/**
 * Writes the files and returns their paths. Checks everything before writing anything: an
 * existing folder or file stops it with nothing changed.
 */
export async function scaffoldUpstream(request: ScaffoldRequest): Promise<string[]> {
  const root = request.root ?? projectRoot();
  const names = upstreamNames(request.name);
  const files = plan(names.kebab, request.transport);
  const taken = [`services/upstreams/${names.kebab}`, ...Object.keys(files)].filter((path) =>
    existsSync(join(root, path)),
  );
  if (taken.length > 0) throw new Error(`refusing to overwrite: ${taken.join(', ')}`);
  const rendered = await Promise.all(
    Object.entries(files).map(async ([path, template]) => {
      const text = render(readFileSync(join(TEMPLATES, template), 'utf8'), names);
      // Formatted like the rest of the code, so `prettier --check` passes as generated.
      const options = (await resolveConfig(join(projectRoot(), path))) ?? {};
      return [path, await format(text, { ...options, filepath: path })] as const;
    }),
  );
  for (const [path, text] of rendered) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  return rendered.map(([path]) => path);
}

if (require.main === module) {
  Promise.resolve()
    .then(() => scaffoldUpstream(parseArgs(process.argv.slice(2))))
    .then(
      (paths) => {
        const readme = paths.find((path) => path.endsWith('README.md'));
        process.stdout.write(paths.map((path) => `created ${path}\n`).join(''));
        process.stdout.write(`next: the steps in ${readme} (docs/adding-an-upstream.md)\n`);
      },
      (error: unknown) => {
        process.stderr.write(`new:upstream: ${error instanceof Error ? error.message : error}\n`);
        process.exit(2);
      },
    );
}
