import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ERROR_CODES, projectRoot } from '../../../services/shared';

const ROOT = projectRoot();
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const DOCS = readdirSync(join(ROOT, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`);
const PAGES = ['README.md', ...DOCS];
/** The pages for frontend and backend teams, whose every command and page must exist. */
const GUIDES = [
  'README.md',
  'docs/architecture.md',
  'docs/clients.md',
  'docs/adding-an-upstream.md',
];

describe('docs stay true', () => {
  it.each(PAGES)('%s links only to files that exist', (page) => {
    const targets = [...read(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((match) => match[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target));
    expect(targets.filter((target) => !existsSync(join(ROOT, dirname(page), target)))).toEqual([]);
  });

  it.each(GUIDES)('%s names only npm scripts that exist', (page) => {
    const scripts = Object.keys(
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
    );
    const named = [...read(page).matchAll(/npm run (?:-s )?([a-z][a-z0-9:-]*)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('the README lists the guides and the references of docs/', () => {
    const readme = read('README.md');
    const listed = [...GUIDES.slice(1), 'docs/errors.md', 'docs/operations.md'];
    expect(listed.filter((doc) => !readme.includes(doc.slice('docs/'.length)))).toEqual([]);
  });

  it('clients.md uses only error codes of the catalogue (or variables operations.md lists)', () => {
    const operations = read('docs/operations.md');
    const tokens = [...read('docs/clients.md').matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+)`/g)].map(
      (match) => match[1] ?? '',
    );
    const unknown = tokens.filter(
      (token) => !(token in ERROR_CODES) && !operations.includes(`\`${token}\``),
    );
    expect(unknown).toEqual([]);
  });

  it('adding-an-upstream.md names only files that exist, apart from the ones it creates', () => {
    const recipe = read('docs/adding-an-upstream.md');
    const paths = [
      ...recipe.matchAll(/`((?:services|scripts|test|schemas|deploy|docs)\/[^`\s]+)`/g),
    ]
      .map((match) => match[1] ?? '')
      .filter((path) => !path.includes('<') && !path.includes('promotions'));
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
