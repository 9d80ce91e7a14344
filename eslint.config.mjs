// One lint setup for the whole workspace: typescript-eslint everywhere, the Next.js
// rules (core web vitals, React hooks, jsx-a11y) for the site, Prettier owning layout.
import js from '@eslint/js'
import nextVitals from 'eslint-config-next/core-web-vitals'
import prettier from 'eslint-config-prettier/flat'
import tseslint from 'typescript-eslint'

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
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  prettier,
)
