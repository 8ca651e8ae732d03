// Lint states the architecture: each zone below is a dependency the design forbids.
// bff-* -> edge, upstreams, contracts, shared | edge -> shared | upstreams -> contracts, shared
// backends/* -> contracts, shared | nothing -> bff-*, except its own main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

const S = './services';
const bffs = ['bff-web', 'bff-mobile', 'bff-partner'];

const zones = [
  {
    target: `${S}/shared`,
    from: [`${S}/!(shared)/**`],
    message: 'shared depends on nothing else.',
  },
  {
    target: `${S}/contracts`,
    from: [`${S}/!(shared|contracts)/**`],
    message: 'contracts depend only on shared.',
  },
  {
    target: `${S}/edge`,
    from: [`${S}/!(shared|edge)/**`],
    message: 'edge depends only on shared.',
  },
  {
    target: `${S}/upstreams`,
    from: [`${S}/!(shared|contracts|upstreams)/**`],
    message: 'upstreams depend only on contracts and shared.',
  },
  {
    target: `${S}/backends`,
    from: [`${S}/!(shared|contracts|backends)/**`],
    message: 'sample backends depend only on contracts and shared.',
  },
  ...bffs.map((bff) => ({
    target: `${S}/${bff}`,
    from: [`${S}/backends/**`, ...bffs.filter((other) => other !== bff).map((o) => `${S}/${o}/**`)],
    message: 'a BFF never imports another BFF or a sample backend.',
  })),
];

// Cross-module imports go through the module's index.ts.
const deepImports = ['edge', 'upstreams', 'shared', 'contracts'].map((mod) => ({
  group: [`**/${mod}/*`, `!**/${mod}/index`],
  message: `import ${mod} through its index.ts`,
}));

export default tseslint.config(
  {
    // Generated code (`npm run codegen`) is checked for drift, not style; the resolver types
    // carry graphql-codegen's own `any` for directive and subscription helpers.
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'bench-results/**',
      'services/**/generated/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Within a module, relative imports are free; across modules only through index.ts.
    files: ['services/**/*.ts'],
    ignores: ['services/shared/**', 'services/contracts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: deepImports }] },
  },
  {
    // Upstreams know nothing of GraphQL.
    files: ['services/upstreams/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['graphql', '@apollo/server'].map((name) => ({
            name,
            message: 'upstreams know nothing of GraphQL.',
          })),
          patterns: [
            ...deepImports,
            {
              group: ['@apollo/*', '@graphql-tools/*'],
              message: 'upstreams know nothing of GraphQL.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only main.ts reads the environment; everything else receives config.
    files: ['services/**/*.ts'],
    ignores: ['services/**/main.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only main.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
