// One lint setup for the whole workspace: typescript-eslint everywhere, the Next.js
// rules (core web vitals, React hooks, jsx-a11y) for the site, Prettier owning layout.
import path from 'node:path'
import js from '@eslint/js'
import nextVitals from 'eslint-config-next/core-web-vitals'
import prettier from 'eslint-config-prettier/flat'
import tseslint from 'typescript-eslint'
import folders from './scripts/lint/no-folder-cycle.mjs'

// eslint-config-next already brings eslint-plugin-import and its resolvers; the import-cycle
// check borrows them for the whole workspace rather than installing a second copy.
const nextImports = nextVitals.find((config) => config.plugins?.import)
const [nodeResolver, typescriptResolver] = Object.keys(nextImports.settings['import/resolver'])

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.next-*/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/.sanity/**',
      '**/next-env.d.ts',
      'web/src/sanity.types.ts',
      '**/test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...nextVitals.map((config) => ({ ...config, files: ['web/**/*.{ts,tsx,js,mjs}'] })),
  {
    settings: { next: { rootDir: 'web/' }, react: { version: '19' } },
  },
  {
    files: ['**/*.{mjs,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // A cycle makes the order modules load in matter, and two folders importing each other are
    // one concern split in two: either way, one of them should move.
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { import: nextImports.plugins.import },
    settings: {
      'import/parsers': nextImports.settings['import/parsers'],
      'import/resolver': {
        [nodeResolver]: { extensions: ['.js', '.mjs', '.ts', '.tsx'] },
        [typescriptResolver]: {
          alwaysTryTypes: true,
          project: ['tsconfig.base.json', '*/tsconfig.json', 'packages/*/tsconfig.json'],
        },
      },
    },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { folders },
    rules: {
      'folders/no-folder-cycle': [
        'error',
        {
          srcDir: path.join(import.meta.dirname, 'web', 'src'),
          // Known, and left to the work that owns it (issue 18): the images folder (its
          // schema is content's, its URLs read content/config.ts).
          allow: [['content', 'images']],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  prettier,
)
